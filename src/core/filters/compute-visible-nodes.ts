// Which nodes a filter shows: facets checked on the index's value numbers, then the neighbourhood of
// the ego node (BFS), then hiding nodes left without a visible neighbour. Takes the graph, or its
// filter index when the caller filters the same graph again and again (the viewer).
import { facetSelections, failedFacets, indexOf, type IndexOrGraph } from './facet-selection.js';
import type { FilterIndex } from './filter-index.js';
import { NodeSubset } from './node-subset.js';
import { clampEgoDepth } from './normalize-filter.js';
import type { EgoFilter, FilterState } from './types.js';

/** Nodes within `depth` hops of the centre, over edges in both directions; empty when the centre is unknown. */
export function computeEgoNodes(source: IndexOrGraph, ego: EgoFilter): NodeSubset {
  const index = indexOf(source);
  return new NodeSubset(index, computeEgoMask(index, ego));
}

/** The ego neighbourhood as a mask (1 = inside) by node number. */
export function computeEgoMask(index: FilterIndex, ego: EgoFilter): Uint8Array {
  const inside = new Uint8Array(index.ids.length);
  const centre = index.indexOf.get(ego.id);
  if (centre === undefined) return inside;
  const { offsets, targets } = index.adjacency;
  inside[centre] = 1;
  let frontier = [centre];
  const depth = clampEgoDepth(ego.depth);
  for (let hop = 0; hop < depth && frontier.length > 0; hop++) {
    const next: number[] = [];
    for (const node of frontier) {
      for (let at = offsets[node]; at < offsets[node + 1]; at++) {
        const neighbor = targets[at];
        if (inside[neighbor]) continue;
        inside[neighbor] = 1;
        next.push(neighbor);
      }
    }
    frontier = next;
  }
  return inside;
}

export function computeVisibleNodes(source: IndexOrGraph, filter: FilterState): NodeSubset {
  const index = indexOf(source);
  const order = index.ids.length;
  const selections = facetSelections(index, filter);
  const ego = filter.ego ? computeEgoMask(index, filter.ego) : null;
  const centre = filter.ego ? (index.indexOf.get(filter.ego.id) ?? -1) : -1;
  const visible = new Uint8Array(order);
  for (let node = 0; node < order; node++) {
    if (ego && !ego[node]) continue;
    if (node !== centre && failedFacets(index, selections, node) !== 0) continue;
    visible[node] = 1;
  }
  if (!filter.hideIsolated) return new NodeSubset(index, visible);

  // A node keeps its place if a link joins it to another visible node.
  const { offsets, targets } = index.adjacency;
  const kept = new Uint8Array(order);
  for (let node = 0; node < order; node++) {
    if (!visible[node]) continue;
    if (node === centre) {
      kept[node] = 1;
      continue;
    }
    for (let at = offsets[node]; at < offsets[node + 1]; at++) {
      if (visible[targets[at]]) {
        kept[node] = 1;
        break;
      }
    }
  }
  return new NodeSubset(index, kept);
}
