// The viewer once data is loaded: one view-state store mirrored to the URL, derived filters,
// counts and colours, and the panels around the one graph view.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { EMPTY_FILTER, computeFacetCounts, computeVisibleNodes } from '../core/filters/index.js';
import type { ViewState } from '../core/view-state/index.js';
import { computeColoring, computeLegend } from './appearance.js';
import { DetailsPanel } from './components/DetailsPanel.js';
import { FiguresPanel } from './components/FiguresPanel.js';
import { FiltersPanel } from './components/FiltersPanel.js';
import { Header } from './components/Header.js';
import { Legend } from './components/Legend.js';
import { NoticeBar } from './components/NoticeBar.js';
import { RelayoutControl } from './components/RelayoutControl.js';
import { TableView } from './components/TableView.js';
import { ViewerDataContext, type ViewerData } from './data/viewer-data.js';
import { I18nContext, makeI18n } from './i18n.js';
import { isTextEntry } from './keyboard.js';
import { useRelayout } from './layout/use-relayout.js';
import { GraphView, type GraphApi, type GraphViewLabels, type SigmaView } from './sigma/index.js';
import { useDocumentLanguage, useUrlSync } from './state/use-url-sync.js';
import { viewReducer } from './state/view-reducer.js';

/** Data sizes run 3..40 px; drawn smaller, the more so the more nodes share the screen. */
function sizeScale(order: number): (size: number) => number {
  const factor = Math.max(0.2, Math.min(0.6, 0.6 * Math.sqrt(1000 / Math.max(order, 1))));
  return (size) => 2 + size * factor;
}

export function Viewer({ data, initial, notices }: { data: ViewerData; initial: ViewState; notices: string[] }) {
  const [state, dispatch] = useReducer(viewReducer, initial);
  const [shownNotices, setShownNotices] = useState(notices);
  const [figuresOpen, setFiguresOpen] = useState(false);
  const { graph, bundle } = data;
  const i18n = useMemo(() => makeI18n(state.lang), [state.lang]);
  const { t } = i18n;

  const visible = useMemo(() => computeVisibleNodes(graph, state.filter), [graph, state.filter]);
  const counts = useMemo(() => computeFacetCounts(graph, state.filter), [graph, state.filter]);
  const totals = useMemo(() => computeFacetCounts(graph, EMPTY_FILTER), [graph]);
  const coloring = useMemo(() => computeColoring(graph, bundle, state.colorMode), [graph, bundle, state.colorMode]);
  const legend = useMemo(() => computeLegend(coloring, visible), [coloring, visible]);
  const sizeOf = useMemo(() => sizeScale(graph.order), [graph]);
  const view = useMemo<SigmaView>(
    () => ({ visible, selected: state.selected, colorOf: coloring.colorOf, lang: state.lang, sizeOf }),
    [visible, state.selected, coloring, state.lang, sizeOf],
  );
  const labels = useMemo<GraphViewLabels>(
    () => ({ graph: t('graphLabel'), zoomIn: t('zoomIn'), zoomOut: t('zoomOut'), fit: t('fit'), reset: t('reset') }),
    [t],
  );
  const apiRef = useRef<GraphApi | null>(null);
  const relayout = useRelayout(graph, visible);

  useUrlSync(state);
  useDocumentLanguage(state.lang, `${t('appTitle')} · ${state.lang === 'zh' ? 'AI Landscape Graph' : 'AI 产业图谱'}`);

  const select = useCallback((id: string | null) => dispatch({ type: 'select', id }), []);
  const selectAndFocus = useCallback((id: string) => {
    dispatch({ type: 'select', id });
    apiRef.current?.focusNode(id);
  }, []);
  const onCameraChange = useCallback((camera: ViewState['camera'] & object) => dispatch({ type: 'setCamera', camera }), []);

  // A user's filter change frames what is left; the first render keeps the camera from the URL.
  const firstFilter = useRef(state.filter);
  useEffect(() => {
    if (state.filter === firstFilter.current) return;
    apiRef.current?.fitVisible();
  }, [state.filter]);

  // Esc outside a field: close the figures, else clear the selection.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (isTextEntry(event.target)) return;
      if (figuresOpen) setFiguresOpen(false);
      else dispatch({ type: 'select', id: null });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [figuresOpen]);

  return (
    <I18nContext.Provider value={i18n}>
      <ViewerDataContext.Provider value={data}>
        <div className="app">
          <Header
            tableOpen={state.tableOpen}
            figuresOpen={figuresOpen}
            hasFigures={bundle.figures.length > 0}
            onChoose={selectAndFocus}
            onToggleTable={() => dispatch({ type: 'setTableOpen', open: !state.tableOpen })}
            onToggleFigures={() => setFiguresOpen(!figuresOpen)}
            onToggleLanguage={() => dispatch({ type: 'setLang', lang: state.lang === 'zh' ? 'en' : 'zh' })}
          />
          <NoticeBar notices={shownNotices} onDismiss={() => setShownNotices([])} />
          <div className="workspace">
            <FiltersPanel
              filter={state.filter}
              counts={counts}
              totals={totals}
              visibleCount={visible.size}
              selected={state.selected}
              dispatch={dispatch}
            />
            <main className="stage">
              <div className="graph-area">
                <GraphView
                  graph={graph}
                  view={view}
                  initialCamera={initial.camera}
                  apiRef={apiRef}
                  labels={labels}
                  onSelect={select}
                  onCameraChange={onCameraChange}
                />
                <div className="overlay overlay-top-left">
                  <Legend mode={state.colorMode} rows={legend} onMode={(mode) => dispatch({ type: 'setColorMode', mode })} />
                </div>
                <div className="overlay overlay-bottom-left">
                  <RelayoutControl relayout={relayout} />
                </div>
              </div>
              {state.tableOpen && <TableView visible={visible} selected={state.selected} onSelect={selectAndFocus} />}
            </main>
            {figuresOpen ? (
              <FiguresPanel figures={bundle.figures} onClose={() => setFiguresOpen(false)} />
            ) : (
              <DetailsPanel
                selected={state.selected}
                visible={visible}
                onSelect={selectAndFocus}
                onShowNeighbourhood={(id) => dispatch({ type: 'setEgo', id })}
                onClose={() => select(null)}
              />
            )}
          </div>
        </div>
      </ViewerDataContext.Provider>
    </I18nContext.Provider>
  );
}
