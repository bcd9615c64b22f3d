// A graph read once for filtering: nodes numbered in graph order, each facet's values numbered
// (CSR arrays: a node's values are items[offsets[i]] .. items[offsets[i + 1]]), and the links as a flat
// adjacency list over both directions, without self-loops. Built once per graph version (the viewer
// keeps it per loaded data); filtering and counting then run over typed arrays.
import { forEachAttributeValue, type AttributeProfile } from '../attributes/index.js';
import { facetValuesOf, nodeDateOf, type FilterableGraph } from './facet-values.js';
import { FILTER_FACETS, type FilterFacet } from './types.js';

export interface FacetColumn {
  /** Value names by number. */
  values: string[];
  valueNumbers: Map<string, number>;
  offsets: Int32Array;
  items: Int32Array;
}

type NumericProfile = Extract<AttributeProfile, { role: 'numeric' }>;

/**
 * A graph's own attribute, read for filtering: a categorical or boolean one as a facet column (values split as
 * its profile says), a numeric one as a number per node (NaN for none).
 */
export type AttributeColumn =
  { kind: 'values'; profile: AttributeProfile; column: FacetColumn } | { kind: 'numbers'; profile: NumericProfile; numbers: Float64Array };

export interface FilterIndex {
  /** The data revision the index was read from (the viewer refills one graph object: its revision says which data). */
  revision: number;
  ids: string[];
  indexOf: Map<string, number>;
  columns: Record<FilterFacet, FacetColumn>;
  adjacency: { offsets: Int32Array; targets: Int32Array };
  /** 1 for the nodes outside the primary source's map (see `Scope`); null when every node is inside. */
  outsidePrimary: Uint8Array | null;
  /** Each node's date as its first and last month (see core/dates), NO_DATE for an undated node. */
  dates: { first: Int32Array; last: Int32Array };
  /** The attributes profiled as filterable (categorical, boolean, numeric), by name; empty without profiles. */
  attributes: Map<string, AttributeColumn>;
}

/** The month of an undated node in FilterIndex.dates. */
export const NO_DATE = -1;

/**
 * `primarySource`: the id of the source whose map the `primary` scope shows (the viewer passes the bundle's first).
 * `profiles`: the graph's attributes as core/attributes profiled them; the filterable ones get columns.
 */
export function createFilterIndex(
  graph: FilterableGraph,
  revision = 0,
  primarySource?: string,
  profiles: readonly AttributeProfile[] = [],
): FilterIndex {
  const order = graph.order;
  const ids: string[] = new Array(order);
  const indexOf = new Map<string, number>();
  const builders = FILTER_FACETS.map(() => new ColumnBuilder(order));
  const first = new Int32Array(order).fill(NO_DATE);
  const last = new Int32Array(order).fill(NO_DATE);
  const categorical = profiles.filter((profile) => profile.role === 'categorical' || profile.role === 'boolean');
  const categoricalBuilders = categorical.map(() => new ColumnBuilder(order));
  const numeric = profiles.filter((profile): profile is NumericProfile => profile.role === 'numeric');
  const numbers = numeric.map(() => new Float64Array(order).fill(NaN));
  let next = 0;
  graph.forEachNode((node, attributes) => {
    const index = next++;
    for (let at = 0; at < categorical.length; at++) {
      const builder = categoricalBuilders[at];
      builder.addRaw(categorical[at], attributes[categorical[at].name]);
      builder.end(index);
    }
    for (let at = 0; at < numeric.length; at++) {
      const value = attributes[numeric[at].name];
      if (value !== undefined && value !== null && value !== '') numbers[at][index] = Number(value);
    }
    ids[index] = node;
    indexOf.set(node, index);
    const date = nodeDateOf(attributes);
    if (date) {
      first[index] = date.firstMonth;
      last[index] = date.lastMonth;
    }
    for (let facet = 0; facet < FILTER_FACETS.length; facet++) {
      const values = facetValuesOf(attributes, FILTER_FACETS[facet]);
      const builder = builders[facet];
      for (let at = 0; at < values.length; at++) builder.add(values[at]);
      builder.end(index);
    }
  });
  const columns = Object.fromEntries(FILTER_FACETS.map((facet, at) => [facet, builders[at].finish()])) as Record<FilterFacet, FacetColumn>;
  const outsidePrimary = primarySource === undefined ? null : computeOutsidePrimary(graph, indexOf, primarySource);
  const attributeColumns = new Map<string, AttributeColumn>();
  categorical.forEach((profile, at) =>
    attributeColumns.set(profile.name, { kind: 'values', profile, column: categoricalBuilders[at].finish() }),
  );
  numeric.forEach((profile, at) => attributeColumns.set(profile.name, { kind: 'numbers', profile, numbers: numbers[at] }));
  return {
    revision,
    ids,
    indexOf,
    columns,
    adjacency: computeAdjacency(graph, indexOf),
    outsidePrimary,
    dates: { first, last },
    attributes: attributeColumns,
  };
}

/**
 * The nodes beyond the primary source's map: cited only by other sources, and not developed by an organisation
 * the primary source cites. Null when there are none (one source, or a graph from a file, without source ids).
 */
function computeOutsidePrimary(graph: FilterableGraph, indexOf: Map<string, number>, primary: string): Uint8Array | null {
  const order = indexOf.size;
  const inside = new Uint8Array(order);
  graph.forEachNode((node, attributes) => {
    const ids = attributes.sourceIds;
    if (ids === undefined || ids.length === 0 || ids.includes(primary)) inside[indexOf.get(node)!] = 1;
  });
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (attributes.relation !== 'developed_by') return;
    const ids = graph.getNodeAttribute(target, 'sourceIds');
    if (ids !== undefined && ids.includes(primary)) inside[indexOf.get(source)!] = 1;
  });
  const outside = new Uint8Array(order);
  let count = 0;
  for (let node = 0; node < order; node++) if (!inside[node]) count += outside[node] = 1;
  return count === 0 ? null : outside;
}

/** One facet's column, filled node by node: values numbered as first met, items in a growing typed array. */
class ColumnBuilder {
  private readonly values: string[] = [];
  private readonly valueNumbers = new Map<string, number>();
  private readonly offsets: Int32Array;
  private items: Int32Array;
  private length = 0;

  constructor(order: number) {
    this.offsets = new Int32Array(order + 1);
    this.items = new Int32Array(Math.max(16, order));
  }

  /** Each distinct raw attribute value (a string, number or boolean) as its value numbers, read once. */
  private readonly rawNumbers = new Map<unknown, readonly number[]>();

  add(value: string): void {
    this.push(this.numberOf(value));
  }

  /**
   * A node's raw value of an attribute, read as its profile says (split, trimmed, 'true'/'false'): a value many
   * nodes share (Spotify's genre lists, modularity classes) is read and looked up once, then its numbers reused.
   */
  addRaw(profile: AttributeProfile, raw: unknown): void {
    if (raw === undefined || raw === null || raw === '') return;
    const cached = Array.isArray(raw) ? undefined : raw;
    let numbers = cached === undefined ? undefined : this.rawNumbers.get(cached);
    if (!numbers) {
      const read: number[] = [];
      forEachAttributeValue(profile, raw, (value) => read.push(this.numberOf(value)));
      numbers = read;
      if (cached !== undefined) this.rawNumbers.set(cached, read);
    }
    for (let at = 0; at < numbers.length; at++) this.push(numbers[at]);
  }

  private numberOf(value: string): number {
    let number = this.valueNumbers.get(value);
    if (number === undefined) {
      number = this.values.length;
      this.values.push(value);
      this.valueNumbers.set(value, number);
    }
    return number;
  }

  private push(number: number): void {
    if (this.length === this.items.length) {
      const grown = new Int32Array(this.items.length * 2);
      grown.set(this.items);
      this.items = grown;
    }
    this.items[this.length++] = number;
  }

  /** Closes node `index`'s values. */
  end(index: number): void {
    this.offsets[index + 1] = this.length;
  }

  finish(): FacetColumn {
    return { values: this.values, valueNumbers: this.valueNumbers, offsets: this.offsets, items: this.items.slice(0, this.length) };
  }
}

function computeAdjacency(graph: FilterableGraph, indexOf: Map<string, number>): FilterIndex['adjacency'] {
  const order = indexOf.size;
  const degree = new Int32Array(order);
  const ends = new Int32Array(graph.size * 2);
  let count = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    if (a === b) return;
    ends[count++] = a;
    ends[count++] = b;
    degree[a]++;
    degree[b]++;
  });
  const offsets = new Int32Array(order + 1);
  for (let node = 0; node < order; node++) offsets[node + 1] = offsets[node] + degree[node];
  const fill = offsets.slice(0, order);
  const targets = new Int32Array(count);
  for (let at = 0; at < count; at += 2) {
    targets[fill[ends[at]]++] = ends[at + 1];
    targets[fill[ends[at + 1]]++] = ends[at];
  }
  return { offsets, targets };
}
