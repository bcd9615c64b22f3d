// "New in this period": the visible nodes dated inside the time window, newest first, each a button that selects it.
import { useDeferredValue, useMemo } from 'react';
import { computeNewInPeriod, type FilterIndex, type FilterState, type NodeSubset } from '../../core/filters/index.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';
import { useI18n } from '../i18n.js';

const SHOWN = 30;

interface Props {
  index: FilterIndex;
  filter: FilterState;
  visible: NodeSubset;
  onSelect(id: string): void;
}

export function NewInPeriodList({ index, filter, visible, onSelect }: Props) {
  const { t, name } = useI18n();
  const { graph } = useViewerData();
  // A frame behind the brush, as the facet counts are: the map and "N of M" move first.
  const listedFilter = useDeferredValue(filter);
  const listedVisible = useDeferredValue(visible);
  const { ids, total } = useMemo(() => computeNewInPeriod(index, listedFilter, SHOWN, listedVisible), [index, listedFilter, listedVisible]);
  if (!filter.time) return null;
  return (
    <section className="new-in-period" aria-label={t('newInPeriod', { count: total })} data-testid="new-in-period" data-total={total}>
      <h3>{t('newInPeriod', { count: total })}</h3>
      <ul>
        {ids.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" data-id={id} onClick={() => onSelect(id)}>
              {name(namesOf(graph, id))}
            </button>{' '}
            <span className="muted small">
              {String(graph.getNodeAttribute(id, 'released') ?? graph.getNodeAttribute(id, 'founded') ?? '')}
            </span>
          </li>
        ))}
      </ul>
      {total > ids.length && <p className="muted small">{t('newInPeriodMore', { count: total - ids.length })}</p>}
    </section>
  );
}
