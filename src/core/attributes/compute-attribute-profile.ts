// Reads a graph's own node attributes and says what each can be in the viewer: a categorical facet (lists and
// separated strings split, the separator found and reported), a numeric range with a histogram, a boolean
// toggle, or left out with the reason (one value, a different value on every node, none). Rules for odd values,
// also in src/core/io/FORMATS.md: NaN and ±Infinity are counted as invalid and left out of numeric ranges;
// empty strings are no value; mixed types (numbers and text) are categorical on their text; whole numbers with
// at most 20 distinct values, each on two nodes on average or under a grouping name, are classes (categorical, marked numeric), other
// numbers are ranges.
import type Graph from 'graphology';
import { binOf, scaleOf } from './scale.js';
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

/**
 * Our own landscape's attributes that the viewer shows in its own way (descriptions, dates on the timeline, sources
 * and evidence): not profiled, so they are not offered again as attribute filters. Parameters, training compute,
 * accessibility, country and open source are profiled: they become range filters, facets and sizes.
 */
export const SHOWN_ELSEWHERE = new Set([
  'descriptionZh',
  'descriptionEn',
  'released',
  'founded',
  'dateEditorial',
  'sourceIds',
  'editorial',
  'disputed',
  'correction',
  'evidenceNote',
  'url',
]);

/** What a link carries for the viewer itself: never offered as a weight. */
const RESERVED_EDGE_ATTRIBUTES = new Set([
  'relation',
  'sources',
  'evidence',
  'color',
  'size',
  'type',
  'hidden',
  'label',
  'zIndex',
  'since',
]);

const SEPARATORS = [',', ';', '|'] as const;
const NUMERIC_TEXT = /^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i;

export function computeAttributeProfiles(graph: Graph, options: Partial<ProfileOptions> = {}): AttributeProfile[] {
  const settings = { ...DEFAULT_PROFILE_OPTIONS, ...options };
  // Per name, its values, or null for a name the viewer reads itself: one look-up per value at 100k nodes.
  // Per name, its values (in an array as long as the graph, filled from the front), or null for a name the viewer
  // reads itself. Nodes of one file list their attributes in one order: the list met at each place is remembered,
  // and a node whose names come in that order finds its lists without a map look-up (1.1M of them at 100k nodes).
  const order = graph.order;
  const lists = new Map<string, Collected | null>();
  const placeNames: string[] = [];
  const placeLists: (Collected | null)[] = [];
  graph.forEachNode((_node, attributes) => {
    let place = 0;
    for (const name in attributes) {
      let list: Collected | null | undefined;
      if (placeNames[place] === name) list = placeLists[place];
      else {
        list = lists.get(name);
        if (list === undefined) {
          const ours = !Object.hasOwn(attributes, name) || RESERVED_ATTRIBUTES.has(name) || SHOWN_ELSEWHERE.has(name);
          lists.set(name, (list = ours ? null : { values: new Array<unknown>(order), count: 0 }));
        }
        placeNames[place] = name;
        placeLists[place] = list;
      }
      place++;
      if (list === null) continue;
      const value = attributes[name];
      if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) continue;
      list.values[list.count++] = value;
    }
  });
  const values = new Map<string, unknown[]>();
  for (const [name, list] of lists) {
    if (!list || list.count === 0) continue;
    list.values.length = list.count;
    values.set(name, list.values);
  }
  return profilesOf(values, settings);
}

/** One attribute's values as they are collected: `count` of them at the front of `values`. */
interface Collected {
  values: unknown[];
  count: number;
}

/**
 * The links' own numeric attributes (a GEXF's `weight`, a CSV's `value` column…): what edge thickness can follow.
 * Only numeric profiles are returned.
 */
export function computeEdgeAttributeProfiles(graph: Graph, options: Partial<ProfileOptions> = {}): AttributeProfile[] {
  const settings = { ...DEFAULT_PROFILE_OPTIONS, ...options };
  // Names from the first links (a file declares its link attributes for all of them), then each read by name.
  const names = new Set<string>();
  let seen = 0;
  graph.someEdge((_edge, attributes) => {
    for (const name in attributes) if (Object.hasOwn(attributes, name) && !RESERVED_EDGE_ATTRIBUTES.has(name)) names.add(name);
    return ++seen >= EDGE_NAME_SAMPLE;
  });
  const named = [...names];
  const lists = named.map((): unknown[] => []);
  graph.forEachEdge((_edge, attributes) => {
    for (let at = 0; at < named.length; at++) {
      const value = attributes[named[at]];
      if (typeof value === 'number' || (typeof value === 'string' && value !== '' && NUMERIC_TEXT.test(value))) lists[at].push(value);
    }
  });
  const values = new Map<string, unknown[]>();
  named.forEach((name, at) => {
    if (lists[at].length > 0) values.set(name, lists[at]);
  });
  return profilesOf(values, { ...settings, maxClasses: 0 }).filter((profile) => profile.role === 'numeric');
}

/** Links whose attribute names are read to find the weights. */
const EDGE_NAME_SAMPLE = 1000;

function profilesOf(values: Map<string, unknown[]>, settings: ProfileOptions): AttributeProfile[] {
  return [...values]
    .map(([name, list]) => profileOf(name, list, settings))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function profileOf(name: string, list: unknown[], settings: ProfileOptions): AttributeProfile {
  const count = list.length;
  // One pass for the kind of values (plain loops: this runs over every value of a 100k-node graph).
  let booleans = true;
  let numeric = true;
  let trueCount = 0;
  for (let at = 0; at < count && (booleans || numeric); at++) {
    const value = list[at];
    if (typeof value === 'boolean') {
      numeric = false;
      if (value) trueCount++;
    } else if (typeof value === 'number') {
      booleans = false;
    } else if (typeof value === 'string') {
      if (booleans) {
        const text = value.trim().toLowerCase();
        if (text === 'true') trueCount++;
        else if (text !== 'false') booleans = false;
      }
      if (numeric && !NUMERIC_TEXT.test(value)) numeric = false;
    } else {
      booleans = false;
      numeric = false;
    }
  }
  if (booleans) return { name, count, role: 'boolean', trueCount, falseCount: count - trueCount };
  if (numeric) {
    const numbers = new Float64Array(count);
    let integers = true;
    for (let at = 0; at < count; at++) {
      const number = (numbers[at] = Number(list[at]));
      if (integers && !Number.isInteger(number)) integers = false;
    }
    // Whole numbers with few values name groups (Gephi's modularity_class 0…8): categorical, still usable as numbers.
    // Classes repeat (two nodes a class on average), or are named as groups: nine distinct follower counts on nine
    // nodes are numbers, not nine classes; modularity_class 1, 2, 1 is two classes.
    if (integers) {
      const distinct = countDistinct(numbers, settings.maxClasses);
      const grouping = distinct <= count / 2 || GROUPING_NAME.test(name);
      if (distinct <= settings.maxClasses && grouping) return classProfile(name, numbers);
    }
    return numericProfile(name, numbers, settings);
  }
  return categoricalProfile(name, list, settings);
}

/** Whole-number classes (at most maxClasses of them, so at least two: one value is left out before). */
function classProfile(name: string, numbers: Float64Array): AttributeProfile {
  const counts = new Map<number, number>();
  for (let at = 0; at < numbers.length; at++) counts.set(numbers[at], (counts.get(numbers[at]) ?? 0) + 1);
  if (counts.size <= 1) return { name, count: numbers.length, role: 'left-out', reason: 'one-value' };
  const values = [...counts]
    .map(([value, count]) => ({ value: String(value), count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { name, count: numbers.length, role: 'categorical', values, multiValued: false, numeric: true };
}

/** Distinct numbers, counted up to `limit` + 1 (beyond that the exact number does not matter). */
function countDistinct(numbers: Float64Array, limit: number): number {
  const seen = new Set<number>();
  for (let at = 0; at < numbers.length && seen.size <= limit; at++) seen.add(numbers[at]);
  return seen.size;
}

function numericProfile(name: string, numbers: Float64Array, settings: ProfileOptions): AttributeProfile {
  let min = Infinity;
  let max = -Infinity;
  let invalid = 0;
  let integer = true;
  for (let at = 0; at < numbers.length; at++) {
    const value = numbers[at];
    if (!Number.isFinite(value)) {
      invalid++;
      continue;
    }
    if (value < min) min = value;
    if (value > max) max = value;
    if (integer && !Number.isInteger(value)) integer = false;
  }
  if (invalid === numbers.length) return { name, count: numbers.length, role: 'left-out', reason: 'no-values' };
  if (min === max) return { name, count: numbers.length, role: 'left-out', reason: 'one-value' };
  const scale = scaleOf(min, max);
  const histogram = new Array<number>(settings.bins).fill(0);
  const range = { min, max, scale } as const;
  for (let at = 0; at < numbers.length; at++) {
    const bin = binOf(range, numbers[at], settings.bins);
    if (bin >= 0) histogram[bin]++;
  }
  return { name, count: numbers.length, role: 'numeric', min, max, integer, histogram, invalid, scale };
}

/** Values a separator is judged on: at most this many, spread evenly over the attribute's values. */
const SEPARATOR_SAMPLE = 2000;

function categoricalProfile(name: string, list: unknown[], settings: ProfileOptions): AttributeProfile {
  const count = list.length;
  const hasLists = list.some(Array.isArray);
  const sample = sampleTexts(list);
  const separator = hasLists ? undefined : detectSeparator(sample);
  // An identifier (a different text on every node) is told from its sample: SEPARATOR_SAMPLE values spread over the
  // graph, all different, on a graph larger than the sample. Counting 100k ids one by one only to leave them out
  // would be most of the profile's time.
  if (!hasLists && !separator && count > SEPARATOR_SAMPLE && count > settings.uniqueAbove && new Set(sample).size === sample.length)
    return { name, count, role: 'left-out', reason: 'unique-per-node' };
  // Values repeat (genre lists, categories): each distinct raw value is counted, then read (split, trimmed) once.
  const rawCounts = new Map<unknown, number>();
  for (const value of list) rawCounts.set(value, (rawCounts.get(value) ?? 0) + 1);
  const counts = new Map<string, number>();
  for (const [value, times] of rawCounts) {
    const items =
      Array.isArray(value) || separator ? splitValue(value, separator) : [typeof value === 'string' ? value : JSON.stringify(value)];
    const seen: string[] = [];
    for (const item of items) {
      const clean = item.trim();
      if (clean === '' || seen.includes(clean)) continue;
      seen.push(clean);
      counts.set(clean, (counts.get(clean) ?? 0) + times);
    }
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

/** Up to SEPARATOR_SAMPLE of the values as text, evenly spaced (all of them in a smaller graph). */
function sampleTexts(list: readonly unknown[]): string[] {
  const step = Math.max(1, list.length / SEPARATOR_SAMPLE);
  const texts: string[] = [];
  for (let at = 0; at < list.length; at += step) {
    const value = list[Math.floor(at)];
    texts.push(typeof value === 'string' ? value : JSON.stringify(value));
  }
  return texts;
}

/** A value's items as a categorical attribute reads them: a list's, or a string split at the separator, once each. */
function splitValue(value: unknown, separator: string | undefined): string[] {
  const items = Array.isArray(value)
    ? value.map(String)
    : separator
      ? String(value).split(separator)
      : [typeof value === 'string' ? value : JSON.stringify(value)];
  if (items.length < 2) return items;
  // Lists are short: a scan beats a Set (one per node at 100k nodes).
  const once: string[] = [];
  for (const item of items) if (!once.includes(item)) once.push(item);
  return once;
}

/**
 * A node's values of an attribute as its profile reads them, each handed to `add`: a categorical attribute's items
 * (trimmed, split, none empty, once each), a boolean's 'true' or 'false'; nothing for no value or another role.
 */
export function forEachAttributeValue(profile: AttributeProfile, value: unknown, add: (value: string) => void): void {
  if (value === undefined || value === null || value === '') return;
  if (profile.role === 'boolean') {
    const text = value === true ? 'true' : value === false ? 'false' : String(value).trim().toLowerCase();
    if (text === 'true' || text === 'false') add(text);
    return;
  }
  if (profile.role !== 'categorical') return;
  if (!Array.isArray(value) && !profile.separator) {
    const clean = (typeof value === 'string' ? value : JSON.stringify(value)).trim();
    if (clean !== '') add(clean);
    return;
  }
  const seen: string[] = [];
  for (const item of splitValue(value, profile.separator)) {
    const clean = item.trim();
    if (clean !== '' && !seen.includes(clean)) seen.push(clean);
  }
  for (const item of seen) add(item);
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
