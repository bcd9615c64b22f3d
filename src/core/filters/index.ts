// Filtering the landscape graph: the filter state, visible nodes and live facet counts.
// The same code serves the viewer and the CLI export.
export * from './types.js';
export { computeVisibleNodes, computeEgoNodes } from './compute-visible-nodes.js';
export { createFilterIndex, type FilterIndex, type AttributeColumn } from './filter-index.js';
export { NodeSubset, diffSubsets } from './node-subset.js';
export { computeFacetCounts, computeAttributeCounts, emptyFacetCounts } from './compute-facet-counts.js';
export {
  normalizeFilter,
  isEmptyFilter,
  toggleFacetValue,
  toggleAttributeValue,
  setAttributeCondition,
  clampEgoDepth,
} from './normalize-filter.js';
export { facetValuesOf, type FilterNodeAttributes, type FilterableGraph } from './facet-values.js';
export { NO_DATE } from './filter-index.js';
export { nodeDateOf } from './facet-values.js';
export {
  computeTimeline,
  computeNewInPeriod,
  computeDateExtent,
  chooseTimelineUnit,
  bucketStart,
  TIMELINE_UNITS,
  type Timeline,
  type TimelineBucket,
  type TimelineOptions,
  type TimelineUnit,
  type NewInPeriod,
} from './compute-timeline.js';
