// The viewer's model with the analyses laid over it: community colours and legend when colouring by community, one
// community shown alone, the paths lit and sizes by a measure in what sigma is told. Keeps the Viewer to one call.
import { useMemo } from 'react';
import type { ViewState } from '../../core/view-state/index.js';
import type { ViewerData } from '../data/viewer-data.js';
import type { I18n } from '../i18n.js';
import { useFilterIndex, useViewerModel } from '../state/use-viewer-model.js';
import { useAnalysisClient } from './use-analysis.js';
import { useAnalysisView } from './use-analysis-view.js';
import { useCommunities } from './use-communities.js';

export function useAnalysedModel(data: ViewerData, state: ViewState, i18n: I18n) {
  const filterIndex = useFilterIndex(data);
  const ask = useAnalysisClient(filterIndex);
  const communities = useCommunities(ask, data.graph, state, filterIndex);
  // A community shown alone narrows the filters' view like one more filter: the map, "N of M", the counts, the
  // timeline, the rankings, paths and exports all read this filter.
  const { within } = communities;
  const filter = useMemo(() => (within ? { ...state.filter, within } : state.filter), [state.filter, within]);
  const modelState = useMemo(() => (filter === state.filter ? state : { ...state, filter }), [state, filter]);
  const model = useViewerModel(data, modelState, i18n, filterIndex);
  const analysis = useAnalysisView(ask, data, state, filterIndex, model.visible);
  const { pathDrawn, sizeOverride } = analysis;
  const communityColoring = state.colorMode === 'community' ? communities.coloring : null;
  const communityLegend = state.colorMode === 'community' ? communities.legend : null;
  const baseView = model.view;
  const view = useMemo(
    () => ({
      ...baseView,
      colorOf: communityColoring?.colorOf ?? baseView.colorOf,
      path: pathDrawn,
      // A measure's sizes, else an attribute's (the two are never chosen together).
      sizeOverride: sizeOverride ?? baseView.sizeOverride,
    }),
    [baseView, communityColoring, pathDrawn, sizeOverride],
  );
  const { t } = i18n;
  // A picture of one community shown alone has that community's row only.
  const shownKey = communities.within ? `community:${state.community}` : null;
  const exportLegend = useMemo(
    () =>
      communityLegend
        ? {
            title: `${t('legend')} · ${t('colourCommunity')}`,
            rows: communityLegend
              .filter((row) => shownKey === null || row.key === shownKey)
              .slice(0, 16)
              .map((row) => ({ color: row.color, label: row.key === '' ? t('legendNone') : i18n.name(row), count: row.count })),
          }
        : model.exportLegend,
    [communityLegend, model.exportLegend, t, i18n, shownKey],
  );
  return { ...model, filter, legend: communityLegend ?? model.legend, view, exportLegend, analysis, communities };
}

export type AnalysisView = ReturnType<typeof useAnalysisView>;
