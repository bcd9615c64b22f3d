// Questions the map answers: paths, rankings, communities and side-by-side comparison, on any graph and view.
export * from './types.js';
export { computePaths } from './compute-paths.js';
export { computeMetric } from './compute-metric.js';
export { computeCommunities } from './compute-communities.js';
export { computeComparison, computeComparisonCsv } from './compute-comparison.js';
export { computeAnalysisIndex, computeNodeMask, computeSimpleGraph, type AnalysisIndex } from './analysis-index.js';
