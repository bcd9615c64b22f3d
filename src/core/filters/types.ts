// The filter state shared by the viewer and the CLI export: facets (AND across, OR within),
// the neighbourhood of one node, and hiding isolated nodes.
import type { NodeFacets } from '../graph/types.js';

/**
 * A facet of the filter panel: the node's kind, one of the precomputed facet arrays on nodes, or the set of
 * sources that cite the node (`sources`: one value per node, the source ids joined by `+`, so "the report
 * only", "Epoch only" and "both" are three values).
 */
export type FilterFacet = 'kinds' | keyof NodeFacets | 'sources';

export const FILTER_FACETS = [
  'kinds',
  'modalities',
  'tracks',
  'businessModels',
  'markets',
  'companies',
  'sources',
] as const satisfies readonly FilterFacet[];

/** Joins the ids of a node's sources into its `sources` facet value. */
export const SOURCE_SET_SEPARATOR = '+';

/**
 * `primary`: only the primary source's map — what its first source cites, entities no source cites
 * (editorial), and what the other sources add that the primary source's organisations developed (the
 * report's vendors' models). `all`: everything. It narrows like a facet but is not one: clearing the
 * facets keeps it, and graphs with one source (and any filter index made without a primary source, as the CLI's)
 * are the same under both. The default is `primary`: a first view is the report's map, not every source's rows.
 */
export const SCOPES = ['primary', 'all'] as const;
export type Scope = (typeof SCOPES)[number];

export const MIN_EGO_DEPTH = 1;
export const MAX_EGO_DEPTH = 3;

export interface EgoFilter {
  /** The centre node; it stays visible whatever the facets say. */
  id: string;
  /** Hops over edges in either direction, 1–3. */
  depth: number;
}

/** What the time window does with nodes that have no date: keep them visible, or hide them. */
export type UndatedNodes = 'keep' | 'hide';

/** The time window: nodes whose date overlaps these months (month numbers, see core/dates), both ends included. */
export interface TimeFilter {
  from: number;
  until: number;
  undated: UndatedNodes;
}

/**
 * A condition on one of the graph's own attributes (see core/attributes): a categorical or boolean attribute keeps
 * the nodes with any of `values` ('true'/'false' for a boolean); a numeric one keeps the nodes whose value lies in
 * min..max (both included, an open end is null; nodes without a number fail it).
 */
export type AttributeCondition = { name: string; values: string[] } | { name: string; min: number | null; max: number | null };

/** Conditions on attributes at once, at most (each takes a bit of the prepared masks). */
export const MAX_ATTRIBUTE_CONDITIONS = 16;

export interface FilterState {
  kinds: string[];
  modalities: string[];
  tracks: string[];
  businessModels: string[];
  markets: string[];
  companies: string[];
  sources: string[];
  ego: EgoFilter | null;
  hideIsolated: boolean;
  scope: Scope;
  /** The time window, or none (absent in filters written before it existed). */
  time?: TimeFilter | null;
  /** Conditions on the graph's own attributes, in the order they were set (absent in filters written before them). */
  attributes?: AttributeCondition[];
  /**
   * Only these nodes (1 by node number of the filter index it is read against): a group the viewer computed, such as
   * one community shown alone. Never in a URL or a normalised filter: the view state says what it came from.
   */
  within?: Uint8Array | null;
}

export const EMPTY_FILTER: FilterState = Object.freeze({
  kinds: [],
  modalities: [],
  tracks: [],
  businessModels: [],
  markets: [],
  companies: [],
  sources: [],
  ego: null,
  hideIsolated: false,
  scope: 'primary',
  time: null,
  attributes: [],
}) as FilterState;

/** Live counts: for each facet, value → number of nodes with it that would be visible were it on. */
export type FacetCounts = Record<FilterFacet, Map<string, number>>;

/**
 * Live counts of the graph's own attributes, by attribute name: a categorical one's value → nodes (as a facet's),
 * a numeric one's histogram of the nodes that pass every other condition (bins as its profile's).
 */
export type AttributeCounts = Map<string, { values: Map<string, number> } | { histogram: number[] }>;
