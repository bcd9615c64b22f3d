// A filter read against a filter index once: for each node, a bit mask of the facets it fails (bit i:
// FILTER_FACETS[i]), OUTSIDE for nodes beyond the ego neighbourhood, the scope or the `within` group, 0 for the ego centre
// (always shown). The visible nodes and the live facet counts both start from these masks, so the viewer,
// which asks for both after each change, reads the filter once: the last one per index is kept.
import { createFilterIndex, NO_DATE, type FilterIndex } from './filter-index.js';
import type { FilterableGraph } from './facet-values.js';
import { clampEgoDepth } from './normalize-filter.js';
import {
  FILTER_FACETS,
  MAX_ATTRIBUTE_CONDITIONS,
  type AttributeCondition,
  type EgoFilter,
  type FilterState,
  type TimeFilter,
} from './types.js';

export type IndexOrGraph = FilterIndex | FilterableGraph;

/** Bit of a node outside the time window (or undated, when the window hides those): beyond the facets' bits. */
export const TIME_BIT = 1 << 30;

/** Bit of the attribute condition at `position` in FilterState.attributes: after the facets' bits. */
export function attributeBit(position: number): number {
  if (position < 0 || position >= MAX_ATTRIBUTE_CONDITIONS) throw new Error(`attribute condition ${position} has no bit`);
  return 1 << (FILTER_FACETS.length + position);
}

/** Mask of a node outside the ego neighbourhood: it fails everything. */
export const OUTSIDE = -1;

export interface PreparedFilter {
  index: FilterIndex;
  filter: FilterState;
  masks: Int32Array;
  /** Number of the ego centre, -1 without one. */
  centre: number;
}

export function indexOf(source: IndexOrGraph): FilterIndex {
  return 'columns' in source && 'adjacency' in source ? (source as FilterIndex) : createFilterIndex(source as FilterableGraph);
}

const lastPrepared = new WeakMap<FilterIndex, PreparedFilter>();

export function prepareFilter(index: FilterIndex, filter: FilterState): PreparedFilter {
  const last = lastPrepared.get(index);
  if (last?.filter === filter) return last;
  const order = index.ids.length;
  const masks = new Int32Array(order);
  FILTER_FACETS.forEach((facet, facetIndex) => {
    if (filter[facet].length === 0) return;
    const { offsets, items, valueNumbers } = index.columns[facet];
    const selected = new Uint8Array(valueNumbers.size);
    for (const value of filter[facet]) {
      const number = valueNumbers.get(value);
      if (number !== undefined) selected[number] = 1;
    }
    const bit = 1 << facetIndex;
    for (let node = 0; node < order; node++) {
      let hit = false;
      for (let at = offsets[node]; at < offsets[node + 1] && !hit; at++) hit = selected[items[at]] === 1;
      if (!hit) masks[node] |= bit;
    }
  });
  (filter.attributes ?? []).slice(0, MAX_ATTRIBUTE_CONDITIONS).forEach((condition, position) => {
    applyAttributeCondition(index, condition, attributeBit(position), masks);
  });
  const outside = filter.scope === 'primary' ? index.outsidePrimary : null;
  if (outside) for (let node = 0; node < order; node++) if (outside[node]) masks[node] = OUTSIDE;
  if (filter.time) applyTimeWindow(index, filter.time, masks);
  const { within } = filter;
  if (within && within.length !== order) throw new Error(`a node group of ${within.length} read against a graph of ${order} nodes`);
  if (within) for (let node = 0; node < order; node++) if (!within[node]) masks[node] = OUTSIDE;
  let centre = -1;
  if (filter.ego) {
    const inside = computeEgoMask(index, filter.ego);
    for (let node = 0; node < order; node++) if (!inside[node]) masks[node] = OUTSIDE;
    centre = index.indexOf.get(filter.ego.id) ?? -1;
    if (centre >= 0) masks[centre] = 0;
  }
  const prepared = { index, filter, masks, centre };
  lastPrepared.set(index, prepared);
  return prepared;
}

/** Sets `bit` on the nodes that fail the condition; a condition on an attribute the index lacks does nothing. */
function applyAttributeCondition(index: FilterIndex, condition: AttributeCondition, bit: number, masks: Int32Array): void {
  const column = index.attributes.get(condition.name);
  if (!column) return;
  if ('values' in condition) {
    if (column.kind !== 'values' || condition.values.length === 0) return;
    const { offsets, items, valueNumbers } = column.column;
    const selected = new Uint8Array(valueNumbers.size);
    for (const value of condition.values) {
      const number = valueNumbers.get(value);
      if (number !== undefined) selected[number] = 1;
    }
    for (let node = 0; node < masks.length; node++) {
      let hit = false;
      for (let at = offsets[node]; at < offsets[node + 1] && !hit; at++) hit = selected[items[at]] === 1;
      if (!hit) masks[node] |= bit;
    }
    return;
  }
  if (column.kind !== 'numbers') return;
  const { numbers } = column;
  const min = condition.min ?? -Infinity;
  const max = condition.max ?? Infinity;
  // NaN (no number) fails both comparisons' negation: `!(value >= min && value <= max)`.
  for (let node = 0; node < masks.length; node++) {
    const value = numbers[node];
    if (!(value >= min && value <= max)) masks[node] |= bit;
  }
}

/** Sets TIME_BIT on nodes outside the window; an undated node fails only when the window hides undated nodes. */
function applyTimeWindow(index: FilterIndex, time: TimeFilter, masks: Int32Array): void {
  const { first, last } = index.dates;
  const hideUndated = time.undated === 'hide';
  const { from, until } = time;
  for (let node = 0; node < masks.length; node++) {
    const start = first[node];
    if (start === NO_DATE ? hideUndated : start > until || last[node] < from) masks[node] |= TIME_BIT;
  }
}

/** The ego neighbourhood as a mask (1 = inside) by node number: BFS over links in both directions. */
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
