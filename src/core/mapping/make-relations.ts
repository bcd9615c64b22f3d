// Relations from a table's row, as a mapping makes them: between the entities the row made (or named by id), each
// checked against its relation type's kinds and citing the row and the cells of both ends.
import { RELATION_TYPES, type RelationSpec, type RelationType } from '../records/kinds.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';
import type { TableRow } from '../tables/types.js';
import { splitCell } from './cells.js';
import type { EntityMaker, Mapping, RelationMaker } from './schema.js';
import type { IncomingRelation, MappingResult } from './types.js';
import { citation, kindOf, type Made, type RowProblem } from './make-entity.js';

export interface RelationContext {
  mapping: Mapping;
  makers: Map<string, EntityMaker>;
  perRow: Map<string, Map<TableRow, Made>>;
  ofRow: Map<string, Map<TableRow, Made[]>>;
  rowOfKey: Map<string, TableRow>;
  relations: Map<string, IncomingRelation>;
  rowProblem: RowProblem;
  result: MappingResult;
}

/** The entities of maker `name` that row `row` made, with the column they come from. */
function entitiesOfRow(name: string, row: TableRow, context: RelationContext): { records: EntityRecord[]; column: string } {
  const maker = context.makers.get(name)!;
  if (maker.each === undefined) {
    const made = context.perRow.get(name)!.get(row);
    return { records: made ? [made.entity.record] : [], column: context.mapping.key };
  }
  const made = context.ofRow.get(name)!.get(row);
  return { records: made ? made.map((item) => item.entity.record) : [], column: maker.each.column };
}

export function makeRelations(maker: RelationMaker, row: TableRow, key: string, context: RelationContext): void {
  const { mapping, rowProblem } = context;
  const from = entitiesOfRow(maker.from, row, context);
  let targets: string[] = [];
  let column: string;
  if (typeof maker.to === 'string') {
    const to = entitiesOfRow(maker.to, row, context);
    targets = to.records.map((record) => record.id);
    column = to.column;
  } else {
    const spec = maker.to;
    column = spec.column;
    for (const value of splitCell(row.cells[spec.column], spec.split)) {
      if (spec.map !== undefined) {
        if (!Object.hasOwn(spec.map, value)) {
          rowProblem(row, spec.column, key, `column "${spec.column}": value "${value}" is not in the value map of ${maker.type}`);
          continue;
        }
        const id = spec.map[value];
        if (id !== null) targets.push(id);
      } else if (spec.lookup !== undefined) {
        const target = context.rowOfKey.get(value);
        const made = target && context.perRow.get(spec.lookup)!.get(target);
        if (made) targets.push(made.entity.record.id);
        else context.result.unresolvedLookups.set(value, (context.result.unresolvedLookups.get(value) ?? 0) + 1);
      }
    }
  }
  if (maker.single && (from.records.length !== 1 || targets.length !== 1)) return;
  const spec: RelationSpec = RELATION_TYPES[maker.type as RelationType];
  for (const record of from.records) {
    for (const to of targets) {
      if (to === record.id) continue;
      const fromKind = kindOf(record.id);
      const toKind = kindOf(to);
      if (!spec.from.includes(fromKind) || !spec.to.includes(toKind)) {
        rowProblem(row, column, key, `${maker.type} cannot link a ${fromKind} to a ${toKind} (${record.id} → ${to})`);
        continue;
      }
      const relationKey = `${record.id}|${maker.type}|${to}`;
      if (context.relations.has(relationKey)) continue;
      const relation: RelationRecord = {
        from: record.id,
        type: maker.type,
        to,
        sources: [citation(mapping.source, row, [mapping.key, from.column, column])],
      };
      context.relations.set(relationKey, { record: relation, source: mapping.source, row: row.row });
    }
  }
}
