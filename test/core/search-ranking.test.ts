// Search ranking rules, one small case each: tiers, weights and ties, the last word as a prefix, typos,
// any-word fallback, limits, and scripts (astral Han, full-width Latin).
import { describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchEntry } from '../../src/core/search/index.js';

const entry = (id: string, nameEn: string, weight?: number, nameZh = nameEn, aliases: string[] = []): SearchEntry => ({
  id,
  nameZh,
  nameEn,
  aliases,
  weight,
});

describe('ranking', () => {
  it('puts an exact name first, then names starting with the query, then names holding it, whatever the weights', () => {
    const index = createSearchIndex([entry('holds', 'Big Nova Labs', 100), entry('starts', 'Nova Labs', 10), entry('exact', 'Nova', 1)]);
    expect(index.search('nova')).toEqual(['exact', 'starts', 'holds']);
  });

  it('orders equal matches by weight, then by input order; a missing or NaN weight counts as 0', () => {
    const index = createSearchIndex([
      entry('a', 'Alpha Tech', 0),
      entry('b', 'Beta Tech'),
      entry('c', 'Gamma Tech', 5),
      entry('d', 'Delta Tech', Number.NaN),
      entry('e', 'Epsilon Tech', 5),
    ]);
    expect(index.search('tech')).toEqual(['c', 'e', 'a', 'b', 'd']);
  });

  it('matches only the last word as a prefix: earlier words are whole words', () => {
    const index = createSearchIndex([entry('x', 'Zhiyun Tech'), entry('y', 'Zhi Techno')]);
    expect(index.search('zhiyun te')).toEqual(['x']);
    expect(index.search('zhi tech')).toEqual(['y']);
    expect(index.search('tech zhi')).toEqual(['x']);
    expect(index.search('zhi')).toEqual(['x', 'y']);
  });

  it('corrects a typo in any word of four letters or more, a swap of neighbours counting one edit', () => {
    const index = createSearchIndex([entry('x', 'Zhiyun Tech'), entry('y', 'Lingshan Assistant')]);
    expect(index.search('zhiyun tehc')).toEqual(['x']);
    expect(index.search('asistant')).toEqual(['y']);
    expect(index.search('lignshan asisstnat')).toEqual(['y']);
    expect(index.search('teh')).toEqual([]);
  });

  it('does not correct numbers', () => {
    const index = createSearchIndex([entry('x', 'Model 2025')]);
    expect(index.search('2025')).toEqual(['x']);
    expect(index.search('2024')).toEqual([]);
  });

  it('falls back to entries holding the most words when none holds them all', () => {
    const index = createSearchIndex([entry('one', 'Alpha', 50), entry('two', 'Alpha Beta', 1), entry('other', 'Gamma', 99)]);
    expect(index.search('alpha beta gamma')).toEqual(['two', 'other', 'one']);
  });
});

describe('limits', () => {
  const index = createSearchIndex(Array.from({ length: 30 }, (_, i) => entry(`n${i}`, `Node ${i}`, 30 - i)));

  it('returns at most the limit, rounding a fractional limit down', () => {
    expect(index.search('node')).toHaveLength(20);
    expect(index.search('node', 1)).toEqual(['n0']);
    expect(index.search('node', 2.9)).toEqual(['n0', 'n1']);
    expect(index.search('node', Infinity)).toHaveLength(30);
  });

  it('returns nothing for a limit of zero, below zero or not a number', () => {
    expect(index.search('node', 0)).toEqual([]);
    expect(index.search('node', -3)).toEqual([]);
    expect(index.search('node', Number.NaN)).toEqual([]);
  });
});

describe('scripts', () => {
  it('finds Han characters outside the basic plane, alone and in pairs', () => {
    const index = createSearchIndex([entry('x', 'Rare', 0, '𠀀𠀁公司')]);
    expect(index.search('𠀁')).toEqual(['x']);
    expect(index.search('𠀀𠀁')).toEqual(['x']);
    expect(index.search('𠀁公')).toEqual(['x']);
    expect(index.search('公𠀁')).toEqual([]);
  });

  it('matches full-width and half-width Latin alike, and case-insensitively', () => {
    const index = createSearchIndex([entry('x', 'ＡＢＣ Ｌａｂ'), entry('y', 'abc studio')]);
    expect(index.search('abc lab')).toEqual(['x']);
    expect(index.search('ＡＢＣ')).toEqual(['x', 'y']);
  });

  it('finds a name by an alias and ignores empty names', () => {
    const index = createSearchIndex([entry('x', '', 0, '', ['', 'Kimi Chat'])]);
    expect(index.search('kimi')).toEqual(['x']);
    expect(index.search('chat')).toEqual(['x']);
  });
});
