// Live facet counts, the usual faceted-search semantics: for value v of facet F, the number of nodes
// with v that would be visible if v were switched on in F, the other facets as they are.
// One pass over the nodes computes a bit mask of the facets each fails; when isolated nodes are
// hidden, the adjacency list tells which of those nodes keep a neighbour.
import { computeEgoMask } from './compute-visible-nodes.js';
import { facetSelections, failedFacets, indexOf, type IndexOrGraph } from './facet-selection.js';
import { FILTER_FACETS, type FacetCounts, type FilterState } from './types.js';

/** Mask of a node outside the ego neighbourhood: it fails everything. */
const OUTSIDE = -1;

export function emptyFacetCounts(): FacetCounts {
  return Object.fromEntries(FILTER_FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
}

const passesExcept = (mask: number, bit: number) => mask !== OUTSIDE && (mask & ~bit) === 0;

export function computeFacetCounts(source: IndexOrGraph, filter: FilterState): FacetCounts {
  const index = indexOf(source);
  const order = index.ids.length;
  const selections = facetSelections(index, filter);
  const ego = filter.ego ? computeEgoMask(index, filter.ego) : null;
  const centre = filter.ego ? (index.indexOf.get(filter.ego.id) ?? -1) : -1;

  // Bit i set: the node fails facet i. The centre fails nothing: it is always shown.
  const masks = new Int32Array(order);
  for (let node = 0; node < order; node++) {
    if (ego && !ego[node]) masks[node] = OUTSIDE;
    else if (node !== centre) masks[node] = failedFacets(index, selections, node);
  }

  const { offsets: near, targets } = index.adjacency;
  const counts = emptyFacetCounts();
  FILTER_FACETS.forEach((facet, facetIndex) => {
    const bit = 1 << facetIndex;
    const { values, offsets, items } = index.columns[facet];
    const tally = new Int32Array(values.length);
    const facetActive = selections[facetIndex] !== null;
    for (let node = 0; node < order; node++) {
      if (!passesExcept(masks[node], bit) || offsets[node] === offsets[node + 1]) continue;
      if (!filter.hideIsolated || node === centre) {
        for (let at = offsets[node]; at < offsets[node + 1]; at++) tally[items[at]]++;
      } else {
        for (const value of valuesWithVisibleNeighbour(node)) tally[value]++;
      }
    }
    const out = counts[facet];
    tally.forEach((count, value) => {
      if (count > 0) out.set(values[value], count);
    });

    // With v on, the node stays visible iff some other neighbour is visible too: the centre, a node
    // visible now (when F is active, switching v on keeps it), or a node passing the rest that has v.
    function valuesWithVisibleNeighbour(node: number): Iterable<number> {
      const own = items.subarray(offsets[node], offsets[node + 1]);
      const hit = new Set<number>();
      const wanted = new Set(own).size;
      for (let at = near[node]; at < near[node + 1]; at++) {
        const neighbor = targets[at];
        const neighborMask = masks[neighbor];
        if (neighbor === centre || (facetActive && neighborMask === 0)) return own;
        if (!passesExcept(neighborMask, bit)) continue;
        for (let item = offsets[neighbor]; item < offsets[neighbor + 1]; item++) {
          if (own.includes(items[item])) hit.add(items[item]);
        }
        if (hit.size === wanted) return own;
      }
      return hit;
    }
  });
  return counts;
}
