// The landscape graph: building it from records, its attribute types and derived facets.
export * from './types.js';
export { buildGraph, edgeKey, sizeForDegree, EDGE_COLOR, EDITORIAL_EDGE_COLOR } from './build-graph.js';
export { computeFacets, FACETS, FACET_KIND } from './compute-facets.js';
