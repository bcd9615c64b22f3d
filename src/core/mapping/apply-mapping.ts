// Applying a mapping to a table: rows filtered and keyed, entities and relations made from their cells, every fact
// citing its row and the cells it rests on. Every problem is reported at once (mapping: file:line:col; rows:
// table:row:column  key  message); if there is any, nothing is returned to ingest.
import { RELATION_TYPES, kindOfId, type EntityKind, type RelationSpec, type RelationType } from '../records/kinds.js';
import { compileCanonicalCheck } from '../records/canonical.js';
import { entitySchema, type EntityRecord, type RelationRecord, type RowCitation } from '../records/schema.js';
import type { Problem } from '../records/types.js';
import type { Table, TableRow } from '../tables/types.js';
import { parseDate, parseNumber, slugify as computeSlug, splitCell, tidyText } from './cells.js';
import { ATTRIBUTE_TYPES, type AttributeName, type AttributeSpec, type EntityMaker, type Mapping, type RelationMaker } from './schema.js';
import type { IncomingEntity, IncomingRelation, LocateInMapping, MappingResult } from './types.js';
import { checkMappingColumns } from './check-mapping.js';

// Cell values repeat (organisations, domains, countries in every row): each is slugged once per run.
const slugs = new Map<string, string>();
function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size > 1_000_000) slugs.clear();
    slugs.set(text, (slug = computeSlug(text)));
  }
  return slug;
}

/** The kind of an id made here (its prefix; the id is checked when it is made). */
function kindOf(id: string): EntityKind {
  return id.slice(0, id.indexOf(':')) as EntityKind;
}

// Records made here are mostly canonical (keys in the schema's order): checked without zod's copies.
const isCanonicalEntity = compileCanonicalCheck(entitySchema);

interface Made {
  entity: IncomingEntity;
  /** Votes for the kind of a per-value entity, decided once all rows are read. */
  kinds: Map<EntityKind, number>;
  columns: string[];
}

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

type RowProblem = (row: TableRow, column: string | undefined, key: string, message: string, warning?: boolean) => void;

function citation(source: string, row: TableRow, columns: readonly string[]): RowCitation {
  const unique = columns.length < 2 || (columns.length === 2 && columns[0] !== columns[1]) ? [...columns] : [...new Set(columns)];
  const values: Record<string, string> = {};
  for (const column of unique) values[column] = row.cells[column];
  return { source, row: row.row, columns: unique, values };
}

function makeEntity(maker: EntityMaker, key: string, row: TableRow, mapping: Mapping, rowProblem: RowProblem): Made | undefined {
  const kind = typeof maker.kind === 'string' ? maker.kind : kindsOf(maker, row, 1)[0];
  const id = maker.ids?.[key] ?? `${kind}:${computeSlug(key)}`;
  if (kindOfId(id) === undefined) {
    rowProblem(row, mapping.key, key, `no ASCII id can be made from "${key}": give it one in ids`);
    return undefined;
  }
  const en = maker.name?.en ? tidyText(row.cells[maker.name.en]) || key : key;
  const zh = maker.name?.zh ? tidyText(row.cells[maker.name.zh]) || en : en;
  const columns = [mapping.key];
  if (maker.name?.en) columns.push(maker.name.en);
  if (maker.name?.zh) columns.push(maker.name.zh);
  const record = { id, name: { zh, en } } as EntityRecord;
  if (typeof maker.kind !== 'string') columns.push(maker.kind.column);
  readAttributes(maker, record, row, key, columns, rowProblem);
  record.sources = [citation(mapping.source, row, columns)];
  return {
    entity: { record: inSchemaOrder(record), source: mapping.source, maker: maker.as, key, row: row.row },
    kinds: new Map([[kind, 1]]),
    columns,
  };
}

const ENTITY_KEYS = Object.keys(entitySchema.shape);

/** The record with its keys in the schema's order, as zod would return it. */
function inSchemaOrder(record: EntityRecord): EntityRecord {
  const source = record as unknown as Record<string, unknown>;
  const ordered: Record<string, unknown> = {};
  for (const key of ENTITY_KEYS) if (source[key] !== undefined) ordered[key] = source[key];
  return ordered as unknown as EntityRecord;
}

function makeValueEntity(
  maker: EntityMaker,
  value: string,
  slug: string,
  kind: EntityKind,
  row: TableRow,
  mapping: Mapping,
  rowProblem: RowProblem,
  key: string,
): Made | undefined {
  if (slug === '' && maker.ids?.[value] === undefined) {
    rowProblem(row, maker.each!.column, key, `no ASCII id can be made from "${value}": give it one in ids`);
    return undefined;
  }
  const columns = [maker.each!.column];
  if (typeof maker.kind !== 'string') columns.push(maker.kind.column);
  const record: EntityRecord = { id: `${kind}:${slug}`, name: { zh: value, en: value }, sources: [citation(mapping.source, row, columns)] };
  return { entity: { record, source: mapping.source, maker: maker.as, key: value, row: row.row }, kinds: new Map([[kind, 1]]), columns };
}

/** The values of a per-value entity maker in a row, ignored ones left out. */
function valuesOf(maker: EntityMaker, row: TableRow): string[] {
  const values = splitCell(row.cells[maker.each!.column], maker.each!.split);
  const ignore = maker.each!.ignore;
  return ignore === undefined ? values : values.filter((value) => !ignore.includes(value));
}

function addAlias(record: EntityRecord, alias: string): void {
  if (alias === record.name.en || alias === record.name.zh) return;
  record.aliases ??= [];
  if (!record.aliases.includes(alias)) record.aliases.push(alias);
}

/** The kind of each of `count` values of a row: from the kind column, paired by position when the counts agree. */
function kindsOf(maker: EntityMaker, row: TableRow, count: number): EntityKind[] {
  if (typeof maker.kind === 'string') return new Array<EntityKind>(count).fill(maker.kind);
  const spec = maker.kind;
  const categories = splitCell(row.cells[spec.column], spec.split);
  const distinct = [...new Set(categories)];
  return Array.from({ length: count }, (_, index) => {
    const category = categories.length === count ? categories[index] : distinct.length === 1 ? distinct[0] : undefined;
    return (category !== undefined ? spec.map[category] : undefined) ?? spec.default;
  });
}

const ATTRIBUTE_LISTS = new WeakMap<EntityMaker, [AttributeName, AttributeSpec][]>();

/** The maker's attributes as a list, made once per mapping. */
function attributesOf(maker: EntityMaker): [AttributeName, AttributeSpec][] {
  let list = ATTRIBUTE_LISTS.get(maker);
  if (list === undefined) {
    list = Object.entries(maker.attributes ?? {}).filter((entry): entry is [AttributeName, AttributeSpec] => entry[1] !== undefined);
    ATTRIBUTE_LISTS.set(maker, list);
  }
  return list;
}

function readAttributes(
  maker: EntityMaker,
  record: EntityRecord,
  row: TableRow,
  key: string,
  columns: string[],
  rowProblem: RowProblem,
): void {
  const target = record as unknown as Record<string, unknown>;
  for (const [name, spec] of attributesOf(maker)) {
    const cell = row.cells[spec.column];
    if (cell.trim() === '' && !(spec.map && Object.hasOwn(spec.map, ''))) continue;
    const type = ATTRIBUTE_TYPES[name as AttributeName];
    const fail = (message: string) =>
      rowProblem(
        row,
        spec.column,
        key,
        `column "${spec.column}": ${message}${spec.invalid === 'warn' ? ` (${name} left out)` : ''}`,
        spec.invalid === 'warn',
      );
    let value: unknown;
    if (spec.map !== undefined) {
      const text = tidyText(cell);
      if (!Object.hasOwn(spec.map, text)) {
        fail(`value "${text}" is not in the value map of ${name}`);
        continue;
      }
      value = spec.map[text];
      if (value === null) continue;
    } else if (type === 'date') {
      const date = parseDate(cell);
      if ('error' in date) {
        fail(date.error);
        continue;
      }
      value = date.value;
    } else if (type === 'number' || type === 'year') {
      const number = parseNumber(cell);
      if ('error' in number) {
        fail(number.error);
        continue;
      }
      value = number.value;
    } else if (type === 'url') {
      const first = cell.trim().split(/\s+/)[0];
      if (!/^https?:\/\/\S+$/i.test(first)) {
        fail(`"${first}" is not an http(s) link`);
        continue;
      }
      value = first;
    } else {
      value = tidyText(cell);
    }
    target[name] = value;
    columns.push(spec.column);
  }
}

interface RelationContext {
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

function makeRelations(maker: RelationMaker, row: TableRow, key: string, context: RelationContext): void {
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
