// Every date on a record rests on evidence: a cited quote that states it (the year, and the month and day when it
// is that precise), a cited table cell that holds it, or the record's `date_editorial` note. A date no source
// states and no editor owns is an error: dates are never invented silently.
import { readDate } from '../dates/index.js';
import { computeDateEvidence } from './date-evidence.js';
import type { Report } from './problems.js';
import type { EntityList, RelationList } from './record-table.js';
import { relationLabel } from './relation-label.js';

/** Date fields of records: entities' `released` and `founded`, relations' `since`. */
export const DATE_FIELDS = ['released', 'founded', 'since'] as const;
export type DateField = (typeof DATE_FIELDS)[number];

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
