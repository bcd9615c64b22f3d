// Checks across records, once every file is read: duplicate ids and relations, relation ends (known entities
// of the allowed kinds), self-relations, figures about known entities, and citations of known sources whose
// quotes occur in the source's text. Each returns the records that passed (relations: their numbers).
import { FirstByNumber } from './first-by-number.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, type EntityKind, type RelationSpec, type RelationType } from './kinds.js';
import { clip, formatPosition, type Report } from './problems.js';
import type { Table } from '../tables/types.js';
import type { QuoteIndex } from './quote.js';
import { rowCitationProblem } from './row-citation.js';
import type { EntityList, RecordList, RelationList } from './record-table.js';
import { relationKey, relationLabel } from './relation-label.js';
import { isRowCitation, type Citation, type EntityRecord, type FigureRecord, type RelationRecord } from './schema.js';

/** What a citation of a source is checked against: its text (quotes) or its table (rows), when available. */
export interface SourceCheck {
  quotes: QuoteIndex | null;
  table: Table | null;
}

/** Known source ids, each with what its citations are checked against. */
export type Quotes = ReadonlyMap<string, SourceCheck>;

export function checkEntities(entities: EntityList, quotes: Quotes, report: Report): EntityRecord[] {
  const valid: EntityRecord[] = [];
  for (let at = 0; at < entities.values.length; at++) {
    const value = entities.values[at];
    const earlier = entities.earlier[at];
    if (earlier >= 0) {
      const first = formatPosition(entities.locate(earlier, 'id'));
      report(entities.locate(at, 'id'), value.id, `duplicate id: already defined at ${first}`);
      continue;
    }
    checkCitations(entities, at, idOf, quotes, report);
    valid.push(value);
  }
  return valid;
}

/** One line at each rejected entity that others name: how many relations and figures were left out with it. */
export function reportDependents(entities: EntityList, report: Report): void {
  for (const [id, { where, dependents }] of entities.rejected) {
    if (dependents > 0) report(where, id, `${dependents} relation(s) or figure(s) naming it are left out until this record is fixed`);
  }
}

export function checkRelations(relations: RelationList, entities: EntityList, quotes: Quotes, report: Report): number[] {
  // A relation between known entities is keyed by a number (no string to build per relation), others by relationKey.
  const entityCount = entities.values.length;
  const numericKeys = entityCount < 2 ** 24; // (a * count + b) * types stays an exact integer
  const seenBetweenKnown = new FirstByNumber<number>(relations.values.length);
  const seenOthers = new Map<string, number>();
  const valid: number[] = [];
  for (let at = 0; at < relations.values.length; at++) {
    const value = relations.values[at];
    const spec: RelationSpec = RELATION_TYPES[value.type as RelationType];
    const from = relations.froms[at];
    const to = relations.tos[at];
    let ok = true;
    for (const [end, number] of [
      ['from', from],
      ['to', to],
    ] as const) {
      // An end whose entity was rejected is counted at that entity's record, not reported here again.
      if (number < 0 && entities.countDependent(value[end])) {
        ok = false;
        continue;
      }
      const problem = endProblem(value, spec, end, number < 0 ? undefined : entities.kinds[number]);
      if (problem) {
        report(relations.locate(at, end), relationLabel(value), problem);
        ok = false;
      }
    }
    if (value.from === value.to) {
      report(relations.locate(at, 'to'), relationLabel(value), 'a relation cannot link an entity to itself');
      ok = false;
    }
    let earlier: number | undefined;
    if (from >= 0 && to >= 0 && numericKeys) {
      const swap = spec.symmetric === true && to < from;
      const pair = swap ? to * entityCount + from : from * entityCount + to;
      earlier = seenBetweenKnown.firstOr(pair * RELATION_TYPE_NAMES.length + relations.types[at], at);
    } else {
      const key = relationKey(value);
      earlier = seenOthers.get(key);
      if (earlier === undefined) seenOthers.set(key, at);
    }
    if (earlier !== undefined) {
      report(
        relations.locate(at),
        relationLabel(value),
        `duplicate relation: already stated at ${formatPosition(relations.locate(earlier))}`,
      );
      ok = false;
    }
    checkCitations(relations, at, relationLabel, quotes, report);
    if (ok) valid.push(at);
  }
  return valid;
}

export function checkFigures(figures: RecordList<FigureRecord>, entities: EntityList, quotes: Quotes, report: Report): FigureRecord[] {
  const firstOfId = new Map<string, number>();
  const valid: FigureRecord[] = [];
  for (let at = 0; at < figures.values.length; at++) {
    const value = figures.values[at];
    const earlier = firstOfId.get(value.id);
    if (earlier !== undefined) {
      const first = formatPosition(figures.locate(earlier, 'id'));
      report(figures.locate(at, 'id'), value.id, `duplicate id: already defined at ${first}`);
      continue;
    }
    firstOfId.set(value.id, at);
    (value.about ?? []).forEach((id, index) => {
      if (!entities.byId.has(id) && !entities.countDependent(id)) {
        report(figures.locate(at, 'about', index), value.id, `about "${id}" is not a known entity`);
      }
    });
    checkCitations(figures, at, idOf, quotes, report);
    valid.push(value);
  }
  return valid;
}

/** What is wrong with one end of a relation, if anything; `kind` is the kind of the entity it names, if known. */
function endProblem(relation: RelationRecord, spec: RelationSpec, end: 'from' | 'to', kind: EntityKind | undefined): string | undefined {
  if (kind === undefined) return `${end} "${relation[end]}" is not a known entity`;
  const allowed = spec[end];
  if (allowed.includes(kind)) return undefined;
  return `${relation.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (allowed: ${allowed.join(', ')})`;
}

/** Reports each citation of record `at` whose source is unknown or whose quote is not in its source's text. */
function checkCitations<T extends { sources: Citation[] }>(
  list: RecordList<T>,
  at: number,
  idOf: (value: T) => string,
  quotes: Quotes,
  report: Report,
): void {
  const { sources } = list.values[at];
  for (let index = 0; index < sources.length; index++) {
    const citation = sources[index];
    const check = quotes.get(citation.source);
    if (check === undefined) {
      report(
        list.locate(at, 'sources', index, 'source'),
        idOf(list.values[at]),
        `unknown source "${citation.source}" (not in sources.yaml)`,
      );
    } else if (isRowCitation(citation)) {
      const problem =
        check.table === null ? `source "${citation.source}" has no table to cite rows of` : rowCitationProblem(citation, check.table);
      if (problem !== undefined) report(list.locate(at, 'sources', index, 'row'), idOf(list.values[at]), problem);
    } else if (check.quotes !== null && !check.quotes.contains(citation.quote)) {
      report(
        list.locate(at, 'sources', index, 'quote'),
        idOf(list.values[at]),
        `quote does not occur in source "${citation.source}": "${clip(citation.quote)}"`,
      );
    }
  }
}

function idOf(record: { id: string }): string {
  return record.id;
}
