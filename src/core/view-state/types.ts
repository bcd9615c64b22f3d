// The viewer's shareable state: what the URL holds. Hover and open menus are not part of it.
import type { FilterState } from '../filters/types.js';
import { EMPTY_FILTER } from '../filters/types.js';

/**
 * 'file': an opened graph's own colours (GEXF viz, GraphML r/g/b, a CSV colour column); 'attribute': a palette over
 * its best categorical attribute (see chooseColorAttribute).
 */
export const COLOR_MODES = ['kind', 'modality', 'track', 'source', 'file', 'attribute'] as const;
export type ColorMode = (typeof COLOR_MODES)[number];

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Sigma's camera: x, y in the normalised frame of the graph, ratio 1 shows all of it. */
export interface CameraState {
  x: number;
  y: number;
  ratio: number;
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
}

export const DEFAULT_VIEW_STATE: ViewState = Object.freeze({
  filter: EMPTY_FILTER,
  selected: null,
  colorMode: 'kind',
  lang: 'zh',
  camera: null,
  tableOpen: false,
  dataUrl: null,
}) as ViewState;

export interface ParsedViewState {
  state: ViewState;
  /** Each dropped parameter or value as `name=value`, for a notice; empty when all was understood. */
  notices: string[];
}

export const MIN_CAMERA_RATIO = 1e-4;
export const MAX_CAMERA_RATIO = 1e4;
