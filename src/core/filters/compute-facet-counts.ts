// Live facet counts, the usual faceted-search semantics: for value v of facet F, the number of nodes
// with v that would be visible if v were switched on in F, the other facets as they are. A node
// counts towards F when it fails no facet but F: one pass per facet over the prepared masks.
// When isolated nodes are hidden, the adjacency list tells which of those nodes keep a neighbour.
// The graph's own attributes are counted the same way (their conditions have bits of their own).
import { binOf } from '../attributes/index.js';
import type { FacetColumn } from './filter-index.js';
import { attributeBit, indexOf, OUTSIDE, prepareFilter, type IndexOrGraph, type PreparedFilter } from './prepare-filter.js';
import { FILTER_FACETS, MAX_ATTRIBUTE_CONDITIONS, type AttributeCounts, type FacetCounts, type FilterState } from './types.js';

export function emptyFacetCounts(): FacetCounts {
  return Object.fromEntries(FILTER_FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
}

const passesExcept = (mask: number, bit: number) => mask !== OUTSIDE && (mask & ~bit) === 0;

export function computeFacetCounts(source: IndexOrGraph, filter: FilterState): FacetCounts {
  const prepared = prepareFilter(indexOf(source), filter);
  const counts = emptyFacetCounts();
  FILTER_FACETS.forEach((facet, facetIndex) => {
    const column = prepared.index.columns[facet];
    const tally = tallyColumn(prepared, column, 1 << facetIndex, filter[facet].length > 0);
    const out = counts[facet];
    tally.forEach((count, value) => {
      if (count > 0) out.set(column.values[value], count);
    });
  });
  return counts;
}

/**
 * Live counts of every filterable attribute of the index: a categorical one's values as a facet's, a numeric one's
 * histogram over the nodes that pass every other condition (and, with isolated nodes hidden, keep a neighbour that
 * does too).
 */
export function computeAttributeCounts(source: IndexOrGraph, filter: FilterState): AttributeCounts {
  const prepared = prepareFilter(indexOf(source), filter);
  const conditions = (filter.attributes ?? []).slice(0, MAX_ATTRIBUTE_CONDITIONS);
  const out: AttributeCounts = new Map();
  for (const [name, column] of prepared.index.attributes) {
    const position = conditions.findIndex((condition) => condition.name === name);
    const bit = position < 0 ? 0 : attributeBit(position);
    if (column.kind === 'values') {
      const values = new Map<string, number>();
      tallyColumn(prepared, column.column, bit, position >= 0).forEach((count, value) => {
        if (count > 0) values.set(column.column.values[value], count);
      });
      out.set(name, { values });
    } else {
      const bins = column.profile.histogram.length;
      const histogram = new Array<number>(bins).fill(0);
      const keeps = keepsNeighbour(prepared, bit);
      const { numbers } = column;
      for (let node = 0; node < numbers.length; node++) {
        if (!passesExcept(prepared.masks[node], bit) || !keeps(node)) continue;
        const at = binOf(column.profile, numbers[node], bins);
        if (at >= 0) histogram[at]++;
      }
      out.set(name, { histogram });
    }
  }
  return out;
}

/** Whether a node passing all but `bit` keeps its place when isolated nodes are hidden: always when they are shown. */
function keepsNeighbour({ index, filter, masks, centre }: PreparedFilter, bit: number): (node: number) => boolean {
  if (!filter.hideIsolated) return () => true;
  const { offsets, targets } = index.adjacency;
  return (node) => {
    if (node === centre) return true;
    for (let at = offsets[node]; at < offsets[node + 1]; at++)
      if (targets[at] === centre || passesExcept(masks[targets[at]], bit)) return true;
    return false;
  };
}

/** By value number: the nodes that fail nothing but (maybe) `bit` and have the value. */
function tallyColumn(prepared: PreparedFilter, column: FacetColumn, bit: number, active: boolean): Int32Array {
  return prepared.filter.hideIsolated ? tallyKeepingNeighbours(prepared, column, bit, active) : tallyAll(prepared, column, bit);
}

function tallyAll({ masks }: PreparedFilter, { values, offsets, items }: FacetColumn, bit: number): Int32Array {
  const tally = new Int32Array(values.length);
  for (let node = 0; node < masks.length; node++) {
    const mask = masks[node];
    if (mask !== 0 && mask !== bit) continue;
    for (let at = offsets[node]; at < offsets[node + 1]; at++) tally[items[at]]++;
  }
  return tally;
}

function tallyKeepingNeighbours(
  { index, masks, centre }: PreparedFilter,
  { values, offsets, items }: FacetColumn,
  bit: number,
  facetActive: boolean,
): Int32Array {
  const { offsets: near, targets } = index.adjacency;
  const tally = new Int32Array(values.length);
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
}
