// What the viewer's analyses add to the view: the path question's answer (and its nodes and links to light on
// the map), the open ranking, and node sizes by a measure. One worker serves them and the communities.
import { useMemo } from 'react';
import { computePathHops } from '../../core/analysis/index.js';
import type { FilterIndex, NodeSubset } from '../../core/filters/index.js';
import type { ViewState } from '../../core/view-state/index.js';
import type { ViewerData } from '../data/viewer-data.js';
import type { SigmaView } from '../sigma/index.js';
import { useMetricAnswer, usePathAnswer, type Ask, type Asked, type MetricValues } from './use-analysis.js';

/** Data sizes run 3..40 (as the degree-based ones do); a measure's share of its largest value, square-rooted. */
const MIN_SIZE = 3;
const MAX_SIZE = 40;

export function computeSizeOverride(metric: MetricValues): Map<string, number> {
  const { values, index } = metric;
  let max = 0;
  for (let node = 0; node < values.length; node++) if (values[node] > max) max = values[node];
  const sizes = new Map<string, number>();
  for (let node = 0; node < values.length; node++) {
    const value = values[node];
    if (Number.isNaN(value)) continue;
    sizes.set(index.ids[node], MIN_SIZE + (MAX_SIZE - MIN_SIZE) * (max > 0 ? Math.sqrt(value / max) : 0));
  }
  return sizes;
}

export function useAnalysisView(ask: Ask, data: ViewerData, state: ViewState, filterIndex: FilterIndex, visible: NodeSubset) {
  const pathAnswer = usePathAnswer(ask, state.path, visible);
  const rankShown = state.analysis === 'rank' ? state.rank : null;
  const rankAnswer = useMetricAnswer(ask, rankShown, visible, filterIndex);
  // The same measure is asked once: the ranking's answer sizes the nodes too.
  const sizeAnswer = useMetricAnswer(ask, state.sizeBy !== rankShown ? state.sizeBy : null, visible, filterIndex);
  const sizeSource: Asked<MetricValues> = state.sizeBy === null ? { status: 'idle' } : state.sizeBy === rankShown ? rankAnswer : sizeAnswer;

  const { graph } = data;
  // While the next answer runs, the last paths stay drawn: no flash, and one redraw of the map instead of two.
  const shownPaths = pathAnswer.status === 'done' ? pathAnswer.value : pathAnswer.status === 'running' ? pathAnswer.last : undefined;
  const pathDrawn = useMemo<SigmaView['path']>(() => {
    if (!shownPaths?.ok) return null;
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const path of shownPaths.paths) {
      for (const node of path) nodes.add(node);
      for (const hop of computePathHops(graph, path)) for (const link of hop.links) edges.add(link.edge);
    }
    return { nodes, edges };
  }, [shownPaths, graph]);
  const sizeValues = sizeSource.status === 'done' ? sizeSource.value : null;
  const sizeOverride = useMemo(() => (sizeValues ? computeSizeOverride(sizeValues) : null), [sizeValues]);
  // The measures computed for the view go into exports as node attributes (degree, pagerank, betweenness).
  const rankValues = rankAnswer.status === 'done' ? rankAnswer.value : null;
  const exportValues = useMemo(() => {
    const measures = new Map<string, MetricValues>();
    for (const values of [rankValues, sizeValues]) if (values) measures.set(values.metric, values);
    return [...measures.values()].map((values) => {
      const map = new Map<string, number>();
      for (let node = 0; node < values.values.length; node++)
        if (!Number.isNaN(values.values[node])) map.set(values.index.ids[node], values.values[node]);
      return { name: values.metric, values: map };
    });
  }, [rankValues, sizeValues]);
  return { pathAnswer, rankAnswer, pathDrawn, sizeOverride, sizeValues, exportValues };
}
