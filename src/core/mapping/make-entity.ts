// Entities from a table's row, as a mapping makes them: one per row (its key) or one per value of a cell (each of a
// list), with names, kinds, attributes read and checked from their cells, and the row and cells they rest on.
import { kindOfId, type EntityKind } from '../records/kinds.js';
import { entitySchema, type EntityRecord, type RowCitation } from '../records/schema.js';
import type { TableRow } from '../tables/types.js';
import { parseDate, parseNumber, slugify as computeSlug, splitCell, tidyText } from './cells.js';
import { ATTRIBUTE_TYPES, type AttributeName, type AttributeSpec, type EntityMaker, type Mapping } from './schema.js';
import type { IncomingEntity } from './types.js';

// Cell values repeat (organisations, domains, countries in every row): each is slugged once per run.
const slugs = new Map<string, string>();
export function slugify(text: string): string {
  let slug = slugs.get(text);
  if (slug === undefined) {
    if (slugs.size > 1_000_000) slugs.clear();
    slugs.set(text, (slug = computeSlug(text)));
  }
  return slug;
}

/** The kind of an id made here (its prefix; the id is checked when it is made). */
export function kindOf(id: string): EntityKind {
  return id.slice(0, id.indexOf(':')) as EntityKind;
}

export interface Made {
  entity: IncomingEntity;
  /** Votes for the kind of a per-value entity, decided once all rows are read. */
  kinds: Map<EntityKind, number>;
  columns: string[];
}

export type RowProblem = (row: TableRow, column: string | undefined, key: string, message: string, warning?: boolean) => void;

export function citation(source: string, row: TableRow, columns: readonly string[]): RowCitation {
  const unique = columns.length < 2 || (columns.length === 2 && columns[0] !== columns[1]) ? [...columns] : [...new Set(columns)];
  const values: Record<string, string> = {};
  for (const column of unique) values[column] = row.cells[column];
  return { source, row: row.row, columns: unique, values };
}

export function makeEntity(maker: EntityMaker, key: string, row: TableRow, mapping: Mapping, rowProblem: RowProblem): Made | undefined {
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

export function makeValueEntity(
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
export function valuesOf(maker: EntityMaker, row: TableRow): string[] {
  const values = splitCell(row.cells[maker.each!.column], maker.each!.split);
  const ignore = maker.each!.ignore;
  return ignore === undefined ? values : values.filter((value) => !ignore.includes(value));
}

export function addAlias(record: EntityRecord, alias: string): void {
  if (alias === record.name.en || alias === record.name.zh) return;
  record.aliases ??= [];
  if (!record.aliases.includes(alias)) record.aliases.push(alias);
}

/** The kind of each of `count` values of a row: from the kind column, paired by position when the counts agree. */
export function kindsOf(maker: EntityMaker, row: TableRow, count: number): EntityKind[] {
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
