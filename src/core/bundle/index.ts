// The viewer's bundle: its format and how it is computed from records and a layout.
export * from './types.js';
export { computeBundle, computeBundleFromGraph, computeFacetIndex } from './compute-bundle.js';
export {
  encodeCompactBundle,
  decodeCompactBundle,
  CompactBundleError,
  COMPACT_FORMAT,
  COMPACT_VERSION,
  type CompactBundle,
} from './compact.js';
export { planStages, planLoadStages, STAGED_FROM, type ImportStage, type StageOptions } from './plan-stages.js';
export { computeBundleLabel, type BundleLabel } from './compute-bundle-label.js';
