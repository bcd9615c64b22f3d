// Facet lists for a graph that has none (an imported file): from its direct relations — in_modality, in_track,
// business_model, targets_market, developed_by — with the same table the graph build uses.
import type Graph from 'graphology';
import { FACETS, FACET_KIND, FACET_RELATION, type NodeFacets } from '../graph/index.js';

type Facet = keyof NodeFacets;

/** Fills the facet lists from relations when no node of the graph has any; mutates the graph. */
export function assignDerivedFacets(graph: Graph): void {
  let present = false;
  graph.forEachNode((_node, attributes) => {
    if (FACETS.some((facet) => Array.isArray(attributes[facet]) && attributes[facet].length > 0)) present = true;
  });
  if (present) return;
  const lists = new Map<string, Record<Facet, Set<string>>>();
  const listOf = (node: string) => {
    let entry = lists.get(node);
    if (!entry)
      lists.set(node, (entry = Object.fromEntries(FACETS.map((facet) => [facet, new Set<string>()])) as Record<Facet, Set<string>>));
    return entry;
  };
  graph.forEachNode((node, attributes) => {
    for (const facet of FACETS) if (attributes.kind === FACET_KIND[facet]) listOf(node)[facet].add(node);
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    for (const facet of FACETS) {
      if (attributes.relation === FACET_RELATION[facet] && graph.getNodeAttribute(target, 'kind') === FACET_KIND[facet]) {
        listOf(source)[facet].add(target);
      }
    }
  });
  graph.updateEachNodeAttributes((node, attributes) => {
    const entry = lists.get(node);
    if (!entry) return attributes;
    return { ...attributes, ...Object.fromEntries(FACETS.map((facet) => [facet, [...entry[facet]]])) };
  });
}
