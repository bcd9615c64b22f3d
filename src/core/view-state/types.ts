// The viewer's shareable state: what the URL holds. Hover and open menus are not part of it.
import type { FilterState } from '../filters/types.js';
import { EMPTY_FILTER } from '../filters/types.js';

/**
 * 'file': an opened graph's own colours (GEXF viz, GraphML r/g/b, a CSV colour column); 'attribute': a palette over
 * its best categorical attribute (see chooseColorAttribute). 'community': Louvain's communities of the current view
 * (computed by the viewer's analysis worker).
 */
export const COLOR_MODES = ['kind', 'modality', 'track', 'source', 'file', 'attribute', 'community'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Sigma's camera: x, y in the normalised frame of the graph, ratio 1 shows all of it. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

/** The analysis panel's tabs. */
export const ANALYSIS_TABS = ['path', 'rank', 'compare'] as const;

/** Entities compared side by side: at most this many. */
export const MAX_COMPARED = 4;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

/** The ranking measures (as the core's analysis names them). */
export const RANK_METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type RankMetric = (typeof RANK_METRICS)[number];

/**
 * A path question: its ends as typed or linked (an id the graph lacks is kept, so the panel can say so),
 * and whether hub kinds (markets, concepts…) may be walked through.
 */
export interface PathQuery {
  from: string | null;
  to: string | null;
  avoidHubs: boolean;
}

export interface ViewState {
  filter: FilterState;
  selected: string | null;
  colorMode: ColorMode;
  lang: Language;
  camera: CameraState | null;
  tableOpen: boolean;
  /** `?data=URL`: another bundle to load instead of the report's. Kept so shared links keep it. */
  dataUrl: string | null;
  /** The analysis panel's open tab, or closed. */
  analysis: AnalysisTab | null;
  path: PathQuery | null;
  /** The ranking shown in the analysis panel. */
  rank: RankMetric;
  /** Nodes drawn sized by this measure instead of by their data size (degree). */
  sizeBy: RankMetric | null;
  /** Entities compared side by side (known ids, at most MAX_COMPARED, no repeats). */
  compare: string[];
  /** The attribute colour mode `attribute` paints by; null: the best one the viewer picks. */
  colorAttribute: string | null;
  /** Nodes drawn sized by this numeric attribute (instead of their data size or a measure). */
  sizeAttribute: string | null;
  /** Nodes labelled by this attribute instead of their names. */
  labelAttribute: string | null;
  /** Links drawn as thick as this numeric link attribute. */
  edgeWeight: string | null;
  /**
   * One community shown alone, by its number (0 the largest) among the communities of the view the other filters
   * leave: the same filters give the same communities (Louvain is seeded), so the number reopens the same group.
   */
  community: number | null;
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filter: EMPTY_FILTER,
  selected: null,
  colorMode: 'kind',
  lang: 'zh',
  camera: null,
  tableOpen: false,
  dataUrl: null,
  analysis: null,
  path: null,
  rank: 'pagerank',
  sizeBy: null,
  compare: [],
  colorAttribute: null,
  sizeAttribute: null,
  labelAttribute: null,
  edgeWeight: null,
  community: null,
}) as ViewState;

export interface ParsedViewState {
  state: ViewState;
  /** Each dropped parameter or value as `name=value`, for a notice; empty when all was understood. */
  notices: string[];
}

export const MIN_CAMERA_RATIO = 1e-4;
export const MAX_CAMERA_RATIO = 1e4;
