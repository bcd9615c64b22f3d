// The table of visible nodes, the non-visual way through the same data: name, kind, vendor, tracks,
// degree; sortable by column; choosing a row selects the node. On a phone or tablet, a list (TableList).
import { useI18n } from '../i18n.js';
import { COLUMNS, ROW_LIMIT, computeShownRows, nextSort, useTableRows } from './table-rows.js';
import { TableList } from './TableList.js';

export const TABLE_VIEW_ID = 'table-view';

interface Props {
  visible: ReadonlySet<string>;
  selected: string | null;
  onSelect(id: string): void;
  /** A phone or a tablet: a list of cards rather than a squeezed grid. */
  compact?: boolean;
}

export function TableView({ visible, selected, onSelect, compact = false }: Props) {
  const { t } = useI18n();
  const { rows, sort, setSort } = useTableRows(visible);
  const caption = (
    <>
      {t('tableCaption', { count: rows.length })}
      {rows.length > ROW_LIMIT && <span className="muted"> — {t('tableTruncated', { shown: ROW_LIMIT })}</span>}
    </>
  );
  if (compact) {
    return (
      <section id={TABLE_VIEW_ID} tabIndex={-1} className="table-view table-list" aria-label={t('tableCaption', { count: rows.length })}>
        <TableList rows={rows} caption={caption} sort={sort} setSort={setSort} selected={selected} onSelect={onSelect} />
      </section>
    );
  }
  return (
    <section id={TABLE_VIEW_ID} tabIndex={-1} className="table-view" aria-label={t('tableCaption', { count: rows.length })}>
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {COLUMNS.map(([column, label]) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  aria-label={t('sortBy', { column: t(label) })}
                  onClick={() => setSort((previous) => nextSort(previous, column))}
                >
                  {t(label)}
                  <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {computeShownRows(rows, selected).map((row) => (
            <tr
              key={row.id}
              data-id={row.id}
              data-kind={row.kindId}
              data-tracks={row.trackIds}
              className={row.id === selected ? 'selected' : undefined}
              onClick={() => onSelect(row.id)}
            >
              <td>
                <button
                  type="button"
                  className="link-button"
                  onClick={(event) => {
                    event.stopPropagation();
                    onSelect(row.id);
                  }}
                >
                  {row.name}
                </button>
              </td>
              <td>{row.kind}</td>
              <td className="number" data-column="date">
                {row.date}
              </td>
              <td>{row.vendor}</td>
              <td className="tracks-cell">{row.tracks}</td>
              <td className="number">{row.degree}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
