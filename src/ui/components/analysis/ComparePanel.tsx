// Side by side: 2–4 entities' tracks, modalities, markets, business models, products and models, shared rows
// marked and first; each present cell opens its evidence (the links that say it, or the offerings it comes
// through); the matrix downloads as CSV.
import { useMemo, useState } from 'react';
import {
  COMPARISON_DIMENSIONS,
  computeComparison,
  computeComparisonCsv,
  type ComparisonCell,
  type ComparisonDimension,
} from '../../../core/analysis/index.js';
import { MAX_COMPARED } from '../../../core/view-state/index.js';
import { namesOf, useViewerData } from '../../data/viewer-data.js';
import { useI18n, type StringKey } from '../../i18n.js';
import { downloadBlob } from '../../io/download.js';
import { Evidence, disputedOf } from '../Evidence.js';
import { SearchBox } from '../SearchBox.js';

const DIMENSION_LABEL: Record<ComparisonDimension, StringKey> = {
  tracks: 'dimTracks',
  modalities: 'dimModalities',
  markets: 'dimMarkets',
  businessModels: 'dimBusinessModels',
  products: 'dimProducts',
  models: 'dimModels',
};

interface Props {
  entities: string[];
  searchReady: boolean;
  onAdd(id: string): void;
  onRemove(id: string): void;
  onSelect(id: string): void;
}

export function ComparePanel({ entities, searchReady, onAdd, onRemove, onSelect }: Props) {
  const { t, name } = useI18n();
  const { graph, revision } = useViewerData();
  const comparison = useMemo(
    () => computeComparison(graph, entities),
    // The graph object is refilled by an import: the revision says which data it holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, revision, entities],
  );
  const [open, setOpen] = useState<string | null>(null);
  const nameOf = (id: string) => name(namesOf(graph, id));
  const downloadCsv = () => {
    const csv = computeComparisonCsv(comparison, nameOf, (dimension) => t(DIMENSION_LABEL[dimension]));
    const slugs = comparison.entities.map((id) => id.slice(id.indexOf(':') + 1)).join('-vs-');
    downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `landscape-compare-${slugs}.csv`);
  };
  return (
    <div className="compare-panel">
      <p className="muted hint">{t('compareHint')}</p>
      <ul className="compare-entities">
        {comparison.entities.map((id) => (
          <li key={id}>
            <button type="button" className="link-button" onClick={() => onSelect(id)}>
              {nameOf(id)}
            </button>
            <button
              type="button"
              className="icon-button small"
              aria-label={t('compareRemove', { name: nameOf(id) })}
              onClick={() => onRemove(id)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      {entities.length < MAX_COMPARED ? (
        <SearchBox onChoose={onAdd} prepare={searchReady} label={t('compareSearch')} placeholder={t('compareSearch')} slashKey={false} />
      ) : (
        <p className="muted">{t('compareFull')}</p>
      )}
      {comparison.entities.length < 2 ? (
        <p className="muted" role="status">
          {t('compareNeedTwo')}
        </p>
      ) : (
        <>
          <button type="button" className="small-button" onClick={downloadCsv}>
            {t('compareCsv')}
          </button>
          {COMPARISON_DIMENSIONS.map((dimension) => {
            const rows = comparison.rows.filter((row) => row.dimension === dimension);
            if (rows.length === 0) return null;
            const shared = rows.filter((row) => row.shared).length;
            return (
              <table key={dimension} className="compare-table" data-dimension={dimension}>
                <caption>{t('compareSharedCount', { dimension: t(DIMENSION_LABEL[dimension]), shared, count: rows.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('compareValue')}</th>
                    {comparison.entities.map((id) => (
                      <th key={id} scope="col">
                        {nameOf(id)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => {
                    const key = `${dimension}:${row.value}`;
                    const openAt = open?.startsWith(`${key}#`) ? Number(open.slice(key.length + 1)) : -1;
                    return (
                      <tr key={row.value} data-value={row.value} data-shared={row.shared} className={row.shared ? 'shared' : undefined}>
                        <th scope="row">
                          {nameOf(row.value)}
                          {row.shared && <span className="shared-badge"> · {t('compareShared')}</span>}
                          {openAt >= 0 && <CellEvidence cell={row.cells[openAt]} onSelect={onSelect} />}
                        </th>
                        {row.cells.map((cell, at) => (
                          <td key={comparison.entities[at]}>
                            {cell.present && (
                              <button
                                type="button"
                                className="cell-button"
                                aria-expanded={openAt === at}
                                aria-label={t('compareHas', { name: nameOf(comparison.entities[at]), value: nameOf(row.value) })}
                                onClick={() => setOpen(openAt === at ? null : `${key}#${at}`)}
                              >
                                ✓
                              </button>
                            )}
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            );
          })}
        </>
      )}
    </div>
  );
}

/** A cell's evidence: the links between the entity and the value, or the offerings it has the value through. */
function CellEvidence({ cell, onSelect }: { cell: ComparisonCell; onSelect(id: string): void }) {
  const { t, name } = useI18n();
  const { graph } = useViewerData();
  return (
    <div className="cell-evidence">
      {cell.edges.map((edge) => {
        const attributes = graph.getEdgeAttributes(edge);
        return (
          <Evidence
            key={edge}
            sources={Array.isArray(attributes.sources) ? attributes.sources : []}
            editorial={attributes.editorial === undefined ? undefined : String(attributes.editorial)}
            disputed={disputedOf(attributes)}
            compact
          />
        );
      })}
      {cell.via.length > 0 && (
        <p>
          {t('compareVia')}{' '}
          {cell.via.map((id, at) => (
            <span key={id}>
              {at > 0 && '、'}
              <button type="button" className="link-button" onClick={() => onSelect(id)}>
                {name(namesOf(graph, id))}
              </button>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
