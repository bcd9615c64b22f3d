// A large graph arriving in stages: the most connected nodes first, the linked ones pinned into the first stage,
// every stage whole (a link arrives with its second end), every node and link exactly once; the defaults filled
// on the serialised graph equal those filled on the imported graph.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeBundle, planLoadStages, planStages, STAGED_FROM } from '../../src/core/bundle/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { assignViewerDefaults, completeSerializedGraph } from '../../src/core/viewer-graph/index.js';

function star(leaves: number) {
  const nodes = [{ key: 'leaf-a' }, { key: 'hub' }, ...Array.from({ length: leaves }, (_, at) => ({ key: `n${at}` }))];
  const edges = Array.from({ length: leaves }, (_, at) => ({ source: 'hub', target: `n${at}` }));
  edges.push({ source: 'leaf-a', target: 'n0' });
  return { nodes, edges };
}

describe('planStages', () => {
  it('puts the most connected first, pinned nodes before them, and each link in the stage of its later end', () => {
    const graph = star(6);
    const stages = planStages(graph, { first: 2, chunk: 3, pinned: new Set(['n5']) });
    const keys = stages.map((stage) => stage.nodes.map((at) => graph.nodes[at].key));
    // n5 pinned, then the hub (degree 6), then n0 (degree 2), then the rest in the list's order.
    expect(keys).toEqual([
      ['n5', 'hub'],
      ['n0', 'leaf-a', 'n1'],
      ['n2', 'n3', 'n4'],
    ]);
    const arrived = new Set<string>();
    for (const [at, stage] of stages.entries()) {
      for (const node of keys[at]) arrived.add(node);
      for (const edge of stage.edges) {
        expect(arrived.has(graph.edges[edge].source)).toBe(true);
        expect(arrived.has(graph.edges[edge].target)).toBe(true);
      }
    }
    // Every link once, at the first stage that has both its ends.
    expect(stages.flatMap((stage) => stage.edges).sort((a, b) => a - b)).toEqual(graph.edges.map((_edge, at) => at));
    expect(stages[0].edges.map((at) => graph.edges[at].target)).toEqual(['n5']);
  });

  it('has one stage for an empty or small graph, and above 20,000 nodes two: the most connected tenth, then the rest', () => {
    expect(planStages({ nodes: [], edges: [] }, { first: 5, chunk: 5 })).toEqual([{ nodes: [], edges: [] }]);
    expect(planLoadStages(star(10))).toHaveLength(1);
    const large = star(STAGED_FROM + 10_000);
    const stages = planLoadStages(large);
    expect(stages.map((stage) => stage.nodes.length)).toEqual([5_000, 25_002]);
    expect(stages.reduce((sum, stage) => sum + stage.edges.length, 0)).toBe(large.edges.length);
    expect(new Set(stages.flatMap((stage) => stage.nodes)).size).toBe(large.nodes.length);
  });
});

describe('completeSerializedGraph', () => {
  it('fills what assignViewerDefaults fills on the imported graph: names, kinds, lists, spiral places, sizes by degree', () => {
    const bare = {
      attributes: {},
      options: { type: 'mixed' as const, multi: true, allowSelfLoops: true },
      nodes: [{ key: 'a', attributes: { label: 'A', x: 1, y: 2 } }, { key: 'b' }, { key: 'c', attributes: { type: 'square' } }],
      edges: [
        { source: 'a', target: 'b' },
        { source: 'a', target: 'c', attributes: { type: 'curve' } },
      ],
    };
    const imported = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    imported.import(structuredClone(bare));
    const expected = assignViewerDefaults(imported);
    const serialized = structuredClone(bare);
    expect(completeSerializedGraph(serialized)).toBe(expected.unplaced);
    const completed = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    completed.import(serialized);
    // Link keys aside (graphology numbers keyless links by a counter of its own).
    const withoutKeys = (graph: Graph) => {
      const { edges, ...rest } = graph.export();
      return { ...rest, edges: edges.map(({ key: _key, ...edge }) => edge) };
    };
    expect(withoutKeys(completed)).toEqual(withoutKeys(imported));
  });

  it('leaves a landscape bundle as it is', () => {
    const dataset = generateLandscape({ nodes: 300, seed: 2 });
    const positions = Object.fromEntries(dataset.entities.map((entity, at): [string, [number, number]] => [entity.id, [at, -at]]));
    const bundle = computeBundle(dataset, positions);
    const before = JSON.stringify(bundle.graph);
    completeSerializedGraph(bundle.graph as never);
    expect(JSON.stringify(bundle.graph)).toBe(before);
  });
});
