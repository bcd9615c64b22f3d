// Communities of the view the filters leave (Louvain, in the analysis worker): their colours and legend when the map
// is coloured by community, and one of them shown alone as a node group the filter reads (`within`). They are
// computed on the filters' view, never on the group shown: that is one of them, and the legend keeps naming the rest.
import { useMemo } from 'react';
import type Graph from 'graphology';
import { computeVisibleNodes, NodeSubset, type FilterIndex } from '../../core/filters/index.js';
import type { ViewState } from '../../core/view-state/index.js';
import { computeCommunityColoring, computeLegend } from '../appearance.js';
import { useCommunityAnswer, type Ask } from './use-analysis.js';

export function useCommunities(ask: Ask, graph: Graph, state: ViewState, filterIndex: FilterIndex) {
  const on = state.colorMode === 'community' || state.community !== null;
  const filtersView = useMemo(
    () => (on ? computeVisibleNodes(filterIndex, state.filter) : new NodeSubset(filterIndex, new Uint8Array(filterIndex.ids.length))),
    [on, filterIndex, state.filter],
  );
  const answer = useCommunityAnswer(ask, on, filtersView, filterIndex);
  // An answer for another revision's index numbers other nodes: not read.
  const values = answer.status === 'done' && answer.value.index === filterIndex ? answer.value : null;
  const coloring = useMemo(() => (values ? computeCommunityColoring(graph, values) : null), [graph, values]);
  const legend = useMemo(() => (coloring ? computeLegend(coloring, filtersView) : null), [coloring, filtersView]);
  const shown = state.community;
  const within = useMemo(() => {
    if (shown === null || !values || shown >= values.communities.length) return null;
    const mask = new Uint8Array(values.of.length);
    for (let node = 0; node < mask.length; node++) if (values.of[node] === shown) mask[node] = 1;
    return mask;
  }, [shown, values]);
  const shownCommunity = shown !== null && values ? (values.communities[shown] ?? null) : null;
  return {
    answer,
    coloring,
    legend,
    within,
    /** The community shown alone, once the answer has it; `missing` when the answer has no such number. */
    shown: shownCommunity,
    missing: shown !== null && values !== null && shownCommunity === null,
  };
}

export type Communities = ReturnType<typeof useCommunities>;
