// The landscape graph: building it from records, its attribute types and derived facets.
export * from './types.js';
export { buildGraph, edgeKey, sizeForDegree } from './build-graph.js';
export { EDGE_COLOR, EDGE_FOCUS_COLOR, EDITORIAL_EDGE_COLOR } from './edge-colors.js';
export { computeFacets, FACETS, FACET_KIND, FACET_RELATION } from './compute-facets.js';
export { computeDisagreements, EDITORIAL_CLAIM, type Disagreement, type Claim } from './compute-disagreements.js';
