// The term index: every distinct term of the names, sorted so that the words starting with a prefix are a
// range of term ids; for each term the entries holding it, and the entries with a name starting with it
// (postings, in rank order); each entry's terms and names. Flat typed arrays: 100k entries cost a few MB,
// not the millions of small objects a Map of arrays would.
import { computeFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy.js';
import { computePostings, EntryLists, type Postings } from './postings.js';
import { endOfPrefix, lowerBound } from './sorted-strings.js';
import { forEachIndexTerm, isHan, normalizeText, splitParts } from './tokenize.js';
import type { SearchEntry } from './types.js';

export interface TermIndex {
  /** How many entries (ranks 0 .. size - 1). */
  size: number;
  /** Every distinct term, in UTF-16 order; a term's id is its position. */
  terms: string[];
  /** Entries holding each term in one of their names. */
  holding: Postings;
  /** Entries with a name whose first word or Han run is the term. */
  starting: Postings;
  /** entryTerms[entryStart[r] .. entryStart[r + 1]): the term ids of entry r, ascending. */
  entryStart: Int32Array;
  entryTerms: Int32Array;
  /** names[nameStart[r] .. nameStart[r + 1]): the normalised names of entry r. */
  nameStart: Int32Array;
  names: string[];
  /** The words a mistyped word is compared with. */
  fuzzy: FuzzyVocabulary;
}

/** The index of entries given in rank order. */
export function computeTermIndex(entries: readonly SearchEntry[]): TermIndex {
  // One pass: number terms as they come; list each entry's terms (each once) and the parts its names start with.
  const firstIds = new Map<string, number>();
  const firstTerms: string[] = [];
  const lastRankOf: number[] = [];
  const lastStartOf: number[] = [];
  // A Han run's terms are looked up once per distinct run, not once per name holding it.
  const termsOfRun = new Map<string, number[]>();
  const holdingLists = new EntryLists(entries.length, 12);
  const startingLists = new EntryLists(entries.length, 2);
  const nameStart = new Int32Array(entries.length + 1);
  const names: string[] = [];
  const idOf = (term: string) => {
    let id = firstIds.get(term);
    if (id === undefined) {
      id = firstTerms.length;
      firstIds.set(term, id);
      firstTerms.push(term);
      lastRankOf.push(-1);
      lastStartOf.push(-1);
    }
    return id;
  };
  const idsOfRun = (run: string) => {
    let ids = termsOfRun.get(run);
    if (ids === undefined) {
      ids = [];
      forEachIndexTerm(run, (term) => ids!.push(idOf(term)));
      termsOfRun.set(run, ids);
    }
    return ids;
  };
  let rank = 0;
  const hold = (id: number) => {
    if (lastRankOf[id] === rank) return;
    lastRankOf[id] = rank;
    holdingLists.push(id);
  };
  const addName = (raw: string) => {
    const name = normalizeText(raw);
    if (name === '' || names.indexOf(name, nameStart[rank]) >= 0) return;
    names.push(name);
    splitParts(name).forEach((part, position) => {
      let id: number;
      if (isHan(part)) {
        const ids = idsOfRun(part);
        ids.forEach(hold);
        id = ids[0]; // the run's own id
      } else {
        id = idOf(part);
        hold(id);
      }
      if (position > 0 || lastStartOf[id] === rank) return;
      lastStartOf[id] = rank;
      startingLists.push(id);
    });
  };
  for (; rank < entries.length; rank++) {
    const entry = entries[rank];
    addName(entry.nameZh);
    addName(entry.nameEn);
    for (const alias of entry.aliases ?? []) addName(alias);
    nameStart[rank + 1] = names.length;
    holdingLists.endEntry(rank);
    startingLists.endEntry(rank);
  }

  // Renumber terms in sorted order, so that prefixes are ranges.
  const terms = firstTerms.slice().sort();
  const renumber = new Int32Array(terms.length);
  terms.forEach((term, id) => (renumber[firstIds.get(term)!] = id));
  const holding = computePostings(holdingLists, renumber);
  const starting = computePostings(startingLists, renumber);

  // Each entry's term ids, ascending: reading the postings in term order hands them out sorted.
  const entryStart = holdingLists.start;
  const next = entryStart.slice(0, entries.length);
  const entryTerms = new Int32Array(holding.ranks.length);
  const { start, ranks } = holding;
  for (let id = 0; id < terms.length; id++) {
    for (let p = start[id]; p < start[id + 1]; p++) entryTerms[next[ranks[p]]++] = id;
  }

  return {
    size: entries.length,
    terms,
    holding,
    starting,
    entryStart,
    entryTerms,
    nameStart,
    names,
    fuzzy: computeFuzzyVocabulary(terms),
  };
}

/** Term ids [lo, hi) of the terms starting with `prefix`. */
export function prefixRange(index: TermIndex, prefix: string): [number, number] {
  const lo = lowerBound(index.terms, prefix);
  return [lo, endOfPrefix(index.terms, prefix, lo)];
}

/** The id of a term, or -1. */
export function findTerm(index: TermIndex, term: string): number {
  const id = lowerBound(index.terms, term);
  return index.terms[id] === term ? id : -1;
}
