// The compact bundle: the same graph and panels' data as the JSON bundle in far fewer bytes; a damaged or
// future one is refused with the reason, never half-read.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeBundle, CompactBundleError, decodeCompactBundle, encodeCompactBundle, type Bundle } from '../../src/core/bundle/index.js';
import { validateDataset } from '../../src/core/records/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { readGraphData } from '../../src/cli/graph-data.js';
import { resolve } from 'node:path';

// The report's own bundle (its citations are all quotes, so they fill the citation table the damage checks
// below break), and the bundle merged with the table sources (row citations among them).
const input = readGraphData(resolve(import.meta.dirname, '../../graph-data'));
const report = computeBundle(validateDataset({ ...input, mappingFiles: [] }).dataset, {});
const merged = computeBundle(validateDataset(input).dataset, {});

const roundTrip = (bundle: Bundle) => decodeCompactBundle(JSON.parse(JSON.stringify(encodeCompactBundle(bundle))));

describe('compact bundle', () => {
  it("gives back the report's bundle: the same graph, facets, kinds, figures and sources", () => {
    const back = roundTrip(report);
    expect(Graph.from(back.graph).export()).toEqual(Graph.from(report.graph).export());
    const { graph: _a, ...rest } = back;
    const { graph: _b, ...expected } = report;
    expect(rest).toEqual(expected);
  });

  it('gives back the bundle merged with Epoch AI, row citations included', () => {
    const back = roundTrip(merged);
    expect(Graph.from(back.graph).export()).toEqual(Graph.from(merged.graph).export());
    expect(back.sources).toEqual(merged.sources);
  });

  it('is at most a quarter of the JSON bundle at 10k nodes, and gives it back', () => {
    const bundle = computeBundle(generateLandscape({ nodes: 10_000, seed: 1 }), {});
    const json = JSON.stringify(bundle).length;
    const compact = JSON.stringify(encodeCompactBundle(bundle));
    console.log(
      `bundle at 10k nodes: JSON ${(json / 1e6).toFixed(2)} MB, compact ${(compact.length / 1e6).toFixed(2)} MB (${((100 * compact.length) / json).toFixed(1)} %)`,
    );
    expect(compact.length).toBeLessThanOrEqual(json / 4);
    expect(Graph.from(decodeCompactBundle(JSON.parse(compact)).graph).export()).toEqual(Graph.from(bundle.graph).export());
  });

  it('keeps keys that are not from|type|to, undirected links, nulls, odd attributes and an empty graph', () => {
    const graph = new Graph({ type: 'mixed', multi: true });
    graph.addNode('a', { label: 'A', weight: 2.5, tags: ['x', 'y'], meta: { deep: [1, 'two'] }, nothing: null, flag: false });
    graph.addNode('b', { label: 'B', tags: [] });
    graph.addNode('__c', {});
    graph.addDirectedEdgeWithKey('custom-key', 'a', 'b', { relation: 'r', sources: [{ source: 's', section: '§', quote: '"q"' }] });
    graph.addUndirectedEdgeWithKey('u1', 'b', '__c', { weight: 1 });
    const bundle = { ...report, graph: graph.export() } as unknown as Bundle;
    const back = roundTrip(bundle);
    expect(Graph.from(back.graph).export()).toEqual(graph.export());
    const empty = { ...report, graph: new Graph().export() } as unknown as Bundle;
    expect(roundTrip(empty).graph.nodes).toEqual([]);
  });

  it('refuses a damaged, truncated or future bundle with the reason', () => {
    const compact = JSON.parse(JSON.stringify(encodeCompactBundle(report)));
    const broken = (change: (value: typeof compact) => void) => {
      const copy = JSON.parse(JSON.stringify(compact));
      change(copy);
      return () => decodeCompactBundle(copy);
    };
    expect(broken((value) => (value.version = 99))).toThrow(/version 99; this viewer reads version 1/);
    expect(broken((value) => value.graph.edges.targets.pop())).toThrow(/links have \d+ sources but \d+ targets/);
    expect(broken((value) => value.graph.nodes.columns[0].values.pop())).toThrow(CompactBundleError);
    expect(broken((value) => (value.graph.nodes.keys[0] = 10 ** 9))).toThrow(/not in the table/);
    expect(broken((value) => (value.graph.edges.sources[0] = -1))).toThrow(/names node -1/);
    expect(broken((value) => value.citations.pop())).toThrow(/table is damaged/);
    expect(broken((value) => value.graph.nodes.lists[0].items.pop())).toThrow(/offsets/);
    expect(() => decodeCompactBundle({ format: 'ai-landscape-bundle' })).toThrow(/not a compact bundle/);
    expect(() => decodeCompactBundle(null)).toThrow(/not a compact bundle/);
  });
});
