// The part of a graph to export: the given nodes and the edges between them, attributes copied.
import type Graph from 'graphology';
import subgraph from 'graphology-operators/subgraph.js';

export function computeSubgraph<G extends Graph>(graph: G, nodes: ReadonlySet<string> | readonly string[]): G {
  return subgraph(graph, nodes instanceof Set ? nodes : new Set(nodes)) as G;
}
