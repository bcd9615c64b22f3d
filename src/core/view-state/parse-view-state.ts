// Query string → view state. Never throws: an unknown parameter, a malformed value or an id the
// graph does not have is dropped, and named in a notice.
import { parseMonthRange, type MonthRange } from '../dates/index.js';
import type { AttributeProfile } from '../attributes/index.js';
import { normalizeFilter } from '../filters/normalize-filter.js';
import {
  FILTER_FACETS,
  MAX_EGO_DEPTH,
  MIN_EGO_DEPTH,
  SCOPES,
  SOURCE_SET_SEPARATOR,
  MAX_ATTRIBUTE_CONDITIONS,
  type AttributeCondition,
  type FilterFacet,
  type Scope,
  type UndatedNodes,
} from '../filters/types.js';
import { ENTITY_KINDS } from '../records/kinds.js';
import { ATTRIBUTE_PARAM_PREFIX, FACET_PARAMS, PARAMS, facetPrefix } from './params.js';
import {
  ANALYSIS_TABS,
  MAX_COMPARED,
  COLOR_MODES,
  RANK_METRICS,
  DEFAULT_VIEW_STATE,
  LANGUAGES,
  MAX_CAMERA_RATIO,
  MIN_CAMERA_RATIO,
  type CameraState,
  type AnalysisTab,
  type ColorMode,
  type Language,
  type ParsedViewState,
  type RankMetric,
  type ViewState,
} from './types.js';

const MAX_NOTICE_VALUE = 60;
const FACET_BY_PARAM = new Map(FILTER_FACETS.map((facet) => [FACET_PARAMS[facet], facet]));
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const FLAGS: Record<string, boolean> = { '1': true, true: true, '0': false, false: false };

function decode(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Raw `name=value` pairs in order; a repeated list parameter adds to the list, others keep the last. */
function readPairs(search: string): [string, string][] {
  const query = search.startsWith('?') ? search.slice(1) : search;
  return query
    .split('&')
    .filter((part) => part !== '')
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    });
}

/** Parameters whose values are node ids: the selection, the neighbourhood's centre, a path's ends, compared entities. */
const ID_PARAMS: ReadonlySet<string> = new Set([PARAMS.selected, PARAMS.ego, PARAMS.pathFrom, PARAMS.pathTo, PARAMS.compare]);

/**
 * The node ids a link names (checked against nothing): a graph that arrives in stages brings these in its first, so
 * the view the link opens has them from its first frame.
 */
export function computeLinkedIds(search: string): Set<string> {
  const ids = new Set<string>();
  for (const [rawName, rawValue] of readPairs(search)) {
    if (!ID_PARAMS.has(decode(rawName) ?? rawName)) continue;
    for (const part of rawName === PARAMS.compare ? rawValue.split(',') : [rawValue]) {
      const id = decode(part);
      if (id) ids.add(id);
    }
  }
  return ids;
}

export function parseCamera(value: string): CameraState | null {
  const parts = value.split(',');
  if (parts.length !== 3 || parts.some((part) => part.trim() === '')) return null;
  const [x, y, ratio] = parts.map(Number);
  if (![x, y, ratio].every(Number.isFinite)) return null;
  if (ratio < MIN_CAMERA_RATIO || ratio > MAX_CAMERA_RATIO) return null;
  return { x, y, ratio };
}

/**
 * What the loaded data has, beyond its node ids: the kinds, the ids of its sources (for `src=`), its nodes'
 * attributes as profiled (for `at.NAME=`, `ca`, `sa`, `la`) and its links' numeric attributes (for `ew`).
 */
export interface KnownValues {
  kinds?: readonly string[];
  sources?: readonly string[];
  attributes?: readonly AttributeProfile[];
  edgeAttributes?: readonly string[];
}

/** `MIN..MAX`, either end empty, each a finite number (1e25 and 0.5 included), min ≤ max; null otherwise. */
function parseRange(text: string): { min: number | null; max: number | null } | null {
  const at = text.indexOf('..');
  if (at < 0) return null;
  const ends = [text.slice(0, at), text.slice(at + 2)].map((end) => end.trim().replace(/ /g, '+'));
  const numbers = ends.map((end) => (end === '' ? null : /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(end) ? Number(end) : NaN));
  if (numbers.some((value) => value !== null && !Number.isFinite(value))) return null;
  const [min, max] = numbers;
  if ((min === null && max === null) || (min !== null && max !== null && min > max)) return null;
  return { min, max };
}

export function parseViewState(search: string, knownIds: ReadonlySet<string>, known: KnownValues = {}): ParsedViewState {
  const knownKinds = known.kinds ?? ENTITY_KINDS;
  const knownSources = new Set(known.sources ?? []);
  const notices: string[] = [];
  const notice = (name: string, value: string) =>
    notices.push(`${name}=${value.length > MAX_NOTICE_VALUE ? `${value.slice(0, MAX_NOTICE_VALUE)}…` : value}`);
  const facets: Record<FilterFacet, string[]> = Object.fromEntries(FILTER_FACETS.map((facet) => [facet, [] as string[]])) as Record<
    FilterFacet,
    string[]
  >;
  const state: ViewState = { ...DEFAULT_VIEW_STATE, filter: DEFAULT_VIEW_STATE.filter };
  let egoId: string | null = null;
  let depth: number = MIN_EGO_DEPTH;
  let hideIsolated = false;
  let scope: Scope = DEFAULT_VIEW_STATE.filter.scope;
  let time: MonthRange | null = null;
  let undated: UndatedNodes | null = null;
  let undatedValue = '';
  const path = { from: null as string | null, to: null as string | null, avoidHubs: false };
  const profiles = new Map((known.attributes ?? []).map((profile) => [profile.name, profile]));
  const edgeAttributes = new Set(known.edgeAttributes ?? []);
  const attributeConditions: AttributeCondition[] = [];

  /** A condition on a profiled attribute, its values known to it (a boolean's true/false); null when it is not one. */
  const readAttributeCondition = (name: string, rawValue: string): AttributeCondition | null => {
    const profile = profiles.get(name);
    if (!profile || profile.role === 'left-out') return null;
    if (profile.role === 'numeric') {
      const value = decode(rawValue);
      const range = value === null ? null : parseRange(value);
      return range && { name, ...range };
    }
    const known = profile.role === 'boolean' ? ['true', 'false'] : profile.values.map((entry) => entry.value);
    const values: string[] = [];
    for (const rawPart of rawValue.split(',')) {
      if (rawPart === '') continue;
      const part = decode(rawPart);
      if (part === null || !known.includes(part)) return null;
      values.push(part);
    }
    return values.length > 0 ? { name, values } : null;
  };
  const MAX_PATH_END = 200;

  const resolveFacetValue = (facet: FilterFacet, value: string): string | null => {
    if (facet === 'kinds') return knownKinds.includes(value) ? value : null;
    if (facet === 'sources') {
      // A `+` typed into the address bar arrives as a space.
      const known = (set: string) => set.split(SOURCE_SET_SEPARATOR).every((id) => knownSources.has(id));
      const typed = value.replace(/ /g, SOURCE_SET_SEPARATOR);
      return known(value) ? value : known(typed) ? typed : null;
    }
    const prefix = facetPrefix(facet)!;
    if (!value.includes(':') && knownIds.has(prefix + value)) return prefix + value;
    return value.startsWith(prefix) && knownIds.has(value) ? value : null;
  };

  for (const [rawName, rawValue] of readPairs(search)) {
    const name = decode(rawName) ?? rawName;
    const facet = FACET_BY_PARAM.get(name);
    if (facet) {
      for (const rawPart of rawValue.split(',')) {
        if (rawPart === '') continue;
        const part = decode(rawPart);
        const resolved = part === null ? null : resolveFacetValue(facet, part);
        if (resolved === null) notice(name, part ?? rawPart);
        else facets[facet].push(resolved);
      }
      continue;
    }
    if (name === PARAMS.compare) {
      // Split before decoding, as facets are: an id may hold an escaped comma.
      for (const rawPart of rawValue.split(',')) {
        if (rawPart === '') continue;
        const part = decode(rawPart);
        if (part !== null && knownIds.has(part) && !state.compare.includes(part) && state.compare.length < MAX_COMPARED)
          state.compare = [...state.compare, part];
        else notice(name, part ?? rawPart);
      }
      continue;
    }
    if (name.startsWith(ATTRIBUTE_PARAM_PREFIX)) {
      const condition = readAttributeCondition(name.slice(ATTRIBUTE_PARAM_PREFIX.length), rawValue);
      if (condition && attributeConditions.length < MAX_ATTRIBUTE_CONDITIONS) attributeConditions.push(condition);
      else notice(name, decode(rawValue) ?? rawValue);
      continue;
    }
    const value = decode(rawValue);
    if (value === null) {
      notice(name, rawValue);
      continue;
    }
    switch (name) {
      case PARAMS.colorAttribute:
      case PARAMS.labelAttribute: {
        const profile = profiles.get(value);
        // Any profiled attribute labels (a unique name is the best label); colour needs values or numbers.
        if (profile && (name === PARAMS.labelAttribute || profile.role !== 'left-out')) {
          if (name === PARAMS.colorAttribute) state.colorAttribute = value;
          else state.labelAttribute = value;
        } else notice(name, value);
        break;
      }
      case PARAMS.sizeAttribute:
        if (profiles.get(value)?.role === 'numeric') state.sizeAttribute = value;
        else notice(name, value);
        break;
      case PARAMS.edgeWeight:
        if (edgeAttributes.has(value)) state.edgeWeight = value;
        else notice(name, value);
        break;
      case PARAMS.data:
        state.dataUrl = value === '' ? null : value;
        break;
      case PARAMS.selected:
        if (knownIds.has(value)) state.selected = value;
        else notice(name, value);
        break;
      case PARAMS.ego:
        if (knownIds.has(value)) egoId = value;
        else notice(name, value);
        break;
      case PARAMS.depth: {
        const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
        if (parsed >= MIN_EGO_DEPTH && parsed <= MAX_EGO_DEPTH) depth = parsed;
        else notice(name, value);
        break;
      }
      case PARAMS.hideIsolated:
      case PARAMS.table:
      case PARAMS.avoidHubs:
        if (value in FLAGS) {
          if (name === PARAMS.table) state.tableOpen = FLAGS[value];
          else if (name === PARAMS.avoidHubs) path.avoidHubs = FLAGS[value];
          else hideIsolated = FLAGS[value];
        } else notice(name, value);
        break;
      // A path end the graph lacks is kept: the path panel says it is unknown (a notice there, not here).
      case PARAMS.pathFrom:
      case PARAMS.pathTo:
        if (value !== '' && value.length <= MAX_PATH_END && value === value.trim() && !LONE_SURROGATE.test(value)) {
          if (name === PARAMS.pathFrom) path.from = value;
          else path.to = value;
        } else notice(name, value);
        break;
      case PARAMS.analysis:
        if ((ANALYSIS_TABS as readonly string[]).includes(value)) state.analysis = value as AnalysisTab;
        else notice(name, value);
        break;
      case PARAMS.rank:
      case PARAMS.sizeBy:
        if ((RANK_METRICS as readonly string[]).includes(value)) {
          if (name === PARAMS.rank) state.rank = value as RankMetric;
          else state.sizeBy = value as RankMetric;
        } else notice(name, value);
        break;
      case PARAMS.community:
        // A number the communities may lack is kept: only the worker's answer says how many there are.
        if (/^\d{1,6}$/.test(value)) state.community = Number(value);
        else notice(name, value);
        break;
      case PARAMS.colorMode:
        if ((COLOR_MODES as readonly string[]).includes(value)) state.colorMode = value as ColorMode;
        else notice(name, value);
        break;
      case PARAMS.scope:
        if ((SCOPES as readonly string[]).includes(value)) scope = value as Scope;
        else notice(name, value);
        break;
      case PARAMS.lang:
        if ((LANGUAGES as readonly string[]).includes(value)) state.lang = value as Language;
        else notice(name, value);
        break;
      case PARAMS.time: {
        const range = parseMonthRange(value);
        if ('value' in range) time = range.value;
        else notice(name, value);
        break;
      }
      case PARAMS.undated:
        undatedValue = value;
        if (value === 'hide' || value === 'keep') undated = value;
        else notice(name, value);
        break;
      case PARAMS.camera: {
        const camera = parseCamera(value);
        if (camera) state.camera = camera;
        else notice(name, value);
        break;
      }
      default:
        notice(name, value);
    }
  }
  // `undated` means nothing without a window: named in a notice rather than silently kept.
  if (undated !== null && time === null) notice(PARAMS.undated, undatedValue);
  state.filter = normalizeFilter({
    ...facets,
    hideIsolated,
    scope,
    ego: egoId ? { id: egoId, depth } : null,
    time: time ? { ...time, undated: undated ?? 'keep' } : null,
    attributes: attributeConditions,
  });
  if (path.from !== null || path.to !== null) state.path = path;
  return { state, notices };
}
