// The one entry point for filter input: fills defaults, removes duplicates and clamps the depth,
// so the compute functions can trust what they get.
import { EMPTY_FILTER, FILTER_FACETS, MAX_EGO_DEPTH, MIN_EGO_DEPTH, SCOPES, type FilterState } from './types.js';

export function clampEgoDepth(depth: number): number {
  if (!Number.isFinite(depth)) return MIN_EGO_DEPTH;
  return Math.min(MAX_EGO_DEPTH, Math.max(MIN_EGO_DEPTH, Math.round(depth)));
}

export function normalizeFilter(input: Partial<FilterState> = {}): FilterState {
  const filter: FilterState = {
    ...EMPTY_FILTER,
    ego: null,
    hideIsolated: input.hideIsolated === true,
    scope: SCOPES.includes(input.scope as never) ? input.scope! : EMPTY_FILTER.scope,
  };
  for (const facet of FILTER_FACETS) filter[facet] = [...new Set((input[facet] ?? []).filter((value) => typeof value === 'string'))];
  const time = input.time;
  if (time && Number.isSafeInteger(time.from) && Number.isSafeInteger(time.until) && time.from <= time.until) {
    filter.time = { from: time.from, until: time.until, undated: time.undated === 'hide' ? 'hide' : 'keep' };
  }
  if (input.ego && typeof input.ego.id === 'string' && input.ego.id !== '') {
    filter.ego = { id: input.ego.id, depth: clampEgoDepth(input.ego.depth) };
  }
  return filter;
}

/**
 * True when no facet, neighbourhood or isolated-node filter is on: "clear all" has nothing to clear. The scope is
 * aside: with a primary source in the index, `primary` still hides the other sources' rows.
 */
export function isEmptyFilter(filter: FilterState): boolean {
  return FILTER_FACETS.every((facet) => filter[facet].length === 0) && filter.ego === null && !filter.hideIsolated && !filter.time;
}

/** The filter with one facet value switched on or off. */
export function toggleFacetValue(filter: FilterState, facet: (typeof FILTER_FACETS)[number], value: string): FilterState {
  const values = filter[facet];
  const next = values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
  return { ...filter, [facet]: next };
}
