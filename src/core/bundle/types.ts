// The bundle the viewer loads: the laid-out graph plus what the panels need beside it.
import type { SerializedGraph } from 'graphology-types';
import type { EdgeAttributes, GraphAttributes, NodeAttributes, NodeFacets } from '../graph/types.js';
import type { EntityKind, RelationType } from '../records/kinds.js';
import type { FigureRecord, SourceRecord } from '../records/schema.js';

export const BUNDLE_FORMAT = 'ai-landscape-bundle';

/** Where the site serves the report graph's bundle, relative to the page: written by the Vite plugin, read by the viewer. */
export const BUNDLE_PATH = 'data/landscape.json';
/** The same bundle in the compact format (see compact.ts): what the viewer loads by default. */
export const COMPACT_BUNDLE_PATH = 'data/landscape.compact.json';
export const BUNDLE_VERSION = 1;

export interface FacetValue {
  id: string;
  nameZh: string;
  nameEn: string;
  /** Parent value (a track's parent track or modality), for grouping in the filter panel. */
  parent?: string;
}

export type FacetIndex = Record<keyof NodeFacets, FacetValue[]>;

export interface Bundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  graph: SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
  facets: FacetIndex;
  kinds: { kind: EntityKind; zh: string; en: string; color: string }[];
  /** Each type's label, and its label read from the target's side (`inverse`; bundles made elsewhere may lack it). */
  relationTypes: { type: RelationType; zh: string; en: string; inverse?: { zh: string; en: string } }[];
  figures: FigureRecord[];
  sources: SourceRecord[];
}
