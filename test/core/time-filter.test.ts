// The time window as one more filter: nodes whose date overlaps the window, undated nodes kept or hidden, the
// window's edges inclusive, facet counts honouring it; the timeline histogram and the "new in this period" list.
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { exportGexf } from '../../src/core/io/index.js';
import {
  computeFacetCounts,
  computeNewInPeriod,
  computeTimeline,
  computeVisibleNodes,
  createFilterIndex,
  isEmptyFilter,
  normalizeFilter,
  type TimeFilter,
} from '../../src/core/filters/index.js';
import { monthNumberOf } from '../../src/core/dates/index.js';
import { makeGraph } from './filters-fixture.js';

const graph = makeGraph(
  [
    ['product:a', '甲', 'A'],
    ['product:b', '乙', 'B'],
    ['product:c', '丙', 'C'],
    ['model:d', '丁', 'D'],
    ['company:e', '戊', 'E'],
    ['company:f', '己', 'F'],
  ],
  [['product:a', 'developed_by', 'company:e']],
);
graph.mergeNodeAttributes('product:a', { released: '2023-12-31' });
graph.mergeNodeAttributes('product:b', { released: '2024-01' });
graph.mergeNodeAttributes('product:c', { released: '2024' });
graph.mergeNodeAttributes('model:d', { released: '2024-12-01' });
graph.mergeNodeAttributes('company:e', { founded: 2022 });
// company:f has no date; a malformed date counts as none.
graph.mergeNodeAttributes('company:f', { released: '2024-13' });
const index = createFilterIndex(graph);
const m = monthNumberOf;
const window = (from: number, until: number, undated: TimeFilter['undated'] = 'keep') =>
  normalizeFilter({ time: { from, until, undated } });
const visible = (filter: ReturnType<typeof normalizeFilter>) => [...computeVisibleNodes(index, filter)].sort();

describe('time window', () => {
  it('shows the nodes whose date overlaps the window, its two ends included', () => {
    expect(visible(window(m(2024, 1), m(2024, 1), 'hide'))).toEqual(['product:b', 'product:c']);
    expect(visible(window(m(2023, 12), m(2023, 12), 'hide'))).toEqual(['product:a']);
    expect(visible(window(m(2024, 12), m(2024, 12), 'hide'))).toEqual(['model:d', 'product:c']);
    expect(visible(window(m(2024, 2), m(2024, 11), 'hide'))).toEqual(['product:c']);
    expect(visible(window(m(2022, 1), m(2022, 1), 'hide'))).toEqual(['company:e']);
    expect(visible(window(m(2025, 1), m(2030, 1), 'hide'))).toEqual([]);
  });

  it('keeps or hides undated nodes as chosen', () => {
    expect(visible(window(m(2025, 1), m(2025, 1), 'keep'))).toEqual(['company:f']);
    expect(visible(window(m(2025, 1), m(2025, 1), 'hide'))).toEqual([]);
  });

  it('is normalised: a reversed or non-integer window is dropped, and a window is not an empty filter', () => {
    expect(normalizeFilter({ time: { from: 5, until: 4, undated: 'keep' } }).time).toBeNull();
    expect(normalizeFilter({ time: { from: 1.5, until: 4, undated: 'keep' } }).time).toBeNull();
    expect(normalizeFilter({ time: { from: 0, until: 0, undated: 'x' as 'keep' } }).time).toEqual({ from: 0, until: 0, undated: 'keep' });
    expect(isEmptyFilter(window(0, 1))).toBe(false);
    expect(isEmptyFilter(normalizeFilter({}))).toBe(true);
  });

  it('combines with facets (AND) and the facet counts honour it', () => {
    const filter = { ...window(m(2024, 1), m(2024, 12), 'hide'), kinds: ['product'] };
    expect(visible(filter)).toEqual(['product:b', 'product:c']);
    expect(computeFacetCounts(index, filter).kinds.get('model')).toBe(1);
    expect(computeFacetCounts(index, filter).kinds.get('company')).toBeUndefined();
  });

  it('keeps the ego centre whatever its date', () => {
    const filter = { ...window(m(2030, 1), m(2030, 1), 'hide'), ego: { id: 'company:f', depth: 1 } };
    expect(visible(filter)).toEqual(['company:f']);
  });
});

describe('timeline', () => {
  it('counts dated nodes by the bucket of their first month, passing the other filters, whatever the window', () => {
    const timeline = computeTimeline(index, window(m(2024, 1), m(2024, 1), 'hide'), {
      unit: 'year',
      groupOf: index.ids.map((id) => (id.startsWith('product:') ? 0 : 1)),
      groupCount: 2,
    });
    expect(timeline.buckets.map((bucket) => [bucket.start / 12, bucket.total])).toEqual([
      [2022, 1],
      [2023, 1],
      [2024, 3],
    ]);
    expect([...timeline.buckets[2].groups]).toEqual([
      [0, 2],
      [1, 1],
    ]);
    expect(timeline.dated).toBe(5);
    expect(timeline.undated).toBe(1);
    const products = computeTimeline(index, normalizeFilter({ kinds: ['product'] }), { unit: 'month' });
    expect(products.dated).toBe(3);
    expect(products.buckets).toHaveLength(m(2024, 12) - m(2022, 1) + 1);
    expect(computeTimeline(index, normalizeFilter({}), { unit: 'quarter' }).buckets[0].start).toBe(m(2022, 1));
  });

  it('picks months, quarters or years by the span, and has no buckets without dates', () => {
    expect(computeTimeline(index, normalizeFilter({})).unit).toBe('month');
    expect(computeTimeline(createFilterIndex(makeGraph([['product:x', '戊', 'X']])), normalizeFilter({})).buckets).toEqual([]);
  });

  it('lists the visible nodes new in the window, newest first, the more precise date first', () => {
    expect(computeNewInPeriod(index, window(m(2023, 1), m(2024, 12), 'keep'))).toEqual({
      ids: ['model:d', 'product:b', 'product:c', 'product:a'],
      total: 4,
    });
    expect(computeNewInPeriod(index, window(m(2023, 1), m(2024, 12), 'keep'), 1)).toEqual({ ids: ['model:d'], total: 4 });
    expect(computeNewInPeriod(index, normalizeFilter({}))).toEqual({ ids: [], total: 0 });
    // With the visible nodes given (the viewer has them), the same answer without a second pass.
    const kept = window(m(2023, 1), m(2024, 12), 'keep');
    expect(computeNewInPeriod(index, kept, 50, computeVisibleNodes(index, kept))).toEqual(computeNewInPeriod(index, kept));
  });
});

describe('GEXF dynamic form', () => {
  it('writes start dates on dated nodes and links, the first day of their period, and nothing when none is dated', () => {
    const dated = new Graph();
    dated.addNode('a', { released: '2024-05-13' });
    dated.addNode('b', { founded: 2022 });
    dated.addNode('c', { released: 'soon' });
    dated.addEdgeWithKey('a|x|b', 'a', 'b', { since: '2024' });
    dated.addEdgeWithKey('b|x|c', 'b', 'c', {});
    const document = new DOMParser().parseFromString(exportGexf(dated), 'text/xml');
    const startsOf = (tag: string) =>
      Array.from(document.getElementsByTagName(tag)).map((element) => [
        element.getAttribute('id'),
        element.hasAttribute('start') ? element.getAttribute('start') : null,
      ]);
    expect(startsOf('node')).toEqual([
      ['a', '2024-05-13'],
      ['b', '2022-01-01'],
      ['c', null],
    ]);
    expect(startsOf('edge')).toEqual([
      ['a|x|b', '2024-01-01'],
      ['b|x|c', null],
    ]);
    expect(document.getElementsByTagName('graph')[0].getAttribute('mode')).toBe('dynamic');
    const undated = new Graph();
    undated.addNode('a');
    expect(exportGexf(undated)).not.toContain('dynamic');
  });
});

describe('new in this period at scale', () => {
  it('gives the newest first, as a full sort would, at every limit', () => {
    const entities: [string, string, string][] = [];
    for (let at = 0; at < 300; at++) entities.push([`product:p${at}`, `产${at}`, `P${at}`]);
    const many = makeGraph(entities);
    many.forEachNode((node, attributes) => {
      const at = Number(node.slice(9));
      // Many share a month, some are years, a few undated.
      if (at % 17 !== 0)
        many.setNodeAttribute(
          node,
          'released',
          at % 5 === 0 ? String(2000 + (at % 25)) : `${2000 + (at % 25)}-${String((at % 12) + 1).padStart(2, '0')}`,
        );
      void attributes;
    });
    const manyIndex = createFilterIndex(many);
    const filter = normalizeFilter({ time: { from: 0, until: 3000 * 12, undated: 'keep' } });
    const all = computeNewInPeriod(manyIndex, filter, 1000);
    const { first, last } = manyIndex.dates;
    const numbers = all.ids.map((id) => manyIndex.indexOf.get(id)!);
    expect(all.total).toBe(300 - Math.ceil(300 / 17));
    expect(numbers).toEqual([...numbers].sort((a, b) => first[b] - first[a] || last[a] - last[b] || a - b));
    for (const limit of [0, 1, 2, 7, 30, 199, 282, 283, 500]) {
      expect(computeNewInPeriod(manyIndex, filter, limit).ids).toEqual(all.ids.slice(0, limit));
    }
  });
});
