// Sigma settings for the landscape: CJK font stack, label density, camera limits. Created once.
import type Graph from 'graphology';
import type { Settings } from 'sigma/settings';
import { createReducers, type ReducerState } from './reducers.js';

export const LABEL_FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function createSettings(graph: Graph, state: { current: ReducerState }): Partial<Settings> {
  const large = graph.order > 20_000;
  return {
    ...createReducers(state),
    labelFont: LABEL_FONT,
    labelSize: 13,
    labelWeight: '500',
    labelColor: { color: '#1f2430' },
    labelDensity: 0.5,
    labelGridCellSize: 110,
    labelRenderedSizeThreshold: 5,
    zIndex: true,
    defaultEdgeType: 'line',
    minCameraRatio: 0.01,
    maxCameraRatio: 4,
    stagePadding: 40,
    hideEdgesOnMove: large,
    hideLabelsOnMove: large,
    enableEdgeEvents: false,
    // A container folded to nothing (a rotated phone, a closing panel) must not throw on resize; the
    // first drawing waits for a size instead (GraphView).
    allowInvalidContainer: true,
  };
}
