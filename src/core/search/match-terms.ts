// Entries holding every query term (AND), or failing that the most of them (OR). Postings are in rank order,
// so the first entries found are the best ones and the AND scan stops as soon as it has enough.
import { computeFuzzyWords } from './fuzzy.js';
import { forEachEntry, postingCount } from './postings.js';
import { findTerm, prefixRange, type TermIndex } from './term-index.js';
import { hasLetter, isHan, type QueryTerms } from './tokenize.js';

/** What one query term matches: ranges [lo, hi) of term ids, flattened and ascending; and their posting count. */
export interface TermMatch {
  ranges: number[];
  size: number;
}

/** Shortest mistyped word corrected by fuzzy matching, and the longest allowed only one edit (longer: two). */
export const FUZZY_MIN_LENGTH = 4;
export const FUZZY_ONE_EDIT_MAX_LENGTH = 7;
/** Rows of edit-distance tables one query may compute: a few milliseconds even over a vast vocabulary. */
export const FUZZY_MAX_ROWS = 20_000;

function termMatch(index: TermIndex, ranges: number[]): TermMatch {
  return { ranges, size: postingCount(index.holding, ranges) };
}

/** The words a typo away from `word`, as ranges of term ids; spends rows from the query's budget. */
function fuzzyRanges(index: TermIndex, word: string, budget: { rows: number }): number[] {
  const maxDistance = word.length <= FUZZY_ONE_EDIT_MAX_LENGTH ? 1 : 2;
  const { ids, rows } = computeFuzzyWords(index.fuzzy, word, maxDistance, budget.rows);
  budget.rows -= rows;
  const ranges: number[] = [];
  for (const id of ids) {
    if (ranges.length > 0 && ranges[ranges.length - 1] === id) ranges[ranges.length - 1] = id + 1;
    else ranges.push(id, id + 1);
  }
  return ranges;
}

/**
 * The match of each query term: a whole word or Han bigram (or character); the last word as the start of a
 * word. A word of FUZZY_MIN_LENGTH characters or more, with a letter, that matches nothing matches the words
 * a typo away instead.
 */
export function computeTermMatches(index: TermIndex, query: QueryTerms): TermMatch[] {
  const matches: TermMatch[] = [];
  const budget = { rows: FUZZY_MAX_ROWS };
  const add = (term: string, ranges: number[]) => {
    let match = termMatch(index, ranges);
    if (match.size === 0 && term.length >= FUZZY_MIN_LENGTH && !isHan(term) && hasLetter(term))
      match = termMatch(index, fuzzyRanges(index, term, budget));
    matches.push(match);
  };
  for (const term of query.exact) {
    const id = findTerm(index, term);
    add(term, id < 0 ? [] : [id, id + 1]);
  }
  if (query.prefix !== undefined) add(query.prefix, prefixRange(index, query.prefix));
  return matches;
}

/** Whether entry `rank` holds a term of the match: its sorted term ids merged against the sorted ranges. */
function holds(index: TermIndex, rank: number, { ranges }: TermMatch): boolean {
  const { entryTerms } = index;
  const end = index.entryStart[rank + 1];
  let i = index.entryStart[rank];
  let r = 0;
  while (i < end && r < ranges.length) {
    const id = entryTerms[i];
    if (id < ranges[r]) i++;
    else if (id >= ranges[r + 1]) r += 2;
    else return true;
  }
  return false;
}

/** The `wanted` best entries (lowest ranks) holding every term, leaving out `skip`. */
export function computeAllTermsHits(index: TermIndex, matches: TermMatch[], skip: ReadonlySet<number>, wanted: number): number[] {
  if (wanted <= 0 || matches.length === 0 || matches.some((match) => match.size === 0)) return [];
  // Walk the rarest term's entries, checking the other terms on each entry's own term list.
  const driver = matches.reduce((best, match) => (match.size < best.size ? match : best));
  const others = matches.filter((match) => match !== driver);
  const hits: number[] = [];
  forEachEntry(index.holding, driver.ranges, index.size, (rank) => {
    if (!skip.has(rank) && others.every((match) => holds(index, rank, match))) hits.push(rank);
    return hits.length === wanted;
  });
  return hits;
}

/**
 * The `limit` best entries holding some term: those holding more terms first, then by rank. Entries are
 * counted from the postings of all terms but the largest; the largest adds to the entries counted (checked
 * on their own terms when that is less work than reading its postings), then gives its own best entries.
 */
export function computeAnyTermHits(index: TermIndex, matches: TermMatch[], limit: number): number[] {
  const present = matches.filter((match) => match.size > 0).sort((a, b) => a.size - b.size);
  const largest = present.pop();
  if (largest === undefined) return [];
  // held[rank]: how many terms the entry holds, counted straight off the postings (no order needed);
  // lastTerm[rank] = 1 + the last term counted for it, as a range of terms may list an entry twice.
  const held = new Uint8Array(index.size);
  const lastTerm = new Uint8Array(index.size);
  const counted = new Int32Array(index.size);
  let countedLength = 0;
  const count = ({ ranges }: TermMatch, term: number, newEntries: boolean) => {
    const { start, ranks } = index.holding;
    for (let i = 0; i < ranges.length; i += 2) {
      for (let p = start[ranges[i]]; p < start[ranges[i + 1]]; p++) {
        const rank = ranks[p];
        if (lastTerm[rank] === term + 1 || (!newEntries && held[rank] === 0)) continue;
        lastTerm[rank] = term + 1;
        if (held[rank]++ === 0) counted[countedLength++] = rank;
      }
    }
  };
  present.forEach((match, term) => count(match, term, true));
  const termsPerEntry = index.entryTerms.length / index.size;
  if (countedLength * termsPerEntry < largest.size) {
    for (let i = 0; i < countedLength; i++) if (holds(index, counted[i], largest)) held[counted[i]]++;
  } else {
    count(largest, present.length, false);
  }
  // Sort keys, best first: fewer terms missing, then lower rank. Entries holding the largest term alone come
  // last among those holding one term, and its `limit` best are enough.
  const keys = new Float64Array(countedLength + Math.min(limit, largest.size));
  const keyOf = (rank: number, terms: number) => (present.length + 1 - terms) * index.size + rank;
  for (let i = 0; i < countedLength; i++) keys[i] = keyOf(counted[i], held[counted[i]]);
  let keysLength = countedLength;
  forEachEntry(index.holding, largest.ranges, index.size, (rank) => {
    if (held[rank] === 0) keys[keysLength++] = keyOf(rank, 1);
    return keysLength === keys.length;
  });
  return Array.from(keys.subarray(0, keysLength).sort().subarray(0, limit), (key) => key % index.size);
}
