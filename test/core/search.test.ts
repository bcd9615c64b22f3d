// Search: Chinese substrings through segmentation and bigrams, English prefix and fuzzy, ranking.
import { describe, expect, it } from 'vitest';
import {
  computeSearchEntries,
  createSearchIndex,
  tokenizeForIndex,
  tokenizeForQuery,
  type SearchEntry,
} from '../../src/core/search/index.js';
import { landscape, makeGraph } from './filters-fixture.js';

const index = createSearchIndex(computeSearchEntries(landscape()));

describe('tokenizers', () => {
  it('index Han runs as words, characters and bigrams, and other text as lower-case words', () => {
    const terms = tokenizeForIndex('月之暗面Kimi');
    expect(terms).toEqual(expect.arrayContaining(['kimi', '月之暗面', '月', '暗面', '之暗']));
    expect(tokenizeForIndex('')).toEqual([]);
    expect(tokenizeForIndex('Ｑｗｅｎ２')).toEqual(['qwen2']);
  });

  it('turn a query into words and Han bigrams, a lone character into itself', () => {
    expect(tokenizeForQuery('通义千问')).toEqual(['通义', '义千', '千问']);
    expect(tokenizeForQuery('豆')).toEqual(['豆']);
    expect(tokenizeForQuery('Kimi 智能')).toEqual(['kimi', '智能']);
    expect(tokenizeForQuery('  ,./ ')).toEqual([]);
  });
});

describe('createSearchIndex', () => {
  it('finds Chinese names by a part of them', () => {
    expect(index.search('通义')).toContain('model:qwen');
    expect(index.search('千问')[0]).toBe('model:qwen');
    expect(index.search('暗面')).toEqual(expect.arrayContaining(['company:moonshot', 'product:kimi']));
    expect(index.search('豆')).toContain('product:doubao');
  });

  it('finds mixed names by their Latin part, case-insensitively', () => {
    expect(index.search('Kimi')).toContain('product:kimi');
    expect(index.search('kimi')[0]).toBe('product:kimi');
    expect(index.search('KLING')[0]).toBe('product:kling');
  });

  it('matches prefixes and small typos in English names, and aliases', () => {
    expect(index.search('byte')[0]).toBe('company:bytedance');
    expect(index.search('Bytedanse')).toContain('company:bytedance');
    expect(index.search('capcut')[0]).toBe('product:jianying');
    expect(index.search('Tongyi')[0]).toBe('model:qwen');
    expect(index.search('字节')[0]).toBe('company:bytedance');
  });

  it('ranks an exact name first', () => {
    const entries: SearchEntry[] = [
      { id: 'model:doubao', nameZh: '豆包大模型', nameEn: 'Doubao model', aliases: [], weight: 50 },
      { id: 'product:doubao', nameZh: '豆包', nameEn: 'Doubao', aliases: [], weight: 1 },
      { id: 'product:doubao-pc', nameZh: '豆包电脑版', nameEn: 'Doubao desktop', aliases: ['豆包PC'], weight: 9 },
    ];
    const small = createSearchIndex(entries);
    const hits = small.search('豆包');
    expect(hits[0]).toBe('product:doubao');
    expect([...hits].sort()).toEqual(['model:doubao', 'product:doubao', 'product:doubao-pc']);
    expect(small.search('doubao')[0]).toBe('product:doubao');
  });

  it('returns nothing for empty or unmatched queries, respects the limit, and keeps the first of duplicate ids', () => {
    expect(index.search('')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
    expect(index.search('!!!')).toEqual([]);
    expect(index.search('量子纠缠')).toEqual([]);
    expect(index.search('a', 0)).toEqual([]);
    expect(index.search('ai', 2).length).toBeLessThanOrEqual(2);
    const dup = createSearchIndex([
      { id: 'x', nameZh: '甲', nameEn: 'Alpha', aliases: [] },
      { id: 'x', nameZh: '乙', nameEn: 'Beta', aliases: [] },
    ]);
    expect(dup.size).toBe(1);
    expect(dup.search('alpha')).toEqual(['x']);
    expect(dup.search('beta')).toEqual([]);
    expect(createSearchIndex([]).search('豆包')).toEqual([]);
  });

  it('falls back to any-word matching when no entry has every word', () => {
    expect(index.search('豆包 Kimi')).toEqual(expect.arrayContaining(['product:doubao', 'product:kimi']));
  });

  it('reads names from graphs whose nodes lack the name attributes', () => {
    const graph = makeGraph([['product:a', '甲产品', 'Product A']]);
    graph.removeNodeAttribute('product:a', 'nameEn');
    const entries = computeSearchEntries(graph);
    expect(entries).toEqual([{ id: 'product:a', nameZh: '甲产品', nameEn: '甲产品', aliases: [], weight: 0 }]);
  });
});
