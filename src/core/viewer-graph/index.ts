// A graph the viewer can draw: its one attribute shape, and the step every graph takes to get it.
export * from './types.js';
export { assignViewerDefaults, completeSerializedGraph, DEFAULT_NODE_KIND } from './assign-viewer-defaults.js';
export { assignDerivedFacets } from './assign-derived-facets.js';
export { computeImportedBundle } from './compute-imported-bundle.js';
