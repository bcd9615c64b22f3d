// How attributes become columns and cells in flat formats (CSV, GraphML, neo4j-admin) and back:
// the known attributes of the landscape graph with their types, type inference for any other
// attribute, and the encoding of lists and nested values as JSON text.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { FORBIDDEN_KEYS } from '../records/forbidden-keys.js';

export { FORBIDDEN_KEYS };

/**
 * `string-list`: an array of strings (JSON text in CSV and GraphML, a liststring in GEXF, a string[] for
 * neo4j-admin); `json`: anything nested or mixed, written as JSON text where the format has no nesting.
 */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean' | 'string-list' | 'json';

export interface Column {
  name: string;
  type: ColumnType;
}

/** Node attributes of the landscape graph, in the order flat formats write them. */
export const NODE_ATTRIBUTE_TYPES: Readonly<Record<string, ColumnType>> = {
  label: 'string',
  kind: 'string',
  nameZh: 'string',
  nameEn: 'string',
  aliases: 'string-list',
  descriptionZh: 'string',
  descriptionEn: 'string',
  country: 'string',
  founded: 'integer',
  released: 'string',
  dateEditorial: 'string',
  openSource: 'boolean',
  url: 'string',
  parameters: 'double',
  trainingComputeFlop: 'double',
  accessibility: 'string',
  editorial: 'string',
  disputed: 'string',
  correction: 'string',
  sources: 'json',
  sourceIds: 'string-list',
  modalities: 'string-list',
  tracks: 'string-list',
  businessModels: 'string-list',
  markets: 'string-list',
  companies: 'string-list',
  x: 'double',
  y: 'double',
  size: 'double',
  color: 'string',
};

export const EDGE_ATTRIBUTE_TYPES: Readonly<Record<string, ColumnType>> = {
  label: 'string',
  relation: 'string',
  noteZh: 'string',
  noteEn: 'string',
  editorial: 'string',
  evidenceNote: 'string',
  since: 'string',
  dateEditorial: 'string',
  disputed: 'string',
  correction: 'string',
  sources: 'json',
  sourceIds: 'string-list',
  weight: 'double',
  size: 'double',
  color: 'string',
};

/** Columns that stay doubles whatever their values look like (an all-integer x is still a coordinate). */
const ALWAYS_DOUBLE = new Set(['x', 'y', 'size', 'weight']);

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value));
}

export function inferValueType(value: unknown): ColumnType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'integer' : 'double';
  if (typeof value === 'string') return 'string';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return 'string-list';
  return 'json';
}

function mergeTypes(a: ColumnType, b: ColumnType): ColumnType {
  if (a === b) return a;
  if ((a === 'integer' && b === 'double') || (a === 'double' && b === 'integer')) return 'double';
  // Anything else mixed is kept losslessly as JSON text.
  return 'json';
}

/**
 * The columns of a set of attribute records: known attributes first in their table order, then the
 * others in order of first appearance. A column's type is inferred from every value it holds.
 */
export function computeColumns(records: Iterable<Attributes>, known: Readonly<Record<string, ColumnType>>): Column[] {
  const types = new Map<string, ColumnType>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (FORBIDDEN_KEYS.has(name) || isMissing(value)) continue;
      const type = inferValueType(value);
      const current = types.get(name);
      types.set(name, current === undefined ? type : mergeTypes(current, type));
    }
  }
  const names = [
    ...Object.keys(known).filter((name) => types.has(name)),
    ...[...types.keys()].filter((name) => !Object.hasOwn(known, name)),
  ];
  return names.map((name) => {
    const type = types.get(name)!;
    return { name, type: ALWAYS_DOUBLE.has(name) && type === 'integer' ? 'double' : type };
  });
}

export function computeNodeColumns(graph: Graph): Column[] {
  const records: Attributes[] = [];
  graph.forEachNode((_node, attributes) => records.push(attributes));
  return computeColumns(records, NODE_ATTRIBUTE_TYPES);
}

export function computeEdgeColumns(graph: Graph): Column[] {
  const records: Attributes[] = [];
  graph.forEachEdge((_edge, attributes) => records.push(attributes));
  return computeColumns(records, EDGE_ATTRIBUTE_TYPES);
}

/** The text of one value in a column, or undefined when the value is absent. */
export function encodeCell(value: unknown, type: ColumnType): string | undefined {
  if (isMissing(value)) return undefined;
  switch (type) {
    case 'string':
      return String(value);
    case 'integer':
    case 'double':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string-list':
    case 'json':
      return JSON.stringify(value);
  }
}

/** JSON.parse that drops `__proto__`, `constructor` and `prototype` keys wherever they are. */
export function parseJsonSafely(text: string): unknown {
  return JSON.parse(text, (key, value) => (FORBIDDEN_KEYS.has(key) ? undefined : value));
}

const NUMBER_PATTERN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (!NUMBER_PATTERN.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** Reads a cell back into a value of its column's type; undefined when it does not fit the type. */
export function decodeCell(text: string, type: ColumnType): unknown {
  switch (type) {
    case 'string':
      return text;
    case 'integer':
    case 'double':
      return parseNumber(text);
    case 'boolean': {
      const lower = text.trim().toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : undefined;
    }
    case 'string-list':
    case 'json':
      try {
        return parseJsonSafely(text);
      } catch {
        return undefined;
      }
  }
}

/** The type of a column read from text cells with no declared type (CSV columns we do not know). */
export function inferCellType(cells: readonly string[]): ColumnType {
  const present = cells.filter((cell) => cell !== '');
  if (present.length === 0) return 'string';
  if (present.every((cell) => parseNumber(cell) !== undefined)) {
    return present.every((cell) => Number.isSafeInteger(parseNumber(cell))) ? 'integer' : 'double';
  }
  if (present.every((cell) => /^(true|false)$/i.test(cell.trim()))) return 'boolean';
  const isJsonContainer = (cell: string) => {
    if (!/^\s*[[{]/.test(cell)) return false;
    try {
      const value = JSON.parse(cell);
      return typeof value === 'object' && value !== null;
    } catch {
      return false;
    }
  };
  if (present.every(isJsonContainer)) return 'json';
  return 'string';
}

/** A deep copy of a value from a file, without prototype-polluting keys. */
export function sanitizeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sanitizeValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = sanitizeValue(inner);
    return out;
  }
  return value;
}

/**
 * Node ids graphology cannot hold safely: it keeps each node's neighbours in plain objects keyed by
 * node id, so in a multigraph an edge to `__proto__` writes onto Object.prototype and an edge to
 * `toString` or `constructor` writes onto a built-in function. Importers refuse such ids.
 */
const UNSAFE_NODE_KEYS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

export function isUnsafeNodeKey(key: string): boolean {
  return UNSAFE_NODE_KEYS.has(key);
}

export function unsafeNodeKeyMessage(key: string): string {
  return `node id "${key}" cannot be used: it is the name of a built-in JavaScript property (rename the node)`;
}

/** An attribute's own value: a column named `valueOf` must not read the function Object.prototype has. */
export function ownValue(attributes: Attributes, name: string): unknown {
  return Object.hasOwn(attributes, name) ? attributes[name] : undefined;
}
