// The viewer's model with the analyses laid over it: community colours and legend when colouring by community,
// the paths lit and sizes by a measure in what sigma is told. Keeps the Viewer to one call.
import { useMemo } from 'react';
import type { ViewState } from '../../core/view-state/index.js';
import type { ViewerData } from '../data/viewer-data.js';
import type { I18n } from '../i18n.js';
import { useViewerModel } from '../state/use-viewer-model.js';
import { useAnalysisView } from './use-analysis-view.js';

export function useAnalysedModel(data: ViewerData, state: ViewState, i18n: I18n) {
  const model = useViewerModel(data, state, i18n);
  const analysis = useAnalysisView(data, state, model.filterIndex, model.visible);
  const { pathDrawn, sizeOverride, communityColoring, communityLegend } = analysis;
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
  const exportLegend = useMemo(
    () =>
      communityLegend
        ? {
            title: `${t('legend')} · ${t('colourCommunity')}`,
            rows: communityLegend
              .slice(0, 16)
              .map((row) => ({ color: row.color, label: row.key === '' ? t('legendNone') : i18n.name(row), count: row.count })),
          }
        : model.exportLegend,
    [communityLegend, model.exportLegend, t, i18n],
  );
  return { ...model, legend: communityLegend ?? model.legend, view, exportLegend, analysis };
}

export type AnalysisView = ReturnType<typeof useAnalysisView>;
