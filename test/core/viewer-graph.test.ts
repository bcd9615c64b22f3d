// The one step every graph takes before the viewer draws it: the report's bundle, a ?data= bundle made
// elsewhere and an imported file all come out with names, kind, lists, position, size and no sigma `type`.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeBundle, computeBundleLabel, type Bundle } from '../../src/core/bundle/index.js';
import { sizeForDegree } from '../../src/core/graph/index.js';
import { validateDataset } from '../../src/core/records/index.js';
import { assignDerivedFacets, assignViewerDefaults, computeImportedBundle, DEFAULT_NODE_KIND } from '../../src/core/viewer-graph/index.js';
import { BASE_RECORDS, input } from './fixtures.js';

const reportBundle = () => computeBundle(validateDataset(input({ 'a.yaml': BASE_RECORDS })).dataset, {});

describe('assignViewerDefaults', () => {
  it("leaves the report's own graph as it is, and returns the same object", () => {
    const graph = Graph.from(reportBundle().graph);
    const before = graph.export();
    const result = assignViewerDefaults(graph);
    expect(result.graph).toBe(graph);
    expect(result.unplaced).toBe(0);
    expect(graph.export()).toEqual(before);
  });

  it('completes a foreign graph: names from the label, a kind, empty lists, a size from the degree, no sigma type', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('a', { label: '甲', x: 1, y: 2, type: 'image', size: -3 });
    graph.addNode('b', { nameEn: 'B only', x: 0, y: 0, size: 7 });
    graph.addNode('c', { x: Number.NaN, y: 5 });
    graph.addEdge('a', 'b', { type: 'cites' });
    graph.addEdge('a', 'c', { type: 'arrow', relation: 'uses' });
    const { graph: complete, unplaced } = assignViewerDefaults(graph);
    const a = complete.getNodeAttributes('a');
    expect([a.nameZh, a.nameEn, a.label, a.kind]).toEqual(['甲', '甲', '甲', DEFAULT_NODE_KIND]);
    expect([a.modalities, a.tracks, a.businessModels, a.markets, a.companies, a.aliases, a.sources]).toEqual([[], [], [], [], [], [], []]);
    expect(a.type).toBeUndefined();
    expect(a.size).toBe(sizeForDegree(2));
    expect(complete.getNodeAttributes('b')).toMatchObject({ nameZh: 'b', nameEn: 'B only', size: 7 });
    expect(unplaced).toBe(1);
    const c = complete.getNodeAttributes('c');
    expect(Number.isFinite(c.x) && Number.isFinite(c.y)).toBe(true);
    expect([c.x, c.y]).not.toEqual([0, 0]);
    const edges = complete.mapEdges((_edge, attributes) => [attributes.relation, attributes.type, attributes.sources]);
    expect(edges).toEqual([
      ['cites', undefined, []],
      ['uses', 'arrow', []],
    ]);
  });

  it('places nodes without positions on a spiral: distinct, deterministic', () => {
    const make = () => {
      const graph = new Graph();
      for (let i = 0; i < 50; i++) graph.addNode(`n${i}`);
      return assignViewerDefaults(graph);
    };
    const first = make();
    expect(first.unplaced).toBe(50);
    const points = first.graph.mapNodes((_node, { x, y }) => `${x.toFixed(6)},${y.toFixed(6)}`);
    expect(new Set(points).size).toBe(50);
    expect(make().graph.export()).toEqual(first.graph.export());
  });

  it('handles an empty graph', () => {
    expect(assignViewerDefaults(new Graph()).unplaced).toBe(0);
  });
});

describe('derived facets and the bundle of an imported graph', () => {
  it('derives facet lists from direct relations when the graph has none, and offers only those values', () => {
    const graph = new Graph({ multi: true });
    graph.addNode('p', { kind: 'product' });
    graph.addNode('t', { kind: 'track', nameZh: '赛道', nameEn: 'Track' });
    graph.addNode('v', { kind: 'company' });
    graph.addEdge('p', 't', { relation: 'in_track' });
    graph.addEdge('p', 'v', { relation: 'developed_by' });
    const { graph: complete } = assignViewerDefaults(graph);
    assignDerivedFacets(complete);
    expect(complete.getNodeAttributes('p')).toMatchObject({ tracks: ['t'], companies: ['v'], modalities: [] });
    expect(complete.getNodeAttributes('t').tracks).toEqual(['t']);
    const bundle = computeImportedBundle(complete, reportBundle());
    expect(bundle.facets.tracks).toEqual([{ id: 't', nameZh: '赛道', nameEn: 'Track' }]);
    expect(bundle.facets.modalities).toEqual([]);
    expect(bundle.kinds.map((kind) => kind.kind)).toEqual(['product', 'track', 'company']);
  });

  it('keeps facet lists a graph already has', () => {
    const graph = new Graph();
    graph.addNode('p', { kind: 'product', tracks: ['x'] });
    graph.addNode('t', { kind: 'track' });
    graph.addEdge('p', 't', { relation: 'in_track' });
    assignDerivedFacets(graph);
    expect(graph.getNodeAttribute('p', 'tracks')).toEqual(['x']);
  });
});

describe('computeBundleLabel', () => {
  it("names the report's bundle by its source: the title, and the year the title is about", () => {
    const report = {
      sources: [
        {
          id: 'iresearch-2024',
          title: { zh: '2024年中国人工智能产业研究报告', en: '2024 China Artificial Intelligence Industry Research Report' },
          date: '2025',
        },
      ],
    } as unknown as Pick<Bundle, 'sources'>;
    expect(computeBundleLabel(report)).toEqual({
      title: { zh: '2024年中国人工智能产业研究报告', en: '2024 China Artificial Intelligence Industry Research Report' },
      year: 2024,
    });
  });

  it('falls back to the date, and to nothing for a bundle without sources', () => {
    const dated = { sources: [{ id: 's', title: { zh: '某报告', en: 'A report' }, date: '2023-05' }] } as unknown as Pick<
      Bundle,
      'sources'
    >;
    expect(computeBundleLabel(dated)).toEqual({ title: { zh: '某报告', en: 'A report' }, year: 2023 });
    expect(computeBundleLabel({ sources: [] })).toEqual({ title: undefined, year: undefined });
  });
});

describe('a graph whose file names no kinds', () => {
  it('calls its nodes nodes (节点 / Node), not one of the report’s kinds', () => {
    const graph = new Graph();
    graph.addNode('a', { label: 'A' });
    graph.addNode('b', { label: 'B', kind: 'person' });
    assignViewerDefaults(graph);
    expect(graph.getNodeAttribute('a', 'kind')).toBe('node');
    const kinds = computeImportedBundle(graph, reportBundle()).kinds;
    expect(kinds.map(({ kind, zh, en }) => [kind, zh, en])).toEqual([
      ['node', '节点', 'Node'],
      ['person', 'person', 'person'],
    ]);
  });
});
