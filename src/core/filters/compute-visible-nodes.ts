// Which nodes a filter shows: facets with set look-ups on the precomputed arrays (no graph walk),
// then the neighbourhood of the ego node (BFS), then hiding nodes left without a visible neighbour.
import { facetValuesOf, matchesAny, type FilterableGraph } from './facet-values.js';
import { clampEgoDepth } from './normalize-filter.js';
import { FILTER_FACETS, type EgoFilter, type FilterFacet, type FilterState } from './types.js';

/** Nodes within `depth` hops of the centre, over edges in both directions; empty when the centre is unknown. */
export function computeEgoNodes(graph: FilterableGraph, ego: EgoFilter): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(ego.id)) return seen;
  seen.add(ego.id);
  let frontier = [ego.id];
  const depth = clampEgoDepth(ego.depth);
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachNeighbor(node, (neighbor) => {
        if (seen.has(neighbor)) return;
        seen.add(neighbor);
        next.push(neighbor);
      });
    }
    frontier = next;
  }
  return seen;
}

/** The active facets of a filter with their selections as sets. */
export function activeFacets(filter: FilterState): [FilterFacet, Set<string>][] {
  return FILTER_FACETS.filter((facet) => filter[facet].length > 0).map((facet) => [facet, new Set(filter[facet])]);
}

export function computeVisibleNodes(graph: FilterableGraph, filter: FilterState): Set<string> {
  const active = activeFacets(filter);
  const ego = filter.ego ? computeEgoNodes(graph, filter.ego) : null;
  const centre = ego && ego.size > 0 ? filter.ego!.id : null;
  const visible = new Set<string>();
  graph.forEachNode((node, attributes) => {
    if (ego && !ego.has(node)) return;
    if (node !== centre) {
      for (const [facet, selected] of active) if (!matchesAny(facetValuesOf(attributes, facet), selected)) return;
    }
    visible.add(node);
  });
  if (!filter.hideIsolated) return visible;

  // One pass over the edges: a node keeps its place if some edge joins it to another visible node.
  const linked = new Set<string>();
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target || !visible.has(source) || !visible.has(target)) return;
    linked.add(source);
    linked.add(target);
  });
  for (const node of [...visible]) if (node !== centre && !linked.has(node)) visible.delete(node);
  return visible;
}
