// Posting lists: for each term id, the ranks of the entries listed under it, ascending, in one flat array;
// built from lists of term ids entry by entry. Reading them in rank order is reading them best first, so a
// search can stop as soon as it has enough.

/** ranks[start[t] .. start[t + 1]) are the ranks of the entries listed under term t, ascending, each once. */
export interface Postings {
  start: Int32Array;
  ranks: Int32Array;
}

/** Term ids listed entry by entry: a growing typed array (a plain array of a million numbers builds far slower). */
export class EntryLists {
  ids: Int32Array;
  length = 0;
  /** ids[start[r] .. start[r + 1]) are the ids listed for entry r. */
  start: Int32Array;

  constructor(entryCount: number, expectedPerEntry: number) {
    this.ids = new Int32Array(Math.max(16, entryCount * expectedPerEntry));
    this.start = new Int32Array(entryCount + 1);
  }

  push(id: number): void {
    if (this.length === this.ids.length) {
      const grown = new Int32Array(this.ids.length * 2);
      grown.set(this.ids);
      this.ids = grown;
    }
    this.ids[this.length++] = id;
  }

  endEntry(rank: number): void {
    this.start[rank + 1] = this.length;
  }
}

/** Postings (term → entries) from lists of term ids by entry, the ids renumbered by `renumber`. */
export function computePostings(lists: EntryLists, renumber: Int32Array): Postings {
  const { ids, length } = lists;
  const start = new Int32Array(renumber.length + 1);
  for (let i = 0; i < length; i++) start[renumber[ids[i]] + 1]++;
  for (let id = 0; id < renumber.length; id++) start[id + 1] += start[id];
  const next = start.slice(0, renumber.length);
  const ranks = new Int32Array(length);
  for (let rank = 0; rank + 1 < lists.start.length; rank++) {
    for (let i = lists.start[rank]; i < lists.start[rank + 1]; i++) ranks[next[renumber[ids[i]]]++] = rank;
  }
  return { start, ranks };
}

/** Ranks listed for term ranges sparser than this share of all entries are sorted; denser ones are marked. */
const SORT_BELOW_SHARE = 1 / 8;

/** How many postings the term id ranges [lo, hi) (flattened) have. */
export function postingCount(postings: Postings, ranges: readonly number[]): number {
  let count = 0;
  for (let i = 0; i < ranges.length; i += 2) count += postings.start[ranges[i + 1]] - postings.start[ranges[i]];
  return count;
}

/**
 * Calls `visit` with the rank of each entry listed under a term of the id ranges [lo, hi) (flattened),
 * ascending and each once, until it returns true. Work is in proportion to the postings, not to every entry,
 * unless they cover a good share of the entries.
 */
export function forEachEntry(postings: Postings, ranges: readonly number[], entryCount: number, visit: (rank: number) => boolean): void {
  const { start, ranks } = postings;
  if (ranges.length === 2 && ranges[1] - ranges[0] === 1) {
    for (let p = start[ranges[0]]; p < start[ranges[1]]; p++) if (visit(ranks[p])) return;
    return;
  }
  const count = postingCount(postings, ranges);
  if (count < entryCount * SORT_BELOW_SHARE) {
    // Postings of a range of terms are one slice: copy, sort natively, skip repeats.
    const gathered = new Int32Array(count);
    let at = 0;
    for (let i = 0; i < ranges.length; i += 2) {
      gathered.set(ranks.subarray(start[ranges[i]], start[ranges[i + 1]]), at);
      at += start[ranges[i + 1]] - start[ranges[i]];
    }
    gathered.sort();
    for (let i = 0; i < count; i++) if ((i === 0 || gathered[i] !== gathered[i - 1]) && visit(gathered[i])) return;
    return;
  }
  const marked = new Uint8Array(entryCount);
  for (let i = 0; i < ranges.length; i += 2) {
    for (let p = start[ranges[i]]; p < start[ranges[i + 1]]; p++) marked[ranks[p]] = 1;
  }
  for (let rank = 0; rank < entryCount; rank++) if (marked[rank] === 1 && visit(rank)) return;
}
