// The one entry point for filter input: fills defaults, removes duplicates and clamps the depth,
// so the compute functions can trust what they get.
import {
  EMPTY_FILTER,
  FILTER_FACETS,
  MAX_ATTRIBUTE_CONDITIONS,
  MAX_EGO_DEPTH,
  MIN_EGO_DEPTH,
  SCOPES,
  type AttributeCondition,
  type FilterState,
} from './types.js';

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
  filter.attributes = normalizeAttributeConditions(input.attributes);
  if (input.ego && typeof input.ego.id === 'string' && input.ego.id !== '') {
    filter.ego = { id: input.ego.id, depth: clampEgoDepth(input.ego.depth) };
  }
  return filter;
}

/**
 * One condition per attribute name (the last given wins), none empty: a value list with values, a range with at
 * least one finite end and min ≤ max; at most MAX_ATTRIBUTE_CONDITIONS.
 */
function normalizeAttributeConditions(input: readonly AttributeCondition[] | undefined): AttributeCondition[] {
  const byName = new Map<string, AttributeCondition>();
  for (const condition of Array.isArray(input) ? input : []) {
    if (!condition || typeof condition.name !== 'string' || condition.name === '') continue;
    let clean: AttributeCondition | null = null;
    if ('values' in condition && Array.isArray(condition.values)) {
      const values = [
        ...new Set((condition.values as unknown[]).filter((value): value is string => typeof value === 'string' && value !== '')),
      ];
      if (values.length > 0) clean = { name: condition.name, values };
    } else if ('min' in condition || 'max' in condition) {
      // -0 is 0: a link writes both as "0".
      const end = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value + 0 : null);
      const min = end(condition.min);
      const max = end(condition.max);
      if ((min !== null || max !== null) && (min === null || max === null || min <= max)) clean = { name: condition.name, min, max };
    }
    byName.delete(condition.name);
    if (clean) byName.set(condition.name, clean);
  }
  return [...byName.values()].slice(0, MAX_ATTRIBUTE_CONDITIONS);
}

/**
 * True when no facet, neighbourhood, isolated-node, time, attribute or group filter is on: "clear all" has nothing to clear. The scope is
 * aside: with a primary source in the index, `primary` still hides the other sources' rows.
 */
export function isEmptyFilter(filter: FilterState): boolean {
  return (
    FILTER_FACETS.every((facet) => filter[facet].length === 0) &&
    filter.ego === null &&
    !filter.hideIsolated &&
    !filter.time &&
    (filter.attributes ?? []).length === 0 &&
    !filter.within
  );
}

/** The filter with one value of a categorical (or boolean) attribute switched on or off. */
export function toggleAttributeValue(filter: FilterState, name: string, value: string): FilterState {
  const conditions = filter.attributes ?? [];
  const current = conditions.find((condition) => condition.name === name);
  const values = current && 'values' in current ? current.values : [];
  const next = values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
  return setAttributeCondition(filter, next.length > 0 ? { name, values: next } : { name, values: [] });
}

/**
 * The filter with one attribute's condition set, in its place (a new one last); an empty condition (no values, or a
 * range open at both ends) removes it.
 */
export function setAttributeCondition(filter: FilterState, condition: AttributeCondition): FilterState {
  const conditions = filter.attributes ?? [];
  const empty = 'values' in condition ? condition.values.length === 0 : condition.min === null && condition.max === null;
  const at = conditions.findIndex((other) => other.name === condition.name);
  let next: AttributeCondition[];
  if (empty) next = conditions.filter((other) => other.name !== condition.name);
  else if (at >= 0) next = conditions.map((other, position) => (position === at ? condition : other));
  else if (conditions.length >= MAX_ATTRIBUTE_CONDITIONS) return filter;
  else next = [...conditions, condition];
  return { ...filter, attributes: next };
}

/** The filter with one facet value switched on or off. */
export function toggleFacetValue(filter: FilterState, facet: (typeof FILTER_FACETS)[number], value: string): FilterState {
  const values = filter[facet];
  const next = values.includes(value) ? values.filter((other) => other !== value) : [...values, value];
  return { ...filter, [facet]: next };
}
