// The rows of the table view: each visible node's name, kind, vendor, tracks and degree, sorted by
// the chosen column (shared by the table on wide screens and the list on a phone).
import { useMemo, useState } from 'react';
import { useI18n, type StringKey } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';

export const ROW_LIMIT = 500;
export type Column = 'name' | 'kind' | 'date' | 'vendor' | 'tracks' | 'degree';
export const COLUMNS: [Column, StringKey][] = [
  ['name', 'colName'],
  ['kind', 'colKind'],
  ['date', 'colDate'],
  ['vendor', 'colVendor'],
  ['tracks', 'colTracks'],
  ['degree', 'colDegree'],
];

export interface Row {
  id: string;
  name: string;
  kind: string;
  vendor: string;
  tracks: string;
  degree: number;
  /** Release date, else founding year, as written (YYYY, YYYY-MM or YYYY-MM-DD); '' when undated. */
  date: string;
  kindId: string;
  trackIds: string;
}

export interface Sort {
  column: Column;
  descending: boolean;
}

/** A column chosen again flips its order; degree starts from the most linked. */
export function nextSort(previous: Sort, column: Column): Sort {
  return { column, descending: previous.column === column ? !previous.descending : column === 'degree' };
}

export function useTableRows(visible: ReadonlySet<string>) {
  const { name, lang } = useI18n();
  const { graph, kinds } = useViewerData();
  const [sort, setSort] = useState<Sort>({ column: 'degree', descending: true });
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
        date: String(attributes.released ?? attributes.founded ?? ''),
        kindId: String(attributes.kind),
        trackIds: (attributes.tracks as string[]).join(' '),
      });
    }
    const collator = new Intl.Collator(lang === 'zh' ? 'zh' : 'en');
    const { column, descending } = sort;
    list.sort((a, b) => {
      // Undated rows go last whichever way dates are sorted.
      if (column === 'date' && (a.date === '') !== (b.date === '')) return a.date === '' ? 1 : -1;
      const order =
        column === 'degree'
          ? a.degree - b.degree
          : column === 'date'
            ? compareDates(a.date, b.date)
            : collator.compare(a[column], b[column]);
      return (descending ? -order : order) || collator.compare(a.name, b.name);
    });
    return list;
  }, [visible, graph, kinds, name, lang, sort]);
  return { rows, sort, setSort };
}

/** ISO dates of any precision in calendar order: 2024 before 2024-05 before 2024-05-13 before 2025. */
function compareDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The rows drawn: the first ROW_LIMIT, and the selected one after them when the sort puts it further down. */
export function computeShownRows(rows: readonly Row[], selected: string | null): Row[] {
  const shown = rows.slice(0, ROW_LIMIT);
  if (selected !== null && rows.length > ROW_LIMIT && !shown.some((row) => row.id === selected)) {
    const row = rows.find((candidate) => candidate.id === selected);
    if (row) shown.push(row);
  }
  return shown;
}
