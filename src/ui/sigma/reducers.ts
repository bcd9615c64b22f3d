// The one place where view state becomes drawing: sigma's node and edge reducers read a mutable
// view (filters, hover, selection, colours, language) that the controller updates before a refresh.
// Sigma hands the reducers a fresh copy of the attributes, so they fill it in place, and it hides
// an edge whose end is hidden by itself, so the edge reducer only looks at the focus.
import type Graph from 'graphology';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_COLOR, EDGE_FOCUS_COLOR, EDITORIAL_EDGE_COLOR, FADED_COLOR } from '../appearance.js';

/** Links on a shown path: darker and thicker than a focus link. */
const PATH_EDGE_COLOR = '#c2410c';
import type { SigmaView } from './types.js';

export interface ReducerState extends SigmaView {
  hovered: string | null;
  /** The hovered node, else the selection: it and its neighbours stay lit, the rest fades. */
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
  /** The focus's own links: the only ones drawn while there is a focus. */
  focusEdges: ReadonlySet<string>;
}

/** Neighbour labels are forced on only when there are few enough to read. */
const MAX_FORCED_LABELS = 40;

export function createReducerState(graph: Graph, view: SigmaView): ReducerState {
  const state: ReducerState = { ...view, hovered: null, focus: null, focusNeighbours: new Set(), focusEdges: new Set() };
  applyFocus(graph, state, view.selected);
  return state;
}

/** Sets the focus (a visible node, else none) with its neighbours and links. */
export function applyFocus(graph: Graph, state: ReducerState, focus: string | null): void {
  state.focus = focus && graph.hasNode(focus) && state.visible.has(focus) ? focus : null;
  state.focusNeighbours = state.focus ? new Set(graph.neighbors(state.focus)) : new Set();
  state.focusEdges = state.focus ? new Set(graph.edges(state.focus)) : new Set();
}

export function createReducers(state: { current: ReducerState }): Pick<Settings, 'nodeReducer' | 'edgeReducer'> {
  const nodeReducer = (node: string, attributes: Record<string, unknown>): Partial<NodeDisplayData> => {
    const view = state.current;
    const data = attributes as Partial<NodeDisplayData> & Record<string, unknown>;
    data.label = view.labelOf?.get(node) ?? String((view.lang === 'en' ? data.nameEn : data.nameZh) ?? data.label ?? node);
    data.color = view.colorOf.get(node) ?? data.color;
    data.size = view.sizeOf(view.sizeOverride?.get(node) ?? (data.size as number));
    if (!view.visible.has(node)) {
      data.hidden = true;
    } else if (view.path) {
      if (view.path.nodes.has(node)) {
        data.highlighted = node === view.selected;
        data.forceLabel = true;
        data.zIndex = 2;
      } else {
        data.color = FADED_COLOR;
        data.label = null;
        data.zIndex = 0;
      }
    } else if (view.focus) {
      if (node === view.focus) {
        data.highlighted = true;
        data.forceLabel = true;
        data.zIndex = 2;
      } else if (view.focusNeighbours.has(node)) {
        data.forceLabel = view.focusNeighbours.size <= MAX_FORCED_LABELS;
        data.zIndex = 1;
      } else {
        data.color = FADED_COLOR;
        data.label = null;
        data.zIndex = 0;
      }
    } else if (node === view.selected) {
      data.highlighted = true;
      data.forceLabel = true;
      data.zIndex = 2;
    }
    return data;
  };

  const edgeReducer = (edge: string, attributes: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const view = state.current;
    const data = attributes as Partial<EdgeDisplayData> & Record<string, unknown>;
    const editorial = data.editorial !== undefined;
    data.label = null;
    if (view.path) {
      if (!view.path.edges.has(edge)) {
        data.hidden = true;
      } else {
        data.color = PATH_EDGE_COLOR;
        data.size = 3;
        data.zIndex = 2;
      }
    } else if (view.focus) {
      if (!view.focusEdges.has(edge)) {
        data.hidden = true;
      } else {
        data.color = editorial ? EDITORIAL_EDGE_COLOR : EDGE_FOCUS_COLOR;
        data.size = Math.max(1.5, view.edgeSizeOf?.get(edge) ?? 0);
        data.zIndex = 1;
      }
    } else {
      data.color = editorial ? EDITORIAL_EDGE_COLOR : EDGE_COLOR;
      data.size = view.edgeSizeOf?.get(edge) ?? 1;
      data.zIndex = editorial ? 1 : 0;
    }
    return data;
  };

  return { nodeReducer, edgeReducer } as Pick<Settings, 'nodeReducer' | 'edgeReducer'>;
}
