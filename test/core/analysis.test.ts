// Paths, rankings, communities and comparison: checked against graphology's own algorithms on the report's
// graph, and on small graphs where the answer is known (ties, hubs, filters, empty views, unknown ids).
import { resolve } from 'node:path';
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { bidirectional } from 'graphology-shortest-path/unweighted.js';
import { describe, expect, it } from 'vitest';
import {
  computeCommunities,
  computeComparison,
  computeComparisonCsv,
  computeMetric,
  computePaths,
  computeAnalysisIndex,
  computeAnalysisIndexFromAdjacency,
  computePathHops,
  computePathNodes,
  computeNodeMask,
  computeSimpleGraph,
  HUB_KINDS,
} from '../../src/core/analysis/index.js';
import { createFilterIndex } from '../../src/core/filters/index.js';
import { computeAnalysisGraph } from '../../src/ui/analysis/analysis-client.js';
import { readAnalysisGraph } from '../../src/ui/analysis/protocol.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { validateDataset } from '../../src/core/records/index.js';
import { readGraphData } from '../../src/cli/graph-data.js';

// The report's own graph (without the table sources' mappings): small enough that sampling every node as a source
// stays under the sampled betweenness's work budget, so it can be compared with the exact one.
const report = (() => {
  const input = readGraphData(resolve(import.meta.dirname, '../../graph-data'));
  const { dataset, ends } = validateDataset({ ...input, mappingFiles: [] });
  return buildGraph(dataset, {}, ends);
})();

function simple(graph: Graph) {
  const index = computeAnalysisIndex(graph);
  return computeSimpleGraph(index, computeNodeMask(index));
}

function graphOf(edges: [string, string][], kinds: Record<string, string> = {}): Graph {
  const graph = new Graph({ multi: true });
  for (const [a, b] of edges) {
    for (const node of [a, b]) if (!graph.hasNode(node)) graph.addNode(node, { kind: kinds[node] ?? 'product' });
    graph.addEdge(a, b, { relation: 'related_to' });
  }
  return graph;
}

describe('computePaths', () => {
  it('finds the shortest paths 豆包 → DeepSeek, every hop a real link, as short as graphology finds', () => {
    const result = computePaths(report, 'product:doubao', 'company:deepseek');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const shortest = bidirectional(simple(report), 'product:doubao', 'company:deepseek')!;
    expect(result.hops).toBe(shortest.length - 1);
    expect(result.paths.length).toBeGreaterThan(0);
    expect(result.paths.length).toBeLessThanOrEqual(3);
    for (const path of result.paths) {
      expect(path[0].from).toBe('product:doubao');
      expect(path.at(-1)!.to).toBe('company:deepseek');
      for (const hop of path) {
        expect(hop.links.length).toBeGreaterThan(0);
        for (const link of hop.links) {
          const [source, target] = report.extremities(link.edge);
          expect(link.forward ? [source, target] : [target, source]).toEqual([hop.from, hop.to]);
          expect(link.relation).toBe(report.getEdgeAttribute(link.edge, 'relation'));
        }
      }
    }
    expect(new Set(result.paths.map((path) => path.map((hop) => hop.to).join('>'))).size).toBe(result.paths.length);
  });

  it('lists every distinct shortest path up to the limit, in a stable order', () => {
    const diamond = graphOf([
      ['a', 'b'],
      ['b', 'd'],
      ['a', 'c'],
      ['c', 'd'],
      ['a', 'e'],
      ['e', 'f'],
      ['f', 'd'],
    ]);
    const result = computePaths(diamond, 'a', 'd');
    expect(result).toMatchObject({ ok: true, hops: 2 });
    if (!result.ok) return;
    expect(result.paths.map((path) => path.map((hop) => hop.to).join('>'))).toEqual(['b>d', 'c>d']);
    const one = computePaths(diamond, 'a', 'd', { max: 1 });
    expect(one.ok && one.paths.length).toBe(1);
  });

  it('walks around hub kinds when asked, but a hub may be an end', () => {
    const graph = graphOf(
      [
        ['a', 'm'],
        ['m', 'b'],
        ['a', 'x'],
        ['x', 'y'],
        ['y', 'b'],
      ],
      { m: 'market' },
    );
    expect(computePaths(graph, 'a', 'b')).toMatchObject({ ok: true, hops: 2 });
    expect(computePaths(graph, 'a', 'b', { avoidKinds: HUB_KINDS })).toMatchObject({ ok: true, hops: 3 });
    expect(computePaths(graph, 'a', 'm', { avoidKinds: HUB_KINDS })).toMatchObject({ ok: true, hops: 1 });
  });

  it('says why there is no path: same node, unknown id, hidden by filters, not connected', () => {
    const graph = graphOf([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(computePaths(graph, 'a', 'a')).toEqual({ ok: false, reason: 'same-node', node: 'a' });
    expect(computePaths(graph, 'a', 'zz')).toEqual({ ok: false, reason: 'unknown-node', node: 'zz' });
    expect(computePaths(graph, 'a', 'b', { visible: new Set(['a']) })).toEqual({ ok: false, reason: 'hidden', node: 'b' });
    expect(computePaths(graph, 'a', 'c')).toEqual({ ok: false, reason: 'no-path' });
    // A middle node filtered away breaks the only path.
    const chain = graphOf([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(computePaths(chain, 'a', 'c', { visible: new Set(['a', 'c']) })).toEqual({ ok: false, reason: 'no-path' });
  });
});

describe('computeMetric', () => {
  const view = simple(report);

  it('degree, PageRank and exact betweenness agree with graphology-metrics on the report graph', () => {
    const degree = computeMetric(report, 'degree');
    expect(degree.values.get('company:bytedance')).toBe(view.degree('company:bytedance'));
    const rank = computeMetric(report, 'pagerank');
    const expected = pagerank(view, { getEdgeWeight: null });
    expect(rank.values.size).toBe(view.order);
    for (const [node, value] of rank.values) expect(value).toBeCloseTo(expected[node], 12);
    const between = computeMetric(report, 'betweenness', { exactBetweennessUpTo: 100_000 });
    expect(between.approximate).toBe(false);
    expect(Object.fromEntries(between.values)).toEqual(betweennessCentrality(view, { getEdgeWeight: null }));
  });

  it('the sampled betweenness with every node as a source equals the exact one, and is seeded', () => {
    const exact = betweennessCentrality(view, { getEdgeWeight: null });
    const sampled = computeMetric(report, 'betweenness', { exactBetweennessUpTo: 10, betweennessSamples: view.order });
    expect(sampled.approximate).toBe(true);
    for (const [node, value] of sampled.values) expect(value).toBeCloseTo(exact[node], 6);
    const a = computeMetric(report, 'betweenness', { exactBetweennessUpTo: 10, betweennessSamples: 50, seed: 1 });
    const b = computeMetric(report, 'betweenness', { exactBetweennessUpTo: 10, betweennessSamples: 50, seed: 1 });
    expect(a.values).toEqual(b.values);
  });

  it('says how far PageRank and sampled betweenness have come: fractions rising within 0..1; Louvain cannot say', () => {
    const seen: number[] = [];
    computeMetric(report, 'pagerank', { onProgress: (fraction) => seen.push(fraction) });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every((fraction) => fraction > 0 && fraction <= 1)).toBe(true);
    expect(seen.at(-1)!).toBeGreaterThan(0.5);
    const sampled: number[] = [];
    computeMetric(report, 'betweenness', {
      exactBetweennessUpTo: 10,
      betweennessSamples: 60,
      onProgress: (fraction) => sampled.push(fraction),
    });
    expect(sampled).toEqual(Array.from({ length: 59 }, (_, at) => (at + 1) / 60));
    const louvain: number[] = [];
    computeCommunities(report, { onProgress: (fraction) => louvain.push(fraction) });
    expect(louvain).toEqual([NaN]);
  });

  it('ranks within a view: only its nodes, on the links among them', () => {
    const nodes = new Set(['a', 'b', 'c']);
    const graph = graphOf([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'a'],
    ]);
    expect(Object.fromEntries(computeMetric(graph, 'degree', { nodes }).values)).toEqual({ a: 1, b: 2, c: 1 });
    expect(computeMetric(graph, 'pagerank', { nodes: new Set() }).values.size).toBe(0);
    // An isolated node (dangling mass) and a view that cuts links: PageRank as graphology-metrics has it.
    graph.addNode('lone', { kind: 'product' });
    const view = new Set(['a', 'b', 'c', 'lone']);
    const index = computeAnalysisIndex(graph);
    const expected = pagerank(computeSimpleGraph(index, computeNodeMask(index, view)), { getEdgeWeight: null });
    const ranks = computeMetric(graph, 'pagerank', { nodes: view, index }).values;
    expect([...ranks.keys()].sort()).toEqual(['a', 'b', 'c', 'lone']);
    for (const [node, value] of ranks) expect(value).toBeCloseTo(expected[node], 12);
  });
});

describe('computeCommunities', () => {
  it('finds two cliques joined by one link, numbered by size, the same every run', () => {
    const edges: [string, string][] = [];
    const clique = (names: string[]) => names.forEach((a, i) => names.slice(i + 1).forEach((b) => edges.push([a, b])));
    clique(['a1', 'a2', 'a3', 'a4', 'a5']);
    clique(['b1', 'b2', 'b3', 'b4']);
    edges.push(['a1', 'b1']);
    const graph = graphOf(edges);
    const first = computeCommunities(graph);
    expect(first.communities.map((community) => community.size)).toEqual([5, 4]);
    expect(first.communities[0].leaders[0]).toBe('a1');
    expect(new Set(['a2', 'a3', 'a4', 'a5'].map((node) => first.of.get(node)))).toEqual(new Set([0]));
    expect(computeCommunities(graph)).toEqual(first);
    expect(first.modularity).toBeGreaterThan(0.3);
  });

  it('gives the report graph the same communities each run, every node in one, sizes adding up', () => {
    const a = computeCommunities(report);
    expect(a.of.size).toBe(report.order);
    expect(a.communities.reduce((sum, community) => sum + community.size, 0)).toBe(report.order);
    expect(computeCommunities(report).of).toEqual(a.of);
  });

  it('has an empty answer for an empty view', () => {
    expect(computeCommunities(report, { nodes: new Set() })).toEqual({ of: new Map(), communities: [], modularity: 0 });
  });
});

describe('computeComparison', () => {
  it('compares 字节跳动 and 阿里巴巴: shared tracks first, each present cell with its evidence', () => {
    const comparison = computeComparison(report, ['company:bytedance', 'company:alibaba']);
    const tracks = comparison.rows.filter((row) => row.dimension === 'tracks');
    expect(tracks.some((row) => row.shared)).toBe(true);
    const firstUnshared = tracks.findIndex((row) => !row.shared);
    if (firstUnshared >= 0) expect(tracks.slice(firstUnshared).every((row) => !row.shared)).toBe(true);
    for (const row of comparison.rows) {
      for (const cell of row.cells) if (cell.present) expect(cell.edges.length + cell.via.length).toBeGreaterThan(0);
    }
    expect(comparison.rows.some((row) => row.dimension === 'products' && row.cells[0].present && !row.cells[1].present)).toBe(true);
  });

  it('drops unknown and repeated ids, and writes CSV with formula-like names neutralised', () => {
    const graph = graphOf([['=cmd', 'p']], { '=cmd': 'company' });
    const comparison = computeComparison(graph, ['=cmd', 'missing', '=cmd']);
    expect(comparison.entities).toEqual(['=cmd']);
    const csv = computeComparisonCsv(
      comparison,
      (id) => id,
      (dimension) => dimension,
    );
    expect(csv.startsWith("\uFEFFdimension,value,'=cmd\r\n")).toBe(true);
    expect(csv).toContain('products,p,✓');
  });
});

describe('the index from adjacency lists (what the analysis worker builds)', () => {
  it('equals the index read from the graph, for the report graph read through its filter index and the wire', () => {
    const filterIndex = createFilterIndex(report);
    // What crosses to the worker: the ids as one text with their ends, the kinds by number.
    const wire = structuredClone(computeAnalysisGraph(filterIndex));
    const { ids, kinds } = readAnalysisGraph(wire);
    expect(ids).toEqual(filterIndex.ids);
    expect(kinds).toEqual(filterIndex.ids.map((id) => String(report.getNodeAttribute(id, 'kind'))));
    const fromLists = computeAnalysisIndexFromAdjacency(ids, kinds, { offsets: wire.offsets, targets: wire.targets });
    const fromGraph = computeAnalysisIndex(report);
    expect(fromLists.ids).toEqual(fromGraph.ids);
    expect(fromLists.kinds).toEqual(fromGraph.kinds);
    expect(fromLists.offsets).toEqual(fromGraph.offsets);
    expect(fromLists.targets).toEqual(fromGraph.targets);
    // Metrics and communities take the index in place of the graph.
    expect(computeMetric(fromLists, 'pagerank').values).toEqual(computeMetric(report, 'pagerank').values);
    expect(computeCommunities(fromLists).of).toEqual(computeCommunities(report).of);
  });

  it('drops repeated pairs and self-loops, keeps an empty list empty', () => {
    // 0: [1, 1, 0]  1: [0, 0]  2: []
    const index = computeAnalysisIndexFromAdjacency(['a', 'b', 'c'], ['x', 'x', 'x'], {
      offsets: Int32Array.from([0, 3, 5, 5]),
      targets: Int32Array.from([1, 1, 0, 0, 0]),
    });
    expect([...index.offsets]).toEqual([0, 1, 2, 2]);
    expect([...index.targets]).toEqual([1, 0]);
    expect(computeAnalysisIndexFromAdjacency([], [], { offsets: Int32Array.from([0]), targets: new Int32Array(0) }).ids).toEqual([]);
  });
});

describe('computePathNodes and computePathHops', () => {
  it('give the same paths as computePaths, as nodes and then as hops', () => {
    const index = computeAnalysisIndex(report);
    const nodes = computePathNodes(index, 'product:doubao', 'company:deepseek');
    const full = computePaths(report, 'product:doubao', 'company:deepseek');
    expect(nodes.ok && full.ok).toBe(true);
    if (!nodes.ok || !full.ok) return;
    expect(nodes.paths.map((path) => computePathHops(report, path))).toEqual(full.paths);
    for (const path of nodes.paths) expect(path.length).toBe(nodes.hops + 1);
  });

  it('say why there is none: no index, unknown, hidden, same node', () => {
    expect(computePathNodes(null, 'a', 'b')).toEqual({ ok: false, reason: 'unknown-node', node: 'a' });
    const index = computeAnalysisIndex(graphOf([['a', 'b']]));
    expect(computePathNodes(index, 'a', 'zz')).toEqual({ ok: false, reason: 'unknown-node', node: 'zz' });
    expect(computePathNodes(index, 'a', 'b', { visible: new Set(['b']) })).toEqual({ ok: false, reason: 'hidden', node: 'a' });
    expect(computePathNodes(index, 'b', 'b')).toEqual({ ok: false, reason: 'same-node', node: 'b' });
    expect(computePathHops(graphOf([['a', 'b']]), ['a'])).toEqual([]);
  });
});
