// The analysis panel beside the map: paths between two nodes, or rankings of the current view. Loaded on first
// use (the first view ships none of it); its questions run in the analysis worker.
import { useLayoutEffect, useRef, useState } from 'react';
import type { PathNodesResult } from '../../../core/analysis/index.js';
import type { AnalysisTab, PathQuery, RankMetric } from '../../../core/view-state/index.js';
import type { NodeSubset } from '../../../core/filters/index.js';
import type { Asked, MetricValues } from '../../analysis/use-analysis.js';
import { useI18n } from '../../i18n.js';
import { PathPanel } from './PathPanel.js';
import { RankPanel } from './RankPanel.js';

export interface AnalysisPanelProps {
  tab: AnalysisTab;
  path: PathQuery | null;
  pathAnswer: Asked<PathNodesResult>;
  rank: RankMetric;
  rankAnswer: Asked<MetricValues>;
  sizeBy: RankMetric | null;
  visible: NodeSubset;
  searchReady: boolean;
  onTab(tab: AnalysisTab): void;
  onPath(change: { from?: string | null; to?: string | null; avoidHubs?: boolean }): void;
  onClearPath(): void;
  onRank(metric: RankMetric): void;
  onSizeBy(metric: RankMetric | null): void;
  onSelect(id: string): void;
  onClose(): void;
}

const TABS: AnalysisTab[] = ['path', 'rank'];

export function AnalysisPanel(props: AnalysisPanelProps) {
  const { tab, onTab, onClose } = props;
  const { t } = useI18n();
  const panel = useRef<HTMLElement>(null);
  // Closed with focus inside: back to what opened it, not to <body> (as the figures panel does).
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useLayoutEffect(() => {
    const element = panel.current;
    return () => {
      const focus = document.activeElement;
      if (opener?.isConnected && (!focus || focus === document.body || element?.contains(focus))) opener.focus();
    };
  }, [opener]);
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
            {t(name === 'path' ? 'tabPath' : 'tabRank')}
          </button>
        ))}
      </div>
      {tab === 'path' ? (
        <PathPanel
          path={props.path}
          answer={props.pathAnswer}
          visible={props.visible}
          searchReady={props.searchReady}
          onPath={props.onPath}
          onClear={props.onClearPath}
          onSelect={props.onSelect}
        />
      ) : (
        <RankPanel
          metric={props.rank}
          answer={props.rankAnswer}
          sizeBy={props.sizeBy}
          visible={props.visible}
          onMetric={props.onRank}
          onSizeBy={props.onSizeBy}
          onSelect={props.onSelect}
        />
      )}
    </section>
  );
}
