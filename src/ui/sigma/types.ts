// What the rest of the viewer tells the graph view, and what it can ask of it.
import type { CameraState, Language } from '../../core/view-state/index.js';

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
