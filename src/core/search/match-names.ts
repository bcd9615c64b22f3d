// Names equal to the query (tier 0), then names starting with it (tier 1). Such a name starts with the query's
// first word or Han run: exactly that part if the query goes on after it (or the name equals the query), else
// a part starting with it. So the candidates are the entries listed as starting with that part, or with a
// term starting with it.
import { forEachEntry } from './postings.js';
import { findTerm, prefixRange, type TermIndex } from './term-index.js';
import { splitParts } from './tokenize.js';

export interface NameHits {
  /** Ranks of every entry with a name equal to the query, ascending. */
  exact: number[];
  /** The `limit` lowest ranks of the other entries with a name starting with the query, ascending. */
  prefix: number[];
}

function hasName(index: TermIndex, rank: number, test: (name: string) => boolean): boolean {
  for (let i = index.nameStart[rank]; i < index.nameStart[rank + 1]; i++) if (test(index.names[i])) return true;
  return false;
}

export function computeNameHits(index: TermIndex, wanted: string, limit: number): NameHits {
  const exact: number[] = [];
  const prefix: number[] = [];
  const first = splitParts(wanted)[0];
  if (first === undefined) return { exact, prefix };
  const equal = (name: string) => name === wanted;
  const id = findTerm(index, first);
  if (id >= 0) {
    forEachEntry(index.starting, [id, id + 1], index.size, (rank) => {
      if (hasName(index, rank, equal)) exact.push(rank);
      return false;
    });
  }
  if (limit <= exact.length) return { exact, prefix };
  const starts = (name: string) => name.startsWith(wanted);
  const goesOn = wanted.indexOf(first) + first.length < wanted.length;
  const ranges = !goesOn ? prefixRange(index, first) : id >= 0 ? [id, id + 1] : [];
  forEachEntry(index.starting, ranges, index.size, (rank) => {
    if (!hasName(index, rank, equal) && hasName(index, rank, starts)) prefix.push(rank);
    return prefix.length === limit;
  });
  return { exact, prefix };
}
