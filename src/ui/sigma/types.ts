// What the rest of the viewer tells the graph view, and what it can ask of it.
import type { SvgDrawing } from '../../core/io/export-svg.js';
import type { CameraState, Language } from '../../core/view-state/index.js';
import type { PictureDecor, PngOptions } from './export-view.js';

export interface SigmaView {
  visible: ReadonlySet<string>;
  selected: string | null;
  colorOf: ReadonlyMap<string, string>;
  lang: Language;
  /** Drawn size from the data's size (degree-based), so hubs stay readable beside small nodes. */
  sizeOf: (size: number) => number;
}

export interface GraphApi {
  /** Moves the camera to a node, animated. */
  focusNode(id: string): void;
  /** Fits the camera to the visible nodes. */
  fitVisible(): void;
  /** A PNG of what is on screen (hidden nodes stay hidden), with the legend drawn in. */
  exportPng(options: PngOptions): Promise<Blob>;
  /** What is drawn now, in viewport coordinates, for the SVG writer. */
  computeDrawing(decor: PictureDecor & { title?: string }): Promise<SvgDrawing>;
}

export interface GraphViewLabels {
  graph: string;
  zoomIn: string;
  zoomOut: string;
  fit: string;
  reset: string;
}

export interface GraphEvents {
  onSelect(id: string | null): void;
  onCameraChange(camera: CameraState): void;
}
