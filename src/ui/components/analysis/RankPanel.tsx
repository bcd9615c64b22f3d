// Rankings of the current view by degree, PageRank or betweenness (computed in the worker), narrowed to one kind
// if wished; each row selects its node. Also where the map's node sizes can follow a measure.
import { useMemo, useState, type ReactNode } from 'react';
import { DEFAULT_METRIC_OPTIONS } from '../../../core/analysis/index.js';
import { ProgressBar } from '../ProgressBar.js';
import type { FilterIndex, NodeSubset } from '../../../core/filters/index.js';
import { RANK_METRICS, type RankMetric } from '../../../core/view-state/index.js';
import type { Asked, MetricValues } from '../../analysis/use-analysis.js';
import { namesOf, useViewerData } from '../../data/viewer-data.js';
import { useI18n, type StringKey } from '../../i18n.js';

const SHOWN = 50;
export const METRIC_LABEL: Record<RankMetric, StringKey> = {
  degree: 'metricDegree',
  pagerank: 'metricPagerank',
  betweenness: 'metricBetweenness',
};

interface Props {
  metric: RankMetric;
  answer: Asked<MetricValues>;
  visible: NodeSubset;
  /** The map's size choice (the legend's own control), shown beside the ranking. */
  sizeChoice: ReactNode;
  onMetric(metric: RankMetric): void;
  onSelect(id: string): void;
}

/** Whether any two visible nodes are linked. */
function hasLinks(index: FilterIndex, visible: NodeSubset): boolean {
  const { offsets, targets } = index.adjacency;
  const { mask } = visible;
  for (let node = 0; node < mask.length; node++) {
    if (!mask[node]) continue;
    for (let e = offsets[node]; e < offsets[node + 1]; e++) if (mask[targets[e]]) return true;
  }
  return false;
}

export function RankPanel({ metric, answer, visible, sizeChoice, onMetric, onSelect }: Props) {
  const { t, name } = useI18n();
  const { graph, kinds } = useViewerData();
  const [kind, setKind] = useState('');
  const rows = useMemo(() => {
    if (answer.status !== 'done') return [];
    const { values, index } = answer.value;
    const ranked: { id: string; value: number }[] = [];
    for (let node = 0; node < values.length; node++) {
      if (Number.isNaN(values[node])) continue;
      const id = index.ids[node];
      if (kind && graph.getNodeAttribute(id, 'kind') !== kind) continue;
      ranked.push({ id, value: values[node] });
    }
    ranked.sort((a, b) => b.value - a.value || (a.id < b.id ? -1 : 1));
    return ranked;
  }, [answer, kind, graph]);
  const linked = answer.status === 'done' && hasLinks(answer.value.index, visible);
  const digits = metric === 'degree' ? 0 : 4;
  return (
    <div className="rank-panel">
      <div className="rank-controls">
        <label>
          {t('rankMetric')}{' '}
          <select value={metric} onChange={(event) => onMetric(event.target.value as RankMetric)}>
            {RANK_METRICS.map((value) => (
              <option key={value} value={value}>
                {t(METRIC_LABEL[value])}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('rankKind')}{' '}
          <select value={kind} onChange={(event) => setKind(event.target.value)}>
            <option value="">{t('rankAllKinds')}</option>
            {[...kinds].map(([value, info]) => (
              <option key={value} value={value}>
                {name({ nameZh: info.zh, nameEn: info.en })}
              </option>
            ))}
          </select>
        </label>
        {sizeChoice}
      </div>
      {metric === 'betweenness' && (
        <p className="muted hint">{t('rankApproximate', { limit: DEFAULT_METRIC_OPTIONS.exactBetweennessUpTo })}</p>
      )}
      {answer.status === 'running' && (
        <div role="status" className="rank-progress">
          {t('rankRunning')} <ProgressBar value={answer.progress} label={t('rankRunning')} />
        </div>
      )}
      {answer.status === 'error' && (
        <p className="warning" role="alert">
          {t('analysisFailed', { reason: answer.message })}
        </p>
      )}
      {answer.status === 'done' &&
        (answer.value.count === 0 ? (
          <p className="muted rank-empty" role="status">
            {t('rankEmpty')}
          </p>
        ) : !linked ? (
          <p className="muted rank-empty" role="status">
            {t('rankEdgeless')}
          </p>
        ) : (
          <table className="rank-table" data-metric={answer.value.metric} data-approximate={answer.value.approximate}>
            <caption>
              {t('rankCaption', { count: answer.value.count, metric: t(METRIC_LABEL[answer.value.metric]) })}
              {rows.length > SHOWN ? ` · ${t('rankShowing', { shown: SHOWN })}` : ''} ·{' '}
              <span className="muted">{t('analysisTime', { ms: Math.round(answer.ms) })}</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('rankColRank')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colKind')}</th>
                <th scope="col">{t('rankColValue')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, SHOWN).map((row, at) => {
                const info = kinds.get(String(graph.getNodeAttribute(row.id, 'kind')));
                return (
                  <tr key={row.id} data-node={row.id} data-value={row.value}>
                    <td>{at + 1}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => onSelect(row.id)}>
                        {name(namesOf(graph, row.id))}
                      </button>
                    </td>
                    <td>{info ? name({ nameZh: info.zh, nameEn: info.en }) : ''}</td>
                    <td className="number">{row.value.toFixed(digits)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
    </div>
  );
}
