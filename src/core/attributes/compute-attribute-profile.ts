// Reads a graph's own node attributes and says what each can be in the viewer: a categorical facet (lists and
// separated strings split, the separator found and reported), a numeric range with a histogram, a boolean
// toggle, or left out with the reason (one value, a different value on every node, none). Rules for odd values,
// also in src/core/io/FORMATS.md: NaN and ±Infinity are counted as invalid and left out of numeric ranges;
// empty strings are no value; mixed types (numbers and text) are categorical on their text; whole numbers with
// at most 20 distinct values are classes (categorical, marked numeric), other numbers are ranges.
import type Graph from 'graphology';
import { DEFAULT_PROFILE_OPTIONS, type AttributeProfile, type ProfileOptions } from './types.js';

/** Attributes the viewer reads itself: drawn or already a facet, never profiled. */
export const RESERVED_ATTRIBUTES = new Set([
  'x',
  'y',
  'size',
  'color',
  'label',
  'kind',
  'nameZh',
  'nameEn',
  'aliases',
  'sources',
  'modalities',
  'tracks',
  'businessModels',
  'markets',
  'companies',
  'type',
  'hidden',
  'forceLabel',
  'zIndex',
]);

const SEPARATORS = [',', ';', '|'] as const;
const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

export function computeAttributeProfiles(graph: Graph, options: Partial<ProfileOptions> = {}): AttributeProfile[] {
  const settings = { ...DEFAULT_PROFILE_OPTIONS, ...options };
  const values = new Map<string, unknown[]>();
  graph.forEachNode((_node, attributes) => {
    for (const name in attributes) {
      if (!Object.hasOwn(attributes, name) || RESERVED_ATTRIBUTES.has(name)) continue;
      const value = attributes[name];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      let list = values.get(name);
      if (!list) values.set(name, (list = []));
      list.push(value);
    }
  });
  return [...values]
    .map(([name, list]) => profileOf(name, list, settings))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function profileOf(name: string, list: unknown[], settings: ProfileOptions): AttributeProfile {
  const count = list.length;
  if (list.every((value) => typeof value === 'boolean' || (typeof value === 'string' && /^(true|false)$/i.test(value.trim())))) {
    const trueCount = list.filter((value) => value === true || (typeof value === 'string' && value.trim().toLowerCase() === 'true')).length;
    return { name, count, role: 'boolean', trueCount, falseCount: count - trueCount };
  }
  if (list.every((value) => typeof value === 'number' || (typeof value === 'string' && NUMERIC_TEXT.test(value)))) {
    const numbers = list.map(Number);
    // Whole numbers with few values name groups (Gephi's modularity_class 0…8): categorical, still usable as numbers.
    if (numbers.every(Number.isInteger) && new Set(numbers).size <= settings.maxClasses) {
      const profile = categoricalProfile(name, numbers.map(String), settings);
      return profile.role === 'categorical' ? { ...profile, numeric: true } : profile;
    }
    return numericProfile(name, numbers, settings);
  }
  return categoricalProfile(name, list, settings);
}

function numericProfile(name: string, numbers: number[], settings: ProfileOptions): AttributeProfile {
  const finite = numbers.filter(Number.isFinite);
  const invalid = numbers.length - finite.length;
  if (finite.length === 0) return { name, count: numbers.length, role: 'left-out', reason: 'no-values' };
  let min = Infinity;
  let max = -Infinity;
  for (const value of finite) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  if (min === max) return { name, count: numbers.length, role: 'left-out', reason: 'one-value' };
  const histogram = new Array<number>(settings.bins).fill(0);
  for (const value of finite) histogram[Math.min(settings.bins - 1, Math.floor(((value - min) / (max - min)) * settings.bins))]++;
  return { name, count: numbers.length, role: 'numeric', min, max, integer: finite.every(Number.isInteger), histogram, invalid };
}

function categoricalProfile(name: string, list: unknown[], settings: ProfileOptions): AttributeProfile {
  const count = list.length;
  const texts = list.filter((value) => !Array.isArray(value)).map((value) => (typeof value === 'string' ? value : JSON.stringify(value)));
  const hasLists = texts.length < list.length;
  const separator = hasLists ? undefined : detectSeparator(texts);
  const counts = new Map<string, number>();
  const add = (value: string) => {
    const clean = value.trim();
    if (clean !== '') counts.set(clean, (counts.get(clean) ?? 0) + 1);
  };
  for (const value of list) {
    if (Array.isArray(value)) for (const item of new Set(value.map(String))) add(item);
    else if (separator) for (const item of new Set(String(value).split(separator))) add(item);
    else add(typeof value === 'string' ? value : JSON.stringify(value));
  }
  const multiValued = hasLists || separator !== undefined;
  if (counts.size <= 1) return { name, count, role: 'left-out', reason: counts.size === 0 ? 'no-values' : 'one-value' };
  if (!multiValued && counts.size === count && count > settings.uniqueAbove)
    return { name, count, role: 'left-out', reason: 'unique-per-node' };
  const values = [...counts]
    .map(([value, n]) => ({ value, count: n }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { name, count, role: 'categorical', values, multiValued, ...(separator ? { separator } : {}) };
}

/**
 * The separator of list-like strings ("pop, dance pop"): the candidate in at least a third of the values whose
 * split gives at least 1.3 items per value on average and repeats its items (distinct items ≤ half of all
 * items); undefined when none does, so names with a comma ("Smith, John") stay whole.
 */
function detectSeparator(texts: string[]): string | undefined {
  let best: { separator: string; repeats: number } | undefined;
  for (const separator of SEPARATORS) {
    const containing = texts.filter((text) => text.includes(separator)).length;
    if (containing < texts.length / 3) continue;
    const items = texts.flatMap((text) =>
      text
        .split(separator)
        .map((item) => item.trim())
        .filter(Boolean),
    );
    const distinct = new Set(items).size;
    if (items.length < texts.length * 1.3 || distinct > items.length / 2) continue;
    const repeats = items.length / distinct;
    if (!best || repeats > best.repeats) best = { separator, repeats };
  }
  return best?.separator;
}

/** Names that tools give the attribute that groups nodes (Gephi's modularity_class…): preferred for a palette. */
const GROUPING_NAME = /modularity|community|class|cluster|group|categor|type|kind|genre|department|party/i;

/**
 * The categorical attribute to colour a graph without colours by: 2–20 values on at least half of the nodes,
 * a grouping name first, then the widest coverage, then the fewest values. Undefined when none qualifies.
 */
export function chooseColorAttribute(profiles: readonly AttributeProfile[], order: number): string | undefined {
  const candidates = profiles.filter(
    (profile): profile is Extract<AttributeProfile, { role: 'categorical' }> =>
      profile.role === 'categorical' &&
      !profile.multiValued &&
      profile.values.length >= 2 &&
      profile.values.length <= 20 &&
      profile.count >= order / 2,
  );
  candidates.sort(
    (a, b) =>
      Number(GROUPING_NAME.test(b.name)) - Number(GROUPING_NAME.test(a.name)) || b.count - a.count || a.values.length - b.values.length,
  );
  return candidates[0]?.name;
}
