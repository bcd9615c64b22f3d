// Everything sigma-specific lives in this folder; the rest of the viewer talks to it through these.
export { GraphView, type GraphViewProps } from './GraphView.js';
export type { GraphApi, GraphViewLabels, SigmaView } from './types.js';
export type { PictureDecor, PngOptions } from './types.js';
