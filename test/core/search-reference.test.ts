// Search at scale: the index against a brute-force reference of the same ranking rules, on a generated
// landscape of a few thousand names, over a few hundred seeded random queries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/core/graph/index.js';
import {
  computeSearchEntries,
  createSearchIndex,
  normalizeText,
  tokenizeForIndex,
  tokenizeForQuery,
  type SearchEntry,
} from '../../src/core/search/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';

const HAN_RUN = /\p{Script=Han}+/gu;
const PART = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{N}])+/gu;
const isHan = (part: string) => /\p{Script=Han}/u.test(part);
const hasLetter = (word: string) => /\p{L}/u.test(word);

/** Damerau–Levenshtein distance (adjacent transpositions count one), by the full table. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function bigrams(run: string): string[] {
  const chars = [...run];
  return chars.slice(1).map((char, i) => chars[i] + char);
}

interface Candidate {
  id: string;
  order: number;
  weight: number;
  names: string[];
  words: string[];
}

/**
 * The ranking rules, read literally: exact name, then name prefix, then every term (the last word as a
 * prefix; a word of 4+ characters with a letter that matches nothing anywhere matches words 1 edit away, 2
 * from 8 characters); each tier by weight, then input order. If nothing: most terms matched first.
 */
function referenceSearch(candidates: readonly Candidate[], query: string, limit: number): string[] {
  const wanted = normalizeText(query);
  const parts = wanted.match(PART) ?? [];
  if (parts.length === 0 || limit < 1) return [];
  const last = parts[parts.length - 1];
  const prefix = isHan(last) ? undefined : last;
  const exact = (prefix === undefined ? parts : parts.slice(0, -1)).flatMap((part) =>
    isHan(part) && [...part].length > 1 ? bigrams(part) : [part],
  );

  type Test = (candidate: Candidate) => boolean;
  const plain = (term: string, asPrefix: boolean): Test =>
    isHan(term)
      ? (c) => c.names.some((name) => name.includes(term))
      : (c) => c.words.some((word) => (asPrefix ? word.startsWith(term) : word === term));
  const withTypos = (term: string, test: Test): Test => {
    if (isHan(term) || !hasLetter(term) || term.length < 4 || candidates.some(test)) return test;
    const maxDistance = term.length <= 7 ? 1 : 2;
    const words = new Set(candidates.flatMap((c) => c.words));
    const near = new Set([...words].filter((word) => hasLetter(word) && editDistance(word, term) <= maxDistance));
    return (c) => c.words.some((word) => near.has(word));
  };
  const tests = [...new Set(exact)].map((term) => withTypos(term, plain(term, false)));
  if (prefix !== undefined) tests.push(withTypos(prefix, plain(prefix, true)));

  const byRank = (a: Candidate, b: Candidate) => b.weight - a.weight || a.order - b.order;
  const tierOf = (c: Candidate) =>
    c.names.includes(wanted) ? 0 : c.names.some((name) => name.startsWith(wanted)) ? 1 : tests.every((test) => test(c)) ? 2 : 3;
  const found = candidates
    .map((c) => ({ c, tier: tierOf(c) }))
    .filter((hit) => hit.tier < 3)
    .sort((a, b) => a.tier - b.tier || byRank(a.c, b.c));
  if (found.length > 0) return found.slice(0, Math.floor(limit)).map((hit) => hit.c.id);
  return candidates
    .map((c) => ({ c, held: tests.filter((test) => test(c)).length }))
    .filter((hit) => hit.held > 0)
    .sort((a, b) => b.held - a.held || byRank(a.c, b.c))
    .slice(0, Math.floor(limit))
    .map((hit) => hit.c.id);
}

function candidatesOf(entries: readonly SearchEntry[]): Candidate[] {
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  entries.forEach((entry, order) => {
    if (seen.has(entry.id)) return;
    seen.add(entry.id);
    const names = [entry.nameZh, entry.nameEn, ...entry.aliases].map(normalizeText).filter((name) => name !== '');
    const words = names.flatMap((name) => name.match(PART) ?? []).filter((part) => !isHan(part));
    candidates.push({ id: entry.id, order, weight: entry.weight ?? 0, names, words });
  });
  return candidates;
}

/** A few thousand synthetic entries, some with aliases: mixed scripts, full-width, astral Han, long words. */
function scaleEntries(): SearchEntry[] {
  const ALIASES = [
    'OpenAssistant',
    'Ｆｕｌｌ Ｗｉｄｔｈ',
    'Ünïcode lab',
    '月之暗面',
    '𠀀𠀁智能',
    'chatbot-pro 2',
    'Translator',
    '語音 助手',
    'visionary',
  ];
  return computeSearchEntries(buildGraph(generateLandscape({ nodes: 3000, seed: 7 }))).map((entry, i) =>
    i % 5 === 0 ? { ...entry, aliases: [ALIASES[i % ALIASES.length], `${entry.nameEn.split(' ')[0]}-x${i % 17}`] } : entry,
  );
}

const entries = scaleEntries();
const index = createSearchIndex(entries);
const candidates = candidatesOf(entries);
const vocabulary = [
  ...new Set(entries.flatMap((e) => [e.nameZh, e.nameEn, ...e.aliases]).flatMap((name) => normalizeText(name).match(PART) ?? [])),
];
const names = entries.flatMap((e) => [e.nameZh, e.nameEn, ...e.aliases]);

/** One random edit: a substitution, an insertion, a deletion or a swap of neighbours. */
const typo = (word: string, at: number, kind: number, letter: string) => {
  const i = at % Math.max(1, word.length - 1);
  if (kind === 0) return word.slice(0, i) + letter + word.slice(i + 1);
  if (kind === 1) return word.slice(0, i) + letter + word.slice(i);
  if (kind === 2) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
};
const letter = fc.constantFrom(...'aeinostxz1');
const word = fc.constantFrom(...vocabulary);
const typoed = fc.tuple(word, fc.nat(), fc.integer({ min: 0, max: 3 }), letter).map(([w, at, kind, l]) => typo(w, at, kind, l));
const queries = fc.oneof(
  // a piece of a real name
  fc
    .tuple(fc.constantFrom(...names), fc.nat(), fc.nat(8))
    .map(([name, from, length]) => [...name].slice(from % name.length, (from % name.length) + 1 + length).join('')),
  // words of names, the last maybe cut short, the case changed
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 4 }), fc.nat(6), fc.boolean()).map(([words, cut, upper]) => {
    const text = words.join(' ');
    const cutText = text.slice(0, Math.max(1, text.length - cut));
    return upper ? cutText.toUpperCase() : cutText;
  }),
  // typos, alone or after a correct word
  typoed,
  fc.tuple(typoed, typoed).map(([a, b]) => `${a} ${b}`),
  fc.tuple(word, typoed).map(([a, b]) => `${a} ${b}`),
  // single characters and short strings from the names' alphabet
  fc.constantFrom(...new Set(names.flatMap((name) => [...name]))),
  fc.string({ unit: fc.constantFrom(...'智云星科技助手大模型赛道 aezhi1-'), maxLength: 8 }),
  // anything
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
);

describe('search at scale, against a brute-force reference', () => {
  it('indexes every unique id', () => {
    expect(index.size).toBe(new Set(entries.map((e) => e.id)).size);
  });

  it('ranks like the reference on random queries', () => {
    fc.assert(
      fc.property(queries, fc.constantFrom(1, 3, 12, 20, 60), (query, limit) => {
        expect(index.search(query, limit)).toEqual(referenceSearch(candidates, query, limit));
      }),
      { numRuns: 400, seed: 20261128 },
    );
  });

  it('corrects typos like the reference over small random vocabularies', () => {
    const denseWord = fc.string({ unit: fc.constantFrom(...'abcde1'), minLength: 1, maxLength: 10 });
    const landscape = fc.array(fc.tuple(fc.array(denseWord, { minLength: 1, maxLength: 3 }), fc.nat(5)), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(landscape, fc.array(denseWord, { minLength: 1, maxLength: 3 }), (rows, queryWords) => {
        const small = rows.map(([words, weight], i) => ({
          id: `e${i}`,
          nameZh: words.join(' '),
          nameEn: words.join('-'),
          aliases: [],
          weight,
        }));
        const query = queryWords.join(' ');
        expect(createSearchIndex(small).search(query, 10)).toEqual(referenceSearch(candidatesOf(small), query, 10));
      }),
      { numRuns: 300, seed: 112801 },
    );
  });

  it('ranks like the reference on queries that hit many names', () => {
    for (const query of [
      '智',
      '科',
      'a',
      'z',
      '1',
      'tech',
      '科技',
      '助手',
      'assistant',
      'asistant',
      'zhi yun',
      '智云 tech',
      'tech 1',
      'lm 12 zz',
    ])
      expect(index.search(query, 20), query).toEqual(referenceSearch(candidates, query, 20));
  });

  it('answers a one-character query with the highest-weight names holding it, names starting with it first', () => {
    for (const char of ['智', '云', '助', '模']) {
      const expected = entries
        .map((entry, order) => ({ entry, order, names: [entry.nameZh, entry.nameEn, ...entry.aliases].map(normalizeText) }))
        .filter(({ names }) => names.some((name) => name.includes(char)))
        .sort(
          (a, b) =>
            Number(!a.names.some((n) => n.startsWith(char))) - Number(!b.names.some((n) => n.startsWith(char))) ||
            (b.entry.weight ?? 0) - (a.entry.weight ?? 0) ||
            a.order - b.order,
        )
        .slice(0, 12)
        .map(({ entry }) => entry.id);
      expect(expected.length).toBe(12);
      expect(index.search(char, 12)).toEqual(expected);
    }
  });
});

describe('tokenizers against regular-expression references', () => {
  const text = fc.string({
    unit: fc.oneof(fc.constantFrom(...'aZ9 -_.,智能𠀀ｑ한かÉ〇⺀'), fc.string({ unit: 'grapheme', maxLength: 1 })),
    maxLength: 12,
  });

  it('split queries into words, then Han bigrams', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const normalized = normalizeText(raw);
        const words = normalized.replace(HAN_RUN, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
        const han = (normalized.match(HAN_RUN) ?? []).flatMap((run) => ([...run].length === 1 ? [run] : bigrams(run)));
        expect(tokenizeForQuery(raw)).toEqual([...new Set([...words, ...han])]);
      }),
      { numRuns: 500, seed: 1128 },
    );
  });

  it('index words, Han runs, characters and bigrams', () => {
    fc.assert(
      fc.property(text, (raw) => {
        const normalized = normalizeText(raw);
        const words = normalized.replace(HAN_RUN, ' ').match(/[\p{L}\p{N}]+/gu) ?? [];
        const han = (normalized.match(HAN_RUN) ?? []).flatMap((run) => [run, ...run, ...bigrams(run)]);
        expect(new Set(tokenizeForIndex(raw))).toEqual(new Set([...words, ...han]));
      }),
      { numRuns: 500, seed: 1128 },
    );
  });
});
