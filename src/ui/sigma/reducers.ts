// The one place where view state becomes drawing: sigma's node and edge reducers read a mutable
// view (filters, hover, selection, colours, language) that the controller updates before a refresh.
import type Graph from 'graphology';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import { EDGE_COLOR, EDGE_FOCUS_COLOR, EDITORIAL_EDGE_COLOR, FADED_COLOR } from '../appearance.js';
import type { SigmaView } from './types.js';

export interface ReducerState extends SigmaView {
  hovered: string | null;
  /** The hovered node, else the selection: it and its neighbours stay lit, the rest fades. */
  focus: string | null;
  focusNeighbours: ReadonlySet<string>;
}

/** Neighbour labels are forced on only when there are few enough to read. */
const MAX_FORCED_LABELS = 40;

export function createReducers(graph: Graph, state: { current: ReducerState }): Pick<Settings, 'nodeReducer' | 'edgeReducer'> {
  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const view = state.current;
    const out: Partial<NodeDisplayData> = {
      ...(data as Partial<NodeDisplayData>),
      label: String((view.lang === 'en' ? data.nameEn : data.nameZh) ?? data.label ?? node),
      color: view.colorOf.get(node) ?? (data.color as string | undefined),
      size: view.sizeOf(data.size as number),
    };
    if (!view.visible.has(node)) return { ...out, hidden: true };
    if (view.focus) {
      if (node === view.focus) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
      if (view.focusNeighbours.has(node)) return { ...out, forceLabel: view.focusNeighbours.size <= MAX_FORCED_LABELS, zIndex: 1 };
      return { ...out, color: FADED_COLOR, label: null, zIndex: 0 };
    }
    if (node === view.selected) return { ...out, highlighted: true, forceLabel: true, zIndex: 2 };
    return out;
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const view = state.current;
    const [source, target] = graph.extremities(edge);
    if (!view.visible.has(source) || !view.visible.has(target)) return { hidden: true };
    const editorial = data.editorial !== undefined;
    if (view.focus) {
      if (source !== view.focus && target !== view.focus) return { hidden: true };
      return { color: editorial ? EDITORIAL_EDGE_COLOR : EDGE_FOCUS_COLOR, size: 1.5, zIndex: 1, label: null };
    }
    return { color: editorial ? EDITORIAL_EDGE_COLOR : EDGE_COLOR, size: 1, zIndex: editorial ? 1 : 0, label: null };
  };

  return { nodeReducer, edgeReducer } as Pick<Settings, 'nodeReducer' | 'edgeReducer'>;
}
