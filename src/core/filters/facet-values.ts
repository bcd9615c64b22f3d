// Reading a node's facet values: its kind for the kind facet, the precomputed arrays for the others.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { readDate, type LandscapeDate } from '../dates/index.js';
import { SOURCE_SET_SEPARATOR, type FilterFacet } from './types.js';

/** What filtering reads from a node; the landscape graph's nodes have all of it. */
export interface FilterNodeAttributes extends Attributes {
  kind?: string;
  modalities?: readonly string[];
  tracks?: readonly string[];
  businessModels?: readonly string[];
  markets?: readonly string[];
  companies?: readonly string[];
  sourceIds?: readonly string[];
  released?: string;
  founded?: number | string;
}

/** A node's place on the time axis: its release date, else its founding year; none when neither is a date. */
export function nodeDateOf(attributes: FilterNodeAttributes): LandscapeDate | undefined {
  return readDate(attributes.released) ?? readDate(attributes.founded);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FilterableGraph = Graph<FilterNodeAttributes, any, any>;

const NONE: readonly string[] = Object.freeze([]);

export function facetValuesOf(attributes: FilterNodeAttributes, facet: FilterFacet): readonly string[] {
  if (facet === 'kinds') return attributes.kind ? [attributes.kind] : NONE;
  if (facet === 'sources') return attributes.sourceIds?.length ? [attributes.sourceIds.join(SOURCE_SET_SEPARATOR)] : NONE;
  return attributes[facet] ?? NONE;
}
