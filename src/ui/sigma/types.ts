// What the rest of the viewer tells the graph view, and what it can ask of it.
import type { SvgDrawing, SvgLegendRow } from '../../core/io/index.js';
import type { CameraState, Language } from '../../core/view-state/index.js';

export interface PictureDecor {
  legend: { title: string; rows: readonly SvgLegendRow[] };
  source: string;
}

export interface PngOptions extends PictureDecor {
  /** 1, 2 or 3: the image is the canvas's CSS size times this. */
  scale: number;
  background?: string;
}

export interface SigmaView {
  visible: ReadonlySet<string>;
  selected: string | null;
  colorOf: ReadonlyMap<string, string>;
  lang: Language;
  /** Drawn size from the data's size (degree-based), so hubs stay readable beside small nodes. */
  sizeOf: (size: number) => number;
  /** Paths on show: their nodes and links lit, everything else faded (over the selection's focus). */
  path?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Data sizes by a measure ("size by PageRank"), used instead of the node's own where present. */
  sizeOverride?: ReadonlyMap<string, number> | null;
  /** Labels from an attribute ("label by"), used instead of the names where present. */
  labelOf?: ReadonlyMap<string, string> | null;
  /** Link widths from a numeric link attribute ("thickness by weight"), in pixels. */
  edgeSizeOf?: ReadonlyMap<string, number> | null;
}

export interface GraphApi {
  /** Moves the camera to a node, animated. */
  focusNode(id: string): void;
  /** Fits the camera to the visible nodes. */
  fitVisible(): void;
  /** The map's size on screen in CSS pixels: what sigma draws into, and what a 1× PNG measures. */
  mapSize(): { width: number; height: number };
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
