// Guards of the fast paths that read libraries' private details: graphology's node table (pinned 0.26) and zod's
// schema definitions (pinned 4.x). Each fails when the detail it relies on changes, so an upgrade that silently
// turns a fast path off (or on wrongly) is caught here; plus the validation → build hand-over of relation ends.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { buildGraph, type LandscapeGraph } from '../../src/core/graph/index.js';
import { prepareAdjacency } from '../../src/core/graph/graphology-internals.js';
import { numberNodes } from '../../src/core/graph/number-nodes.js';
import { compileCanonicalCheck } from '../../src/core/records/canonical.js';
import { entitySchema, relationSchema, validateDataset } from '../../src/core/records/index.js';
import { renderDatasetInput, generateLandscape } from '../../src/core/synth/index.js';

describe('zod: the canonical fast path reads the zod in use', () => {
  it('takes canonical entities and relations as they are (false everywhere would mean it stopped applying)', () => {
    const cite = { source: 'rep', section: 's', quote: 'q' };
    expect(compileCanonicalCheck(entitySchema)({ id: 'company:x', name: { zh: '甲', en: 'X' }, sources: [cite] })).toBe(true);
    expect(compileCanonicalCheck(relationSchema)({ from: 'product:p', type: 'developed_by', to: 'company:c', sources: [cite] })).toBe(true);
  });
});

describe('validation hands its relation ends to the graph build', () => {
  const dataset = generateLandscape({ nodes: 200, seed: 3 });
  const validated = validateDataset(renderDatasetInput(dataset));

  it('the build uses them while they describe the records', () => {
    const { entities, relations } = validated.dataset;
    expect(numberNodes(entities, relations, validated.ends).ids).toBe(validated.ends.ids);
    expect(buildGraph(validated.dataset, {}, validated.ends).export()).toEqual(buildGraph(validated.dataset).export());
  });

  it('numbers afresh when the records changed after validation', () => {
    const changed = { ...validated.dataset, relations: validated.dataset.relations.slice(1) };
    const numbered = numberNodes(changed.entities, changed.relations, validated.ends);
    expect(numbered.ids).not.toBe(validated.ends.ids);
    expect(buildGraph(changed, {}, validated.ends).size).toBe(changed.relations.length);
  });
});

describe('graphology: prepareAdjacency (neighbour tables as dictionaries before the edges go in)', () => {
  const answers = (graph: LandscapeGraph) =>
    graph.mapNodes((node) => [
      node,
      graph.outNeighbors(node),
      graph.inNeighbors(node),
      graph.outEdges(node),
      graph.inEdges(node),
      graph.degree(node),
      graph.outNeighbors(node).map((target) => graph.hasDirectedEdge(node, target)),
    ]);

  it('applies to the graphology in use', () => {
    expect(prepareAdjacency(new Graph({ type: 'directed', multi: true }))).toBe(true);
  });

  it('changes nothing a prepared graph answers, also after edges and nodes are dropped', () => {
    const prepared = buildGraph(generateLandscape({ nodes: 400, seed: 4 }));
    const plain = Graph.from(prepared.export()) as LandscapeGraph;
    expect(prepared.export()).toEqual(plain.export());
    expect(answers(prepared)).toEqual(answers(plain));
    for (const graph of [prepared, plain]) {
      graph.dropEdge(graph.edges()[7]);
      graph.dropNode(graph.nodes()[20]);
      graph.addDirectedEdgeWithKey('extra', graph.nodes()[30], graph.nodes()[31], {
        relation: 'related_to',
        label: 'x',
        sources: [],
        size: 1,
        color: '#000',
      });
    }
    expect(prepared.export()).toEqual(plain.export());
    expect(answers(prepared)).toEqual(answers(plain));
  });
});
