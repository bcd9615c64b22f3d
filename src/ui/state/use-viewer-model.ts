// What the viewer derives from the data and the view state: the filter index, the visible set, live counts,
// colours and legend, drawn sizes and what the graph view is told. Everything keys on the data's revision (an
// import refills the same graph object); a re-layout moves nodes but keeps them and their links, so the
// filter index stays good across it.
import { useDeferredValue, useMemo } from 'react';
import {
  EMPTY_FILTER,
  computeAttributeCounts,
  computeFacetCounts,
  computeVisibleNodes,
  createFilterIndex,
  isEmptyFilter,
  type FilterIndex,
  type FilterState,
} from '../../core/filters/index.js';
import type { ViewState } from '../../core/view-state/index.js';
import { computeColoring, computeColorModes, computeLegend, resolveColorAttribute } from '../appearance.js';
import { computeAttributeLabels, computeAttributeSizes, computeEdgeWidths } from '../attribute-sizing.js';
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

/** The data's filter index: a new one per revision (`graph` is the same object across imports). */
export function useFilterIndex(data: ViewerData): FilterIndex {
  const { graph, bundle, revision, attributes } = data;
  // With several sources, the first one's map is the "primary" scope the viewer opens on.
  const primarySource = bundle.sources.length > 1 ? String(bundle.sources[0].id) : undefined;
  return useMemo(() => createFilterIndex(graph, revision, primarySource, attributes), [graph, revision, primarySource, attributes]);
}

/** `state.filter` may carry a `within` group (a community shown alone) read against `filterIndex`. */
export function useViewerModel(data: ViewerData, state: ViewState, i18n: I18n, filterIndex: FilterIndex) {
  const { graph, bundle, revision } = data;
  const profiles = data.attributes;
  const scopeSizes = useMemo(() => {
    const outside = filterIndex.outsidePrimary;
    if (!outside) return null;
    let count = 0;
    for (let node = 0; node < outside.length; node++) count += outside[node];
    return { primary: outside.length - count, all: outside.length };
  }, [filterIndex]);
  const visible = useMemo(() => computeVisibleNodes(filterIndex, state.filter), [filterIndex, state.filter]);
  const totals = useMemo(() => computeFacetCounts(filterIndex, EVERYTHING), [filterIndex]);
  // The live counts follow a frame later (a deferred render): a click or a brush move redraws the map and "N of M"
  // first; at 100k nodes the counts are most of a filter change's work.
  const countedFilter = useDeferredValue(state.filter);
  // Nothing narrows the counted view (no filter, and the scope shows everything): the totals are the counts.
  const unfiltered = isEmptyFilter(countedFilter) && (countedFilter.scope === 'all' || !filterIndex.outsidePrimary);
  const counts = useMemo(
    () => (unfiltered ? totals : computeFacetCounts(filterIndex, countedFilter)),
    [unfiltered, filterIndex, countedFilter, totals],
  );
  const attributeTotals = useMemo(() => computeAttributeCounts(filterIndex, EVERYTHING), [filterIndex]);
  const attributeCounts = useMemo(
    () => (unfiltered ? attributeTotals : computeAttributeCounts(filterIndex, countedFilter)),
    [unfiltered, filterIndex, countedFilter, attributeTotals],
  );
  // Communities colour from the analysis worker's answer; until it comes the kind colours stay, and switching from
  // kind to community redraws nothing (a redraw of 100k nodes is seconds of main thread with software WebGL).
  const paletteMode = state.colorMode === 'community' ? 'kind' : state.colorMode;
  const colorAttribute = useMemo(
    () => resolveColorAttribute(profiles, graph.order, state.colorAttribute),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [profiles, state.colorAttribute, revision],
  );
  const coloring = useMemo(
    () => computeColoring(graph, filterIndex, bundle, paletteMode, { profiles, attribute: colorAttribute?.name }),
    [graph, filterIndex, bundle, paletteMode, profiles, colorAttribute],
  );
  const legend = useMemo(() => computeLegend(coloring, visible), [coloring, visible]);
  // What colouring this data offers: per revision (an import refills the same graph object).
  const colorModes = useMemo(
    () => ({ modes: computeColorModes(graph, bundle, profiles), attribute: colorAttribute?.name }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, bundle, profiles, colorAttribute, revision],
  );
  // Scaled to the whole graph, also while it arrives: a stage does not resize the nodes already drawn.
  const order = data.loading?.total ?? filterIndex.ids.length;
  const sizeOf = useMemo(() => sizeScale(order), [order]);
  // Size, label and link thickness from the data's own attributes, as chosen (each one pass; none when not chosen).
  const attributeSizes = useMemo(() => computeAttributeSizes(filterIndex, state.sizeAttribute), [filterIndex, state.sizeAttribute]);
  const labelOf = useMemo(
    () => computeAttributeLabels(graph, state.labelAttribute),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, state.labelAttribute, revision],
  );
  const edgeSizeOf = useMemo(
    () => computeEdgeWidths(graph, data.edgeAttributes, state.edgeWeight),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, data.edgeAttributes, state.edgeWeight, revision],
  );
  const view = useMemo<SigmaView>(
    () => ({
      visible,
      selected: state.selected,
      colorOf: coloring.colorOf,
      lang: state.lang,
      sizeOf,
      sizeOverride: attributeSizes,
      labelOf,
      edgeSizeOf,
    }),
    [visible, state.selected, coloring, state.lang, sizeOf, attributeSizes, labelOf, edgeSizeOf],
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
  return {
    filterIndex,
    coloring,
    visible,
    totals,
    counts,
    attributeTotals,
    attributeCounts,
    legend,
    view,
    exportLegend,
    scopeSizes,
    colorModes,
  };
}
