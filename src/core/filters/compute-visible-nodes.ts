// Which nodes a filter shows: those failing no facet (inside the ego neighbourhood, if any), then,
// when isolated nodes are hidden, only those keeping a visible neighbour. Takes the graph, or its
// filter index when the caller filters the same graph again and again (the viewer).
import { NodeSubset } from './node-subset.js';
import { computeEgoMask, indexOf, prepareFilter, type IndexOrGraph } from './prepare-filter.js';
import type { EgoFilter, FilterState } from './types.js';

/** Nodes within `depth` hops of the centre, over edges in both directions; empty when the centre is unknown. */
export function computeEgoNodes(source: IndexOrGraph, ego: EgoFilter): NodeSubset {
  const index = indexOf(source);
  return new NodeSubset(index, computeEgoMask(index, ego));
}

export function computeVisibleNodes(source: IndexOrGraph, filter: FilterState): NodeSubset {
  const { index, masks, centre } = prepareFilter(indexOf(source), filter);
  const order = index.ids.length;
  const visible = new Uint8Array(order);
  for (let node = 0; node < order; node++) if (masks[node] === 0) visible[node] = 1;
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
