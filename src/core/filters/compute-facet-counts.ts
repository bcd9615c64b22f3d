// Live facet counts, the usual faceted-search semantics: for value v of facet F, the number of nodes
// with v that would be visible if v were switched on in F, the other facets as they are. A node
// counts towards F when it fails no facet but F: one pass per facet over the prepared masks.
// When isolated nodes are hidden, the adjacency list tells which of those nodes keep a neighbour.
import { indexOf, OUTSIDE, prepareFilter, type IndexOrGraph, type PreparedFilter } from './prepare-filter.js';
import { FILTER_FACETS, type FacetCounts, type FilterState } from './types.js';

export function emptyFacetCounts(): FacetCounts {
  return Object.fromEntries(FILTER_FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
}

const passesExcept = (mask: number, bit: number) => mask !== OUTSIDE && (mask & ~bit) === 0;

export function computeFacetCounts(source: IndexOrGraph, filter: FilterState): FacetCounts {
  const prepared = prepareFilter(indexOf(source), filter);
  const tallies = filter.hideIsolated ? tallyKeepingNeighbours(prepared) : tallyAll(prepared);
  const counts = emptyFacetCounts();
  FILTER_FACETS.forEach((facet, facetIndex) => {
    const { values } = prepared.index.columns[facet];
    const out = counts[facet];
    tallies[facetIndex].forEach((count, value) => {
      if (count > 0) out.set(values[value], count);
    });
  });
  return counts;
}

/** Per facet, by value number: the nodes that fail no facet but (maybe) this one. */
function tallyAll({ index, masks }: PreparedFilter): Int32Array[] {
  return FILTER_FACETS.map((facet, facetIndex) => {
    const bit = 1 << facetIndex;
    const { values, offsets, items } = index.columns[facet];
    const tally = new Int32Array(values.length);
    for (let node = 0; node < masks.length; node++) {
      const mask = masks[node];
      if (mask !== 0 && mask !== bit) continue;
      for (let at = offsets[node]; at < offsets[node + 1]; at++) tally[items[at]]++;
    }
    return tally;
  });
}

function tallyKeepingNeighbours({ index, filter, masks, centre }: PreparedFilter): Int32Array[] {
  const { offsets: near, targets } = index.adjacency;
  return FILTER_FACETS.map((facet, facetIndex) => {
    const bit = 1 << facetIndex;
    const { values, offsets, items } = index.columns[facet];
    const tally = new Int32Array(values.length);
    const facetActive = filter[facet].length > 0;
    for (let node = 0; node < masks.length; node++) {
      if (!passesExcept(masks[node], bit) || offsets[node] === offsets[node + 1]) continue;
      const counted = node === centre ? items.subarray(offsets[node], offsets[node + 1]) : valuesWithVisibleNeighbour(node);
      for (const value of counted) tally[value]++;
    }
    return tally;

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
}
