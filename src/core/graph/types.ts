// Attributes of the graph the viewer, exporters and CLI share. Domain data lives here;
// view state (hover, selection, filters) never does.
import type Graph from 'graphology';
import type { EntityKind, RelationType } from '../records/kinds.js';
import type { Citation } from '../records/schema.js';

/** Facets a node belongs to, derived from its relations (see compute-facets.ts). */
export interface NodeFacets {
  modalities: string[];
  tracks: string[];
  businessModels: string[];
  markets: string[];
  companies: string[];
}

export interface NodeAttributes extends NodeFacets {
  kind: EntityKind;
  /** sigma draws `label`; it holds the Chinese name in data, the viewer swaps it per language. */
  label: string;
  nameZh: string;
  nameEn: string;
  aliases: string[];
  descriptionZh?: string;
  descriptionEn?: string;
  country?: string;
  /** Year of founding. */
  founded?: number;
  /** Release, launch or issue date: YYYY, YYYY-MM or YYYY-MM-DD (the form is the precision). */
  released?: string;
  /** When no cited source states `released`/`founded`: the editor's note on where the date comes from. */
  dateEditorial?: string;
  openSource?: boolean;
  url?: string;
  /** Number of parameters (models, from a dataset such as Epoch's). */
  parameters?: number;
  /** Training compute in FLOP. */
  trainingComputeFlop?: number;
  /** open-weights, api, unreleased… */
  accessibility?: string;
  sources: Citation[];
  /** The ids of the sources that cite the node, in sources.yaml order: the "source" facet (absent in graphs opened from files). */
  sourceIds?: string[];
  /** The editorial note, when the entity is not stated by a source. */
  editorial?: string;
  /** When the source's claim about the entity is false: what is wrong with it, and what is true. */
  disputed?: string;
  correction?: string;
  x: number;
  y: number;
  size: number;
  color: string;
}

export interface EdgeAttributes {
  /** Relation type. Not `type`: sigma reads `type` as the name of the edge's drawing program. */
  relation: RelationType;
  /** The relation's label in Chinese; see RELATION_TYPES for both languages. */
  label: string;
  sources: Citation[];
  /** The ids of the sources that cite the link (absent in graphs opened from files). */
  sourceIds?: string[];
  editorial?: string;
  /** How the cited text states the link without naming both ends. */
  evidenceNote?: string;
  /** Since when the relation holds: YYYY, YYYY-MM or YYYY-MM-DD. */
  since?: string;
  /** When no cited source states `since`: the editor's note. */
  dateEditorial?: string;
  /** When the source's claim is false: what is wrong with it, and what is true. */
  disputed?: string;
  correction?: string;
  noteZh?: string;
  noteEn?: string;
  size: number;
  color: string;
}

export interface GraphAttributes {
  name?: string;
  /** Every source's credit line (English), so exported files carry it (GEXF: the description; GraphML, JSON: `credit`). */
  credit?: string;
}

export type LandscapeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
