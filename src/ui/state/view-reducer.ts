// The viewer's one store of view state (what the URL mirrors): actions and the reducer.
import {
  EMPTY_FILTER,
  clampEgoDepth,
  normalizeFilter,
  setAttributeCondition,
  toggleAttributeValue,
  toggleFacetValue,
  type AttributeCondition,
  type FilterFacet,
  type Scope,
  type TimeFilter,
} from '../../core/filters/index.js';
import {
  MAX_COMPARED,
  type AnalysisTab,
  type CameraState,
  type ColorMode,
  type Language,
  type PathQuery,
  type RankMetric,
  type ViewState,
} from '../../core/view-state/index.js';

export type ViewAction =
  | { type: 'toggleFacet'; facet: FilterFacet; value: string }
  | { type: 'clearFilters' }
  | { type: 'setScope'; scope: Scope }
  | { type: 'setEgo'; id: string | null; depth?: number }
  | { type: 'setEgoDepth'; depth: number }
  | { type: 'setHideIsolated'; value: boolean }
  /** One community shown alone (its number), or all again. */
  | { type: 'showCommunity'; community: number | null }
  | { type: 'select'; id: string | null }
  | { type: 'setColorMode'; mode: ColorMode }
  /** Other data now shows (an import, the way back): its colour mode, and no attribute of the last data kept. */
  | { type: 'newData'; mode: ColorMode }
  | { type: 'setLang'; lang: Language }
  | { type: 'setCamera'; camera: CameraState }
  | { type: 'setTableOpen'; open: boolean }
  | { type: 'setTime'; time: TimeFilter | null }
  | { type: 'setAnalysis'; tab: AnalysisTab | null }
  /** Sets one or both ends (undefined keeps an end); with both, the path tab opens. */
  | { type: 'setPath'; from?: string | null; to?: string | null; avoidHubs?: boolean }
  | { type: 'clearPath' }
  | { type: 'setRank'; metric: RankMetric }
  | { type: 'setSizeBy'; metric: RankMetric | null }
  /** A value of a categorical or boolean attribute switched on or off. */
  | { type: 'toggleAttributeValue'; name: string; value: string }
  /** A range (or values) on an attribute; an empty one removes its condition. */
  | { type: 'setAttributeCondition'; condition: AttributeCondition }
  | { type: 'setColorAttribute'; name: string | null }
  /** Size by a numeric attribute (a measure's size is switched off), or by the data's size again. */
  | { type: 'setSizeAttribute'; name: string | null }
  | { type: 'setLabelAttribute'; name: string | null }
  | { type: 'setEdgeWeight'; name: string | null }
  /** Adds an entity to the comparison (up to four) and opens the compare tab; removes one. */
  | { type: 'addCompared'; id: string }
  | { type: 'removeCompared'; id: string };

/**
 * The state with another filter. A community shown alone is one of the communities of the view the filters left, so
 * it goes with them: the next view has other communities, numbered afresh.
 */
function withFilter(state: ViewState, filter: ViewState['filter']): ViewState {
  return { ...state, filter, community: null };
}

export function viewReducer(state: ViewState, action: ViewAction): ViewState {
  switch (action.type) {
    case 'toggleFacet':
      return withFilter(state, toggleFacetValue(state.filter, action.facet, action.value));
    case 'clearFilters':
      // The scope is where the map starts, not a filter: clearing keeps it.
      return withFilter(state, { ...EMPTY_FILTER, scope: state.filter.scope });
    case 'setScope':
      return withFilter(state, { ...state.filter, scope: action.scope });
    case 'setEgo':
      return withFilter(state, {
        ...state.filter,
        ego: action.id ? { id: action.id, depth: clampEgoDepth(action.depth ?? state.filter.ego?.depth ?? 1) } : null,
      });
    case 'setEgoDepth':
      return state.filter.ego
        ? withFilter(state, { ...state.filter, ego: { ...state.filter.ego, depth: clampEgoDepth(action.depth) } })
        : state;
    case 'setHideIsolated':
      return withFilter(state, { ...state.filter, hideIsolated: action.value });
    case 'showCommunity':
      return { ...state, community: action.community };
    case 'select':
      return state.selected === action.id ? state : { ...state, selected: action.id };
    case 'setColorMode':
      return { ...state, colorMode: action.mode };
    case 'newData':
      return {
        ...state,
        colorMode: action.mode,
        colorAttribute: null,
        sizeAttribute: null,
        labelAttribute: null,
        edgeWeight: null,
        community: null,
      };
    case 'setLang':
      return { ...state, lang: action.lang };
    case 'setCamera': {
      const { camera } = state;
      if (camera && camera.x === action.camera.x && camera.y === action.camera.y && camera.ratio === action.camera.ratio) return state;
      return { ...state, camera: action.camera };
    }
    case 'setTableOpen':
      return { ...state, tableOpen: action.open };
    case 'setTime':
      // The other parts keep their identity: the camera does not refit for a move of the window (see useFitOnChange).
      return withFilter(state, { ...state.filter, time: normalizeFilter({ time: action.time }).time ?? null });
    case 'setAnalysis':
      return { ...state, analysis: action.tab };
    case 'setPath': {
      const before: PathQuery = state.path ?? { from: null, to: null, avoidHubs: false };
      const path: PathQuery = {
        from: action.from === undefined ? before.from : action.from,
        to: action.to === undefined ? before.to : action.to,
        avoidHubs: action.avoidHubs ?? before.avoidHubs,
      };
      // The panel opens once both ends are chosen (from a node's details the first end leaves the details open).
      return { ...state, analysis: path.from && path.to ? 'path' : state.analysis, path };
    }
    case 'clearPath':
      return { ...state, path: null };
    case 'setRank':
      return { ...state, rank: action.metric };
    case 'setSizeBy':
      return { ...state, sizeBy: action.metric, sizeAttribute: action.metric ? null : state.sizeAttribute };
    case 'toggleAttributeValue':
      return withFilter(state, toggleAttributeValue(state.filter, action.name, action.value));
    case 'setAttributeCondition':
      return withFilter(state, setAttributeCondition(state.filter, action.condition));
    case 'setColorAttribute':
      return { ...state, colorMode: action.name ? 'attribute' : state.colorMode, colorAttribute: action.name };
    case 'setSizeAttribute':
      return { ...state, sizeAttribute: action.name, sizeBy: action.name ? null : state.sizeBy };
    case 'setLabelAttribute':
      return { ...state, labelAttribute: action.name };
    case 'setEdgeWeight':
      return { ...state, edgeWeight: action.name };
    case 'addCompared':
      if (state.compare.includes(action.id) || state.compare.length >= MAX_COMPARED) return { ...state, analysis: 'compare' };
      return { ...state, analysis: 'compare', compare: [...state.compare, action.id] };
    case 'removeCompared':
      return { ...state, compare: state.compare.filter((id) => id !== action.id) };
    default: {
      const unknown: never = action;
      return unknown;
    }
  }
}
