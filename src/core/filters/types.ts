// The filter state shared by the viewer and the CLI export: facets (AND across, OR within),
// the neighbourhood of one node, and hiding isolated nodes.
import type { NodeFacets } from '../graph/types.js';

/** A facet of the filter panel: the node's kind, or one of the precomputed facet arrays on nodes. */
export type FilterFacet = 'kinds' | keyof NodeFacets;

export const FILTER_FACETS = [
  'kinds',
  'modalities',
  'tracks',
  'businessModels',
  'markets',
  'companies',
] as const satisfies readonly FilterFacet[];

export const MIN_EGO_DEPTH = 1;
export const MAX_EGO_DEPTH = 3;

export interface EgoFilter {
  /** The centre node; it stays visible whatever the facets say. */
  id: string;
  /** Hops over edges in either direction, 1–3. */
  depth: number;
}

export interface FilterState {
  kinds: string[];
  modalities: string[];
  tracks: string[];
  businessModels: string[];
  markets: string[];
  companies: string[];
  ego: EgoFilter | null;
  hideIsolated: boolean;
}

export const EMPTY_FILTER: FilterState = Object.freeze({
  kinds: [],
  modalities: [],
  tracks: [],
  businessModels: [],
  markets: [],
  companies: [],
  ego: null,
  hideIsolated: false,
}) as FilterState;

/** Live counts: for each facet, value → number of nodes with it that would be visible were it on. */
export type FacetCounts = Record<FilterFacet, Map<string, number>>;
