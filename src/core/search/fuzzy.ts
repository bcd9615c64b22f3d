// Fuzzy look-up of a mistyped word: the words within a small edit distance (Damerau–Levenshtein with adjacent
// transpositions, so "tehc" is one edit from "tech"). The sorted vocabulary is walked as a trie: a row of the
// distance table per shared prefix, and a prefix already too far is skipped with all the words under it. Only
// the diagonal band of a row can be within the distance, so a row costs at most 2 × distance + 1 cells; and
// a walk stops after `maxRows` rows, so a huge, dense vocabulary costs a bounded time (and may miss a word).
import { hasLetter, isHan } from './tokenize.js';

/** The words with a letter (not Han, not numbers: 2025 is no typo of 2024), sorted; their term ids; and how
 * many leading characters each shares with the word before it (at most 65535). */
export interface FuzzyVocabulary {
  words: string[];
  ids: Int32Array;
  shared: Uint16Array;
}

export function computeFuzzyVocabulary(sortedTerms: readonly string[]): FuzzyVocabulary {
  const words: string[] = [];
  const ids: number[] = [];
  sortedTerms.forEach((term, id) => {
    if (isHan(term) || !hasLetter(term)) return;
    words.push(term);
    ids.push(id);
  });
  const shared = new Uint16Array(words.length);
  for (let i = 1; i < words.length; i++) {
    const a = words[i - 1];
    const b = words[i];
    let k = 0;
    while (k < a.length && k < b.length && k < 0xffff && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    shared[i] = k;
  }
  return { words, ids: Int32Array.from(ids), shared };
}

export interface FuzzyWords {
  /** Term ids of the words at most `maxDistance` edits from the word, ascending. */
  ids: number[];
  /** Rows of the distance table computed. */
  rows: number;
}

export function computeFuzzyWords({ words, ids, shared }: FuzzyVocabulary, word: string, maxDistance: number, maxRows: number): FuzzyWords {
  const width = word.length + 1;
  const tooFar = maxDistance + 1;
  // rows[depth][j]: the distance between the first `depth` characters of the current word and the first j of
  // `word`, for j within maxDistance of depth; cells outside that band are never written and stay too far.
  const rows = [Int32Array.from({ length: width }, (_, j) => Math.min(j, tooFar))];
  const found: number[] = [];
  let i = 0;
  let computed = 0;
  while (i < words.length && computed < maxRows) {
    const current = words[i];
    // Rows up to the prefix shared with the previous word (or with the last one skipped) are still right.
    let depth = shared[i];
    let pruned = false;
    while (depth < current.length && !pruned) {
      depth++;
      rows[depth] ??= new Int32Array(width).fill(tooFar);
      computed++;
      pruned = fillRow(rows, depth, current, word, maxDistance) > maxDistance;
    }
    i++;
    if (pruned) while (i < words.length && shared[i] >= depth) i++;
    else if (rows[depth][width - 1] <= maxDistance) found.push(ids[i - 1]);
  }
  return { ids: found, rows: computed };
}

/** Computes the band of rows[depth] from the rows above it; returns its smallest distance. */
function fillRow(rows: Int32Array[], depth: number, current: string, word: string, maxDistance: number): number {
  const row = rows[depth];
  const above = rows[depth - 1];
  const char = current.charCodeAt(depth - 1);
  const before = depth > 1 ? current.charCodeAt(depth - 2) : -1;
  let smallest = maxDistance + 1;
  if (depth <= maxDistance) smallest = row[0] = depth;
  const last = Math.min(word.length, depth + maxDistance);
  for (let j = Math.max(1, depth - maxDistance); j <= last; j++) {
    const wordChar = word.charCodeAt(j - 1);
    let distance = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (wordChar === char ? 0 : 1));
    if (j > 1 && before === wordChar && char === word.charCodeAt(j - 2)) distance = Math.min(distance, rows[depth - 2][j - 2] + 1);
    row[j] = distance;
    if (distance < smallest) smallest = distance;
  }
  return smallest;
}
