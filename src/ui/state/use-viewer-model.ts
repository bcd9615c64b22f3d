// What the viewer derives from the data and the view state: the filter index, the visible set, live counts,
// colours and legend, drawn sizes and what the graph view is told. Everything keys on the data's revision (an
// import refills the same graph object); a re-layout moves nodes but keeps them and their links, so the
// filter index stays good across it.
import { useMemo } from 'react';
import {
  EMPTY_FILTER,
  computeFacetCounts,
  computeVisibleNodes,
  createFilterIndex,
  isEmptyFilter,
  type FilterState,
} from '../../core/filters/index.js';
import type { ViewState } from '../../core/view-state/index.js';
import { computeColoring, computeColorModes, computeLegend } from '../appearance.js';
import { chooseGraphColorAttribute } from '../file-coloring.js';
import type { ViewerData } from '../data/viewer-data.js';
import { COLOR_MODE_LABELS, type I18n } from '../i18n.js';
import type { SigmaView } from '../sigma/index.js';

/** Data sizes run 3..40 px; drawn smaller, the more so the more nodes share the screen. */
function sizeScale(order: number): (size: number) => number {
  const factor = Math.max(0.2, Math.min(0.6, 0.6 * Math.sqrt(1000 / Math.max(order, 1))));
  return (size) => 2 + size * factor;
}

/** No filter and every source: what the facet totals count. */
const EVERYTHING: FilterState = { ...EMPTY_FILTER, scope: 'all' };

export function useViewerModel(data: ViewerData, state: ViewState, i18n: I18n) {
  const { graph, bundle, revision } = data;
  // A new index per revision: `graph` is the same object across imports. With several sources, the first one's
  // map is the "primary" scope the viewer opens on.
  const primarySource = bundle.sources.length > 1 ? String(bundle.sources[0].id) : undefined;
  const filterIndex = useMemo(() => createFilterIndex(graph, revision, primarySource), [graph, revision, primarySource]);
  const scopeSizes = useMemo(() => {
    const outside = filterIndex.outsidePrimary;
    if (!outside) return null;
    let count = 0;
    for (let node = 0; node < outside.length; node++) count += outside[node];
    return { primary: outside.length - count, all: outside.length };
  }, [filterIndex]);
  const visible = useMemo(() => computeVisibleNodes(filterIndex, state.filter), [filterIndex, state.filter]);
  const totals = useMemo(() => computeFacetCounts(filterIndex, EVERYTHING), [filterIndex]);
  const counts = useMemo(
    () =>
      isEmptyFilter(state.filter) && (state.filter.scope === 'all' || !filterIndex.outsidePrimary)
        ? totals
        : computeFacetCounts(filterIndex, state.filter),
    [filterIndex, state.filter, totals],
  );
  // Communities colour from the analysis worker's answer; until it comes the kind colours stay, and switching from
  // kind to community redraws nothing (a redraw of 100k nodes is seconds of main thread with software WebGL).
  const paletteMode = state.colorMode === 'community' ? 'kind' : state.colorMode;
  const coloring = useMemo(() => computeColoring(graph, filterIndex, bundle, paletteMode), [graph, filterIndex, bundle, paletteMode]);
  const legend = useMemo(() => computeLegend(coloring, visible), [coloring, visible]);
  // What colouring this data offers: per revision (an import refills the same graph object).
  const colorModes = useMemo(
    () => ({ modes: computeColorModes(graph, bundle), attribute: chooseGraphColorAttribute(graph) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, bundle, revision],
  );
  const sizeOf = useMemo(() => sizeScale(filterIndex.ids.length), [filterIndex]);
  const view = useMemo<SigmaView>(
    () => ({ visible, selected: state.selected, colorOf: coloring.colorOf, lang: state.lang, sizeOf }),
    [visible, state.selected, coloring, state.lang, sizeOf],
  );
  const { t } = i18n;
  const exportLegend = useMemo(
    () => ({
      title: `${t('legend')} · ${t(COLOR_MODE_LABELS[state.colorMode], { name: colorModes.attribute ?? '' })}`,
      rows: legend
        .slice(0, 16)
        .map((row) => ({ color: row.color, label: row.key === '' ? t('legendNone') : i18n.name(row), count: row.count })),
    }),
    [legend, t, i18n, state.colorMode, colorModes],
  );
  return { filterIndex, coloring, visible, totals, counts, legend, view, exportLegend, scopeSizes, colorModes };
}
