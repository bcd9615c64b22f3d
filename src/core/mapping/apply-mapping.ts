// Applying a mapping to a table: rows filtered and keyed, entities and relations made from their cells, every fact
// citing its row and the cells it rests on. Every problem is reported at once (mapping: file:line:col; rows:
// table:row:column  key  message); if there is any, nothing is returned to ingest.
import { compileCanonicalCheck } from '../records/canonical.js';
import { entitySchema } from '../records/schema.js';
import type { Problem } from '../records/types.js';
import type { Table, TableRow } from '../tables/types.js';
import { tidyText } from './cells.js';
import type { Mapping } from './schema.js';
import type { IncomingRelation, LocateInMapping, MappingResult } from './types.js';
import { checkMappingColumns } from './check-mapping.js';
import { addAlias, kindsOf, makeEntity, makeValueEntity, slugify, valuesOf, type Made, type RowProblem } from './make-entity.js';
import { makeRelations, type RelationContext } from './make-relations.js';

// Records made here are mostly canonical (keys in the schema's order): checked without zod's copies.
const isCanonicalEntity = compileCanonicalCheck(entitySchema);
export function applyMapping(table: Table, mapping: Mapping, locate: LocateInMapping): MappingResult {
  const problems: Problem[] = checkMappingColumns(table, mapping, locate);
  const result: MappingResult = {
    source: mapping.source,
    entities: [],
    relations: [],
    problems,
    rowsRead: table.rows.length,
    rowsKept: 0,
    unresolvedLookups: new Map(),
  };
  if (problems.length > 0) return result;
  const columnNumber = new Map(table.columns.map((name, index) => [name, index + 1]));
  const rowProblem: RowProblem = (row, column, key, message, warning = false) => {
    const problem: Problem = {
      file: table.file,
      line: row.row,
      col: column === undefined ? 0 : columnNumber.get(column)!,
      id: key || '-',
      message,
    };
    if (warning) problem.severity = 'warning';
    problems.push(problem);
  };

  const rows = keptRows(table, mapping, locate, problems);
  result.rowsKept = rows.length;
  const keyOf = new Map<TableRow, string>();
  const rowOfKey = new Map<string, TableRow>();
  for (const row of rows) {
    const key = tidyText(row.cells[mapping.key]);
    if (key === '') {
      rowProblem(row, mapping.key, '-', `empty key: column "${mapping.key}" must name the row`);
      continue;
    }
    const earlier = rowOfKey.get(key);
    if (earlier !== undefined) {
      rowProblem(row, mapping.key, key, `duplicate key: row ${earlier.row} has the same ${mapping.key} (leave one out with exclude)`);
      continue;
    }
    rowOfKey.set(key, row);
    keyOf.set(row, key);
  }

  // Entities: per row (one each) and per value (one per distinct slug over all rows).
  const perRow = new Map<string, Map<TableRow, Made>>();
  const perValue = new Map<string, Map<string, Made>>();
  /** Per per-value maker: the entities each row names, in the cell's order (relations read them again). */
  const ofRow = new Map<string, Map<TableRow, Made[]>>();
  const idOwner = new Map<string, { maker: string; key: string; row: number }>();
  const claimId = (id: string, maker: string, key: string, row: TableRow): boolean => {
    const owner = idOwner.get(id);
    if (owner === undefined) {
      idOwner.set(id, { maker, key, row: row.row });
      return true;
    }
    if (owner.maker === maker && owner.key === key) return true;
    rowProblem(
      row,
      mapping.key,
      key,
      `id collision: ${id} is also made from "${owner.key}" (row ${owner.row}); give one of them an id in ids`,
    );
    return false;
  };
  for (const maker of mapping.entities) {
    if (maker.each === undefined) perRow.set(maker.as, new Map());
    else {
      perValue.set(maker.as, new Map());
      ofRow.set(maker.as, new Map());
    }
  }
  for (const [row, key] of keyOf) {
    for (const maker of mapping.entities) {
      if (maker.each === undefined) {
        const made = makeEntity(maker, key, row, mapping, rowProblem);
        if (made && claimId(made.entity.record.id, maker.as, key, row)) perRow.get(maker.as)!.set(row, made);
      } else {
        const values = valuesOf(maker, row);
        const kinds = kindsOf(maker, row, values.length);
        const byValue = perValue.get(maker.as)!;
        const named: Made[] = [];
        values.forEach((value, index) => {
          const slug = slugify(value);
          const known = byValue.get(slug);
          if (known !== undefined) {
            known.kinds.set(kinds[index], (known.kinds.get(kinds[index]) ?? 0) + 1);
            if (known.entity.key !== value) addAlias(known.entity.record, value);
            if (!named.includes(known)) named.push(known);
            return;
          }
          const made = makeValueEntity(maker, value, slug, kinds[index], row, mapping, rowProblem, key);
          if (made) {
            byValue.set(slug, made);
            named.push(made);
          }
        });
        if (named.length > 0) ofRow.get(maker.as)!.set(row, named);
      }
    }
  }
  // A per-value entity takes the kind most of its rows give (ties: the first met).
  for (const [makerName, byValue] of perValue) {
    for (const made of byValue.values()) {
      const kind = [...made.kinds].sort((a, b) => b[1] - a[1])[0][0];
      const { record } = made.entity;
      const override = mapping.entities.find((maker) => maker.as === makerName)?.ids?.[made.entity.key];
      record.id = override ?? `${kind}:${record.id.slice(record.id.indexOf(':') + 1)}`;
      const row = table.byRow.get(made.entity.row)!;
      claimId(record.id, makerName, made.entity.key, row);
    }
  }

  const relations = new Map<string, IncomingRelation>();
  const makers = new Map(mapping.entities.map((maker) => [maker.as, maker]));
  const context: RelationContext = { mapping, makers, perRow, ofRow, rowOfKey, relations, rowProblem, result };
  for (const [row, key] of keyOf) {
    for (const maker of mapping.relations ?? []) makeRelations(maker, row, key, context);
  }

  for (const byRow of perRow.values()) for (const made of byRow.values()) result.entities.push(made.entity);
  for (const byValue of perValue.values()) for (const made of byValue.values()) result.entities.push(made.entity);
  for (const entity of result.entities) {
    if (isCanonicalEntity(entity.record)) continue;
    const parsed = entitySchema.safeParse(entity.record);
    if (!parsed.success) {
      const row = table.byRow.get(entity.row)!;
      for (const issue of parsed.error.issues) rowProblem(row, undefined, entity.key, `${issue.path.join('.')}: ${issue.message}`);
    }
  }
  result.relations = [...relations.values()];
  if (problems.some((problem) => problem.severity !== 'warning')) {
    result.entities = [];
    result.relations = [];
  }
  return result;
}

function keptRows(table: Table, mapping: Mapping, locate: LocateInMapping, problems: Problem[]): TableRow[] {
  const excluded = new Set<number>();
  (mapping.exclude ?? []).forEach((exclusion, index) => {
    const row = table.byRow.get(exclusion.row);
    if (row === undefined || tidyText(row.cells[mapping.key]) !== exclusion.key) {
      problems.push({
        ...locate(['exclude', index, 'row']),
        id: exclusion.key,
        message: `exclude: row ${exclusion.row} of ${table.file} is not the row of "${exclusion.key}"`,
      });
    } else excluded.add(exclusion.row);
  });
  return table.rows.filter((row) => {
    if (excluded.has(row.row)) return false;
    for (const filter of mapping.filter ?? []) {
      const cell = row.cells[filter.column].trim();
      if (filter.notEmpty && cell === '') return false;
      if (filter.in !== undefined && !filter.in.includes(cell)) return false;
    }
    return true;
  });
}
