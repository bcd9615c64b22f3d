// The viewer once data is loaded, as a coordinator: one view-state store mirrored to the URL, the derived model
// (use-viewer-model), the reactions (use-viewer-effects), and the panels around the one graph view.
import { Suspense, lazy, useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { computeBundleLabel } from '../core/bundle/index.js';
import { computeCreditText } from '../core/records/index.js';
import type { ViewState } from '../core/view-state/index.js';
import { Credits } from './components/Credits.js';
import { DetailsPanel } from './components/DetailsPanel.js';
import { DrawingError } from './components/DrawingError.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { FiltersButton, countActiveFilters } from './components/FilterDrawer.js';
import { FiguresPanel } from './components/FiguresPanel.js';
import { FiltersPanel } from './components/FiltersPanel.js';
import { Header } from './components/Header.js';
import { ImportBar, ImportButton, ImportDropHint } from './components/ImportControls.js';
import { Legend } from './components/Legend.js';
import { NoticeBar } from './components/NoticeBar.js';
import { RelayoutControl } from './components/RelayoutControl.js';
import { SelectionAnnouncer } from './components/SelectionAnnouncer.js';
import { SkipLink } from './components/SkipLink.js';
import { TableView } from './components/TableView.js';
import { Timeline } from './components/Timeline.js';
import { Workspace } from './components/Workspace.js';
import { ViewerDataContext, type ViewerData } from './data/viewer-data.js';
import { I18nContext, makeI18n } from './i18n.js';
import { useAnalysedModel } from './analysis/use-analysed-model.js';
import { CommunityFacet } from './components/CommunityFacet.js';
import { useCompleteMark } from './load-marks.js';
import type { StagedImport } from './data/staged-import.js';
import { useFileDrop } from './io/use-file-drop.js';
import { useGraphSource } from './io/use-graph-source.js';
import { AppearanceControls } from './components/AppearanceControls.js';
import { useRelayout } from './layout/use-relayout.js';
import { isTouchLayout, useScreen } from './screen/use-screen.js';
import { GraphView, type GraphApi, type GraphViewLabels } from './sigma/index.js';
import { useFocusRescue } from './state/use-focus-rescue.js';
import { useDocumentLanguage, useUrlSync } from './state/use-url-sync.js';
import { viewReducer } from './state/view-reducer.js';
import { useDefaultColorMode, useEscape, useFitOnChange, useLayoutRequest } from './state/use-viewer-effects.js';

// The export dialog and its writers load when the dialog first opens, not with the page.
const ExportDialog = lazy(() => import('./components/ExportDialog.js').then((module) => ({ default: module.ExportDialog })));
// So does the analysis panel (its questions run in a worker made on the first one).
const AnalysisPanel = lazy(() => import('./components/analysis/AnalysisPanel.js').then((module) => ({ default: module.AnalysisPanel })));

interface ViewerProps {
  data: ViewerData;
  initial: ViewState;
  notices: string[];
  /** The stages of a large graph still to arrive, after the first frame. */
  rest?: StagedImport | null;
  /** A stage could not be imported: the page shows an error instead of a map that is not whole. */
  onFatal?(reason: string): void;
}

export function Viewer({ data: report, initial, notices, rest = null, onFatal = () => {} }: ViewerProps) {
  const [state, dispatch] = useReducer(viewReducer, initial);
  const [shownNotices, setShownNotices] = useState(notices);
  const [figuresOpen, setFiguresOpen] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  const [graphReady, setGraphReady] = useState(false);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const screen = useScreen();
  useFocusRescue();
  const stopLayout = useRef<() => void>(() => {});
  // An import or the way back replaces the data in the one graph: filters and selection start afresh.
  const onReplace = useCallback(() => {
    stopLayout.current();
    dispatch({ type: 'clearFilters' });
    dispatch({ type: 'select', id: null });
  }, []);
  const source = useGraphSource(report, onReplace, { rest, ready: graphReady, onFatal });
  const { data } = source;
  const { graph, bundle } = data;
  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  const { t } = i18n;
  const {
    filterIndex,
    coloring,
    visible,
    totals,
    counts,
    attributeCounts,
    attributeTotals,
    legend,
    view,
    exportLegend,
    scopeSizes,
    colorModes,
    analysis,
    communities,
    filter,
  } = useAnalysedModel(data, state, i18n);
  useDefaultColorMode(data, dispatch);
  const { pathDrawn } = analysis;
  const exportValues = analysis.exportValues;
  const label = useMemo(() => computeBundleLabel(bundle), [bundle]);
  const importedName = source.imported?.name;
  // An opened file has no editorial links: the legend does not explain a mark the map cannot show.
  const editorialLinks = useMemo(
    () => graph.someEdge((_edge, attributes) => attributes.editorial !== undefined),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, data.revision],
  );
  // The header names an opened file by its own title, with the file's name beside it.
  const importedTitle =
    source.imported && (source.imported.title ? `${source.imported.title} · ${source.imported.name}` : source.imported.name);
  // Pictures carry every source's credit line (and where outside data came from), or the opened file's name.
  const credit = useMemo(() => {
    if (importedName) return t('sourceImported', { name: importedName });
    const text = computeCreditText(bundle.sources, state.lang);
    return data.foreignOrigin ? `${text} · ${t('foreignData', { origin: data.foreignOrigin })}` : text;
  }, [importedName, bundle, state.lang, data.foreignOrigin, t]);
  const labels = useMemo<GraphViewLabels>(
    () => ({ graph: t('graphLabel'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), fit: t('fit'), reset: t('reset') }),
    [t],
  );
  const apiRef = useRef<GraphApi | null>(null);
  // The panels over the map, which camera fits keep nodes out from under.
  const legendBox = useRef<HTMLDivElement>(null);
  const relayoutBox = useRef<HTMLDivElement>(null);
  const overlays = useCallback(() => [legendBox.current, relayoutBox.current], []);
  const relayout = useRelayout(graph, visible);
  useEffect(() => {
    stopLayout.current = relayout.stop;
  }, [relayout.stop]);
  useLayoutRequest(source.layoutRequest, relayout.start);
  useFitOnChange(apiRef, data.generation, filter);
  useCompleteMark(graphReady && data.loading === null);
  const drop = useFileDrop((files) => void source.openFiles(files));

  useUrlSync(state);
  useDocumentLanguage(state.lang, `${t('appTitle')} · ${state.lang === 'zh' ? 'AI Landscape Graph' : 'AI 产业图谱'}`);

  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), []);
  const selectAndFocus = useCallback((id: string) => {
    dispatch({ type: 'select', id });
    apiRef.current?.focusNode(id);
  }, []);
  const onCameraChange = useCallback((camera: ViewState['camera'] & object) => dispatch({ type: 'setCamera', camera }), []);

  // Esc outside a field: close the figures, else clear the selection (the export dialog handles its own).
  const analysisOpen = state.analysis !== null;
  const onEscape = useCallback(
    () =>
      figuresOpen
        ? setFiguresOpen(false)
        : analysisOpen
          ? dispatch({ type: 'setAnalysis', tab: null })
          : dispatch({ type: 'select', id: null }),
    [figuresOpen, analysisOpen],
  );
  useEscape(onEscape, exportOpen);

  return (
    <I18nContext.Provider value={i18n}>
      <ViewerDataContext.Provider value={data}>
        <div className="app" data-screen={screen} data-touch={isTouchLayout(screen)}>
          <SkipLink onOpenTable={() => dispatch({ type: 'setTableOpen', open: true })} />
          <Header
            tableOpen={state.tableOpen}
            figuresOpen={figuresOpen}
            hasFigures={bundle.figures.length > 0}
            onChoose={selectAndFocus}
            onToggleTable={() => dispatch({ type: 'setTableOpen', open: !state.tableOpen })}
            onToggleFigures={() => setFiguresOpen(!figuresOpen)}
            analysisOpen={analysisOpen}
            onToggleAnalysis={() => {
              setFiguresOpen(false);
              dispatch({ type: 'setAnalysis', tab: analysisOpen ? null : 'path' });
            }}
            onToggleLanguage={() => dispatch({ type: 'setLang', lang: state.lang === 'zh' ? 'en' : 'zh' })}
            onOpenExport={() => setExportOpen(true)}
            importButton={<ImportButton busy={source.busy} onFiles={(files) => void source.openFiles(files)} />}
            searchReady={graphReady}
            screen={screen}
            importedName={importedTitle || undefined}
            filtersButton={
              screen !== 'desktop' && (
                <FiltersButton active={countActiveFilters(filter)} open={filtersOpen} onToggle={() => setFiltersOpen(!filtersOpen)} />
              )
            }
          />
          <NoticeBar notices={shownNotices} onDismiss={() => setShownNotices([])} />
          <ImportBar source={source} />
          <SelectionAnnouncer selected={state.selected} />
          <Workspace
            screen={screen}
            filtersOpen={filtersOpen}
            onCloseFilters={() => setFiltersOpen(false)}
            filters={
              <FiltersPanel
                filter={filter}
                community={<CommunityFacet communities={communities} shown={state.community} dispatch={dispatch} />}
                counts={counts}
                totals={totals}
                attributeCounts={attributeCounts}
                attributeTotals={attributeTotals}
                visibleCount={visible.size}
                selected={state.selected}
                scopeSizes={scopeSizes}
                dispatch={dispatch}
              />
            }
            stage={
              <main className="stage">
                <div className={`graph-area${drop.dragging ? ' dragging' : ''}`} {...drop.handlers}>
                  <ErrorBoundary fallback={(error) => <DrawingError error={error} inMap />}>
                    <GraphView
                      graph={graph}
                      view={view}
                      initialCamera={initial.camera}
                      apiRef={apiRef}
                      labels={labels}
                      overlays={overlays}
                      onSelect={select}
                      onCameraChange={onCameraChange}
                      onReady={() => setGraphReady(true)}
                    />
                  </ErrorBoundary>
                  <div className="overlay overlay-top-left" ref={legendBox}>
                    <Legend
                      mode={state.colorMode}
                      rows={legend}
                      modes={colorModes.modes}
                      attribute={colorModes.attribute}
                      onMode={(mode) => dispatch({ type: 'setColorMode', mode })}
                      status={state.colorMode === 'community' ? communities.answer : undefined}
                      picked={state.community}
                      onPick={(community) => dispatch({ type: 'showCommunity', community })}
                      editorialLinks={editorialLinks}
                      appearance={
                        <AppearanceControls
                          state={state}
                          colorAttribute={colorModes.attribute}
                          profiles={data.attributes}
                          edgeProfiles={data.edgeAttributes}
                          dispatch={dispatch}
                        />
                      }
                    />
                  </div>
                  <div className="overlay overlay-bottom-left" ref={relayoutBox}>
                    <RelayoutControl relayout={relayout} />
                  </div>
                  {drop.dragging && <ImportDropHint />}
                </div>
                <Timeline
                  key={data.generation}
                  index={filterIndex}
                  filter={filter}
                  visible={visible}
                  coloring={coloring}
                  initiallyOpen={screen === 'desktop'}
                  dispatch={dispatch}
                  onSelect={selectAndFocus}
                />
                {state.tableOpen && (
                  <TableView visible={visible} selected={state.selected} onSelect={selectAndFocus} compact={screen !== 'desktop'} />
                )}
              </main>
            }
            sideActive={figuresOpen || analysisOpen || (state.selected !== null && graph.hasNode(state.selected))}
            onDismissSide={() =>
              figuresOpen ? setFiguresOpen(false) : analysisOpen ? dispatch({ type: 'setAnalysis', tab: null }) : select(null)
            }
            side={
              figuresOpen ? (
                <FiguresPanel figures={bundle.figures} onClose={() => setFiguresOpen(false)} />
              ) : state.analysis ? (
                <Suspense fallback={null}>
                  <AnalysisPanel
                    state={state}
                    dispatch={dispatch}
                    analysis={analysis}
                    visible={visible}
                    searchReady={graphReady}
                    onSelect={selectAndFocus}
                  />
                </Suspense>
              ) : (
                <DetailsPanel
                  selected={state.selected}
                  visible={visible}
                  onSelect={selectAndFocus}
                  onShowNeighbourhood={(id) => dispatch({ type: 'setEgo', id })}
                  onPathFrom={(id) => dispatch({ type: 'setPath', from: id })}
                  onPathTo={(id) => dispatch({ type: 'setPath', to: id })}
                  onCompare={(id) => dispatch({ type: 'addCompared', id })}
                  onClose={() => select(null)}
                />
              )
            }
          />
          <Credits />
        </div>
        {exportOpen && (
          <Suspense fallback={null}>
            <ExportDialog
              graph={graph}
              visible={visible}
              filter={state.filter}
              selected={state.selected}
              legend={exportLegend}
              source={credit}
              base={importedName ? importedName.replace(/\.[a-z]+$/i, '') : 'landscape'}
              date={importedName ? undefined : label.year}
              apiRef={apiRef}
              onClose={() => setExportOpen(false)}
              path={pathDrawn}
              nodeValues={exportValues}
              colorOf={view.colorOf}
            />
          </Suspense>
        )}
      </ViewerDataContext.Provider>
    </I18nContext.Provider>
  );
}
