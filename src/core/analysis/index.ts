// Questions the map answers: paths, rankings, communities and side-by-side comparison, on any graph and view.
export * from './types.js';
export { computePaths, computePathNodes, computePathHops } from './compute-paths.js';
export { computeMetric } from './compute-metric.js';
export { computeCommunities } from './compute-communities.js';
export { computeComparison, computeComparisonCsv } from './compute-comparison.js';
export {
  computeAnalysisIndex,
  computeAnalysisIndexFromAdjacency,
  computeNodeMask,
  computeSimpleGraph,
  isAnalysisIndex,
  type AnalysisIndex,
} from './analysis-index.js';
