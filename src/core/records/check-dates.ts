// Every date on a record rests on evidence: a cited quote that states it (the year, and the month and day when it
// is that precise), a cited table cell that holds it, or the record's `date_editorial` note. A date no source
// states and no editor owns is an error: dates are never invented silently.
import { cellStatesDate, quoteStatesDate, readDate, type LandscapeDate } from '../dates/index.js';
import type { Report } from './problems.js';
import type { EntityList, RelationList } from './record-table.js';
import { relationLabel } from './relation-label.js';
import { isRowCitation, type Citation } from './schema.js';

/** Date fields of records: entities' `released` and `founded`, relations' `since`. */
export const DATE_FIELDS = ['released', 'founded', 'since'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

/** What a record's date rests on: the citation (by index in its sources) that states it, or the editor's note. */
export type DateEvidence =
  | { kind: 'quote'; citation: number }
  | { kind: 'row'; citation: number; column: string }
  | { kind: 'editorial'; note: string }
  | { kind: 'none' };

interface Dated {
  sources: Citation[];
  date_editorial?: { note: string };
}

/** The evidence for `date` among the record's citations: quotes first, then table cells, then the editor's note. */
export function computeDateEvidence(record: Dated, date: LandscapeDate): DateEvidence {
  for (let index = 0; index < record.sources.length; index++) {
    const citation = record.sources[index];
    if (!isRowCitation(citation) && quoteStatesDate(citation.quote, date)) return { kind: 'quote', citation: index };
  }
  for (let index = 0; index < record.sources.length; index++) {
    const citation = record.sources[index];
    if (!isRowCitation(citation)) continue;
    for (const column of citation.columns) {
      const cell = citation.values[column];
      if (cell !== undefined && cellStatesDate(cell, date)) return { kind: 'row', citation: index, column };
    }
  }
  return record.date_editorial ? { kind: 'editorial', note: record.date_editorial.note } : { kind: 'none' };
}

const UNSUPPORTED = 'is stated by none of the cited quotes or cells: cite the text that says it, or add date_editorial with a note';

export function checkEntityDates(entities: EntityList, report: Report): void {
  for (let at = 0; at < entities.values.length; at++) {
    const entity = entities.values[at];
    for (const field of ['released', 'founded'] as const) {
      const value = entity[field];
      if (value === undefined) continue;
      const date = readDate(value);
      if (date && computeDateEvidence(entity, date).kind === 'none') {
        report(entities.locate(at, field), entity.id, `${field} ${date.text} ${UNSUPPORTED}`);
      }
    }
  }
}

export function checkRelationDates(relations: RelationList, kept: readonly number[], report: Report): void {
  for (const at of kept) {
    const relation = relations.values[at];
    if (relation.since === undefined) continue;
    const date = readDate(relation.since);
    if (date && computeDateEvidence(relation, date).kind === 'none') {
      report(relations.locate(at, 'since'), relationLabel(relation), `since ${date.text} ${UNSUPPORTED}`);
    }
  }
}
