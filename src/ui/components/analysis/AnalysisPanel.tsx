// The analysis panel beside the map: paths between two nodes, or rankings of the current view. Loaded on first
// use (the first view ships none of it); its questions run in the analysis worker.
import type { Dispatch } from 'react';
import { useReturnFocus } from '../../state/use-return-focus.js';
import type { NodeSubset } from '../../../core/filters/index.js';
import type { AnalysisTab, ViewState } from '../../../core/view-state/index.js';
import type { AnalysisView } from '../../analysis/use-analysed-model.js';
import type { ViewAction } from '../../state/view-reducer.js';
import { useI18n } from '../../i18n.js';
import { ComparePanel } from './ComparePanel.js';
import { PathPanel } from './PathPanel.js';
import { RankPanel } from './RankPanel.js';
import { SizeChoice } from '../AppearanceControls.js';
import { useViewerData } from '../../data/viewer-data.js';

export interface AnalysisPanelProps {
  state: ViewState;
  dispatch: Dispatch<ViewAction>;
  analysis: Pick<AnalysisView, 'pathAnswer' | 'rankAnswer'>;
  visible: NodeSubset;
  searchReady: boolean;
  onSelect(id: string): void;
}

const TABS: AnalysisTab[] = ['path', 'rank', 'compare'];
const TAB_LABEL = { path: 'tabPath', rank: 'tabRank', compare: 'tabCompare' } as const;

export function AnalysisPanel({ state, dispatch, analysis, visible, searchReady, onSelect }: AnalysisPanelProps) {
  const tab = state.analysis ?? 'path';
  const onTab = (next: AnalysisTab) => dispatch({ type: 'setAnalysis', tab: next });
  const onClose = () => dispatch({ type: 'setAnalysis', tab: null });
  const { t } = useI18n();
  const { attributes } = useViewerData();
  // Closed with focus inside: back to what opened it, not to <body>.
  const panel = useReturnFocus<HTMLElement>();
  return (
    <section
      ref={panel}
      className="analysis"
      aria-label={t('analysisTitle')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        onClose();
      }}
    >
      <header className="details-header">
        <h2 tabIndex={-1}>{t('analysisTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose}>
          ×
        </button>
      </header>
      <div className="analysis-tabs" role="group" aria-label={t('analysisTabs')}>
        {TABS.map((name) => (
          <button key={name} type="button" className="toggle-button" aria-pressed={tab === name} onClick={() => onTab(name)}>
            {t(TAB_LABEL[name])}
          </button>
        ))}
      </div>
      {tab === 'path' ? (
        <PathPanel
          path={state.path}
          answer={analysis.pathAnswer}
          visible={visible}
          searchReady={searchReady}
          onPath={(change) => dispatch({ type: 'setPath', ...change })}
          onClear={() => dispatch({ type: 'clearPath' })}
          onSelect={onSelect}
        />
      ) : tab === 'compare' ? (
        <ComparePanel
          entities={state.compare}
          searchReady={searchReady}
          onAdd={(id) => dispatch({ type: 'addCompared', id })}
          onRemove={(id) => dispatch({ type: 'removeCompared', id })}
          onSelect={onSelect}
        />
      ) : (
        <RankPanel
          metric={state.rank}
          answer={analysis.rankAnswer}
          visible={visible}
          sizeChoice={<SizeChoice state={state} profiles={attributes} dispatch={dispatch} inline={false} />}
          onMetric={(metric) => dispatch({ type: 'setRank', metric })}
          onSelect={onSelect}
        />
      )}
    </section>
  );
}
