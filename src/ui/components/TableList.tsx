// The table view on a phone: one card per node (name, kind and vendor, tracks, degree), sorted by a
// column chosen from a menu, each card a button that selects its node.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n.js';
import { COLUMNS, computeShownRows, nextSort, type Column, type Row, type Sort } from './table-rows.js';

interface Props {
  rows: Row[];
  caption: ReactNode;
  sort: Sort;
  setSort(update: (previous: Sort) => Sort): void;
  selected: string | null;
  onSelect(id: string): void;
}

export function TableList({ rows, caption, sort, setSort, selected, onSelect }: Props) {
  const { t } = useI18n();
  return (
    <>
      <div className="table-list-head">
        <h2 className="table-list-caption">{caption}</h2>
        <label className="inline-field">
          {t('sortColumn')}
          <select value={sort.column} onChange={(event) => setSort((previous) => nextSort(previous, event.target.value as Column))}>
            {COLUMNS.map(([column, label]) => (
              <option key={column} value={column}>
                {t(label)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ul>
        {computeShownRows(rows, selected).map((row) => (
          <li key={row.id} data-id={row.id} data-kind={row.kindId} data-tracks={row.trackIds}>
            <button
              type="button"
              className={`table-card${row.id === selected ? ' selected' : ''}`}
              aria-current={row.id === selected ? 'true' : undefined}
              onClick={() => onSelect(row.id)}
            >
              <span className="table-card-name">{row.name}</span>
              <span className="table-card-degree">
                {t('colDegree')} {row.degree}
              </span>
              <span className="table-card-meta">{[row.kind, row.date, row.vendor].filter(Boolean).join(' · ')}</span>
              {row.tracks && <span className="table-card-tracks">{row.tracks}</span>}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
