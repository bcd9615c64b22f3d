// The viewer's shareable state and its URL form: parse (never throws) and serialize (stable, short).
export * from './types.js';
export { parseViewState, parseCamera, computeLinkedIds, type KnownValues } from './parse-view-state.js';
export { serializeViewState, serializeCamera } from './serialize-view-state.js';
export { FACET_PARAMS, PARAMS } from './params.js';
