// A filter's facet selections as flags over the index's value numbers, and the test of one node
// against them: a bit mask of the facets it fails (bit i: FILTER_FACETS[i]).
import { createFilterIndex, type FilterIndex } from './filter-index.js';
import type { FilterableGraph } from './facet-values.js';
import { FILTER_FACETS, type FilterState } from './types.js';

export type IndexOrGraph = FilterIndex | FilterableGraph;

export function indexOf(source: IndexOrGraph): FilterIndex {
  return 'columns' in source && 'adjacency' in source ? (source as FilterIndex) : createFilterIndex(source as FilterableGraph);
}

/** Per facet: null when off, else 1 for each selected value number (unknown values select nothing). */
export type FacetSelections = (Uint8Array | null)[];

export function facetSelections(index: FilterIndex, filter: FilterState): FacetSelections {
  return FILTER_FACETS.map((facet) => {
    if (filter[facet].length === 0) return null;
    const column = index.columns[facet];
    const flags = new Uint8Array(column.values.length);
    for (const value of filter[facet]) {
      const number = column.valueNumbers.get(value);
      if (number !== undefined) flags[number] = 1;
    }
    return flags;
  });
}

export function failedFacets(index: FilterIndex, selections: FacetSelections, node: number): number {
  let mask = 0;
  for (let facet = 0; facet < selections.length; facet++) {
    const flags = selections[facet];
    if (!flags) continue;
    const { offsets, items } = index.columns[FILTER_FACETS[facet]];
    let hit = false;
    for (let at = offsets[node]; at < offsets[node + 1] && !hit; at++) hit = flags[items[at]] === 1;
    if (!hit) mask |= 1 << facet;
  }
  return mask;
}
