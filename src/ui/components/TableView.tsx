// The table of visible nodes, the non-visual way through the same data: name, kind, vendor, tracks,
// degree; sortable by column; choosing a row selects the node.
import { useMemo, useState } from 'react';
import { useI18n, type StringKey } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';

const ROW_LIMIT = 500;
type Column = 'name' | 'kind' | 'vendor' | 'tracks' | 'degree';
const COLUMNS: [Column, StringKey][] = [
  ['name', 'colName'],
  ['kind', 'colKind'],
  ['vendor', 'colVendor'],
  ['tracks', 'colTracks'],
  ['degree', 'colDegree'],
];

interface Row {
  id: string;
  name: string;
  kind: string;
  vendor: string;
  tracks: string;
  degree: number;
  kindId: string;
  trackIds: string;
}

export function TableView({
  visible,
  selected,
  onSelect,
}: {
  visible: ReadonlySet<string>;
  selected: string | null;
  onSelect(id: string): void;
}) {
  const { t, name, lang } = useI18n();
  const { graph, kinds } = useViewerData();
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'degree', descending: true });
  const rows = useMemo(() => {
    const nameOf = (id: string) => name(namesOf(graph, id));
    const list: Row[] = [];
    for (const id of visible) {
      if (!graph.hasNode(id)) continue;
      const attributes = graph.getNodeAttributes(id);
      const kind = kinds.get(String(attributes.kind));
      list.push({
        id,
        name: nameOf(id),
        kind: kind ? name({ nameZh: kind.zh, nameEn: kind.en }) : String(attributes.kind),
        vendor: (attributes.companies as string[])
          .filter((company) => company !== id)
          .map(nameOf)
          .join(', '),
        tracks: (attributes.tracks as string[]).map(nameOf).join(', '),
        degree: graph.degree(id),
        kindId: String(attributes.kind),
        trackIds: (attributes.tracks as string[]).join(' '),
      });
    }
    const collator = new Intl.Collator(lang === 'zh' ? 'zh' : 'en');
    const { column, descending } = sort;
    list.sort((a, b) => {
      const order = column === 'degree' ? a.degree - b.degree : collator.compare(a[column], b[column]);
      return (descending ? -order : order) || collator.compare(a.name, b.name);
    });
    return list;
  }, [visible, graph, kinds, name, lang, sort]);

  return (
    <section className="table-view" aria-label={t('tableCaption', { count: rows.length })}>
      <table>
        <caption>
          {t('tableCaption', { count: rows.length })}
          {rows.length > ROW_LIMIT && <span className="muted"> — {t('tableTruncated', { shown: ROW_LIMIT })}</span>}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map(([column, label]) => (
              <th key={column} scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  aria-label={t('sortBy', { column: t(label) })}
                  onClick={() =>
                    setSort((previous) => ({ column, descending: previous.column === column ? !previous.descending : column === 'degree' }))
                  }
                >
                  {t(label)}
                  <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, ROW_LIMIT).map((row) => (
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
