// View state → query string: defaults left out, parameters in a fixed order, ids kept readable.
import { formatMonthRange } from '../dates/index.js';
import { FILTER_FACETS } from '../filters/types.js';
import { ATTRIBUTE_PARAM_PREFIX, FACET_PARAMS, PARAMS, facetPrefix } from './params.js';
import { DEFAULT_VIEW_STATE, type CameraState, type ViewState } from './types.js';

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Never throws: encodeURIComponent would on a lone surrogate (an id from a foreign bundle may hold one). */
export function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(LONE_SURROGATE, '\uFFFD')).replace(/%3A/gi, ':');
}

/** Up to `digits` decimals, no trailing zeros, no "-0". */
function formatNumber(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  // From 1e21 toFixed writes an exponent: keep it, without the "+" that a query string reads as a space.
  if (fixed.includes('e')) return fixed.replace('e+', 'e');
  // Zeros go only after a decimal point: 1000 stays 1000.
  const text = fixed.includes('.') ? fixed.replace(/\.?0+$/, '') : fixed;
  return text === '-0' ? '0' : text;
}

/** A range end as the shortest text that reads back to it ("1e25", not "1e+25": a query string reads + as a space). */
function rangeEnd(value: number | null): string {
  return value === null ? '' : String(value).replace('e+', 'e');
}

export function serializeCamera(camera: CameraState): string {
  // Precision follows the zoom: about a pixel's worth on a large screen, and no more.
  const magnitude = Math.floor(Math.log10(Math.abs(camera.ratio) || 1));
  const ratioDigits = Math.min(8, Math.max(0, 3 - magnitude));
  const positionDigits = Math.min(10, Math.max(4, 3 - magnitude));
  return [formatNumber(camera.x, positionDigits), formatNumber(camera.y, positionDigits), formatNumber(camera.ratio, ratioDigits)].join(
    ',',
  );
}

/** `?a=1&b=2`, or '' for the default view. Same state, same string. */
export function serializeViewState(state: ViewState): string {
  const parts: string[] = [];
  const put = (name: string, value: string) => parts.push(`${name}=${value}`);
  if (state.dataUrl) put(PARAMS.data, encodeValue(state.dataUrl));
  if (state.selected) put(PARAMS.selected, encodeValue(state.selected));
  for (const facet of FILTER_FACETS) {
    const values = state.filter[facet];
    if (values.length === 0) continue;
    const prefix = facetPrefix(facet);
    const short = [...new Set(values)].map((value) =>
      encodeValue(
        prefix && value.startsWith(prefix) && value.length > prefix.length && !value.slice(prefix.length).includes(':')
          ? value.slice(prefix.length)
          : value,
      ),
    );
    put(FACET_PARAMS[facet], short.join(','));
  }
  if (state.filter.ego) {
    put(PARAMS.ego, encodeValue(state.filter.ego.id));
    if (state.filter.ego.depth !== 1) put(PARAMS.depth, String(state.filter.ego.depth));
  }
  if (state.filter.hideIsolated) put(PARAMS.hideIsolated, '1');
  if (state.filter.scope !== DEFAULT_VIEW_STATE.filter.scope) put(PARAMS.scope, state.filter.scope);
  if (state.filter.time) {
    put(PARAMS.time, formatMonthRange(state.filter.time));
    if (state.filter.time.undated === 'hide') put(PARAMS.undated, 'hide');
  }
  for (const condition of state.filter.attributes ?? []) {
    const value =
      'values' in condition ? condition.values.map(encodeValue).join(',') : `${rangeEnd(condition.min)}..${rangeEnd(condition.max)}`;
    put(ATTRIBUTE_PARAM_PREFIX + encodeValue(condition.name), value);
  }
  if (state.community !== null) put(PARAMS.community, String(state.community));
  if (state.colorMode !== DEFAULT_VIEW_STATE.colorMode) put(PARAMS.colorMode, state.colorMode);
  if (state.colorAttribute) put(PARAMS.colorAttribute, encodeValue(state.colorAttribute));
  if (state.sizeAttribute) put(PARAMS.sizeAttribute, encodeValue(state.sizeAttribute));
  if (state.labelAttribute) put(PARAMS.labelAttribute, encodeValue(state.labelAttribute));
  if (state.edgeWeight) put(PARAMS.edgeWeight, encodeValue(state.edgeWeight));
  if (state.lang !== DEFAULT_VIEW_STATE.lang) put(PARAMS.lang, state.lang);
  if (state.tableOpen) put(PARAMS.table, '1');
  if (state.camera) put(PARAMS.camera, serializeCamera(state.camera));
  if (state.analysis) put(PARAMS.analysis, state.analysis);
  // Hub avoidance alone is no question: a path needs an end.
  if (state.path && (state.path.from || state.path.to)) {
    if (state.path.from) put(PARAMS.pathFrom, encodeValue(state.path.from));
    if (state.path.to) put(PARAMS.pathTo, encodeValue(state.path.to));
    if (state.path.avoidHubs) put(PARAMS.avoidHubs, '1');
  }
  if (state.rank !== DEFAULT_VIEW_STATE.rank) put(PARAMS.rank, state.rank);
  if (state.sizeBy) put(PARAMS.sizeBy, state.sizeBy);
  if (state.compare.length > 0) put(PARAMS.compare, state.compare.map(encodeValue).join(','));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
