// A nodes table and an edges table in Gephi's spreadsheet convention → an imported graph. Header
// names are matched case-insensitively (Id, Label / Source, Target, Type, Id, Label, Relation,
// Weight); the delimiter (comma, semicolon, tab or pipe) is read from the header line; papaparse
// does the quoting; every error carries the file and the line.
import { guardImport } from './guard-import.js';
import Graph from 'graphology';
import Papa from 'papaparse';
import {
  EDGE_ATTRIBUTE_TYPES,
  FORBIDDEN_KEYS,
  NODE_ATTRIBUTE_TYPES,
  decodeCell,
  inferCellType,
  isUnsafeNodeKey,
  unsafeNodeKeyMessage,
  type ColumnType,
} from './attributes.js';
import { restoreFormulaCell } from './csv.js';
import { lineIndex } from './lines.js';
import { WarningLog, computeNormalizedGraph } from './normalize-graph.js';
import { readInput } from './read-input.js';
import { resolveImportOptions } from './resolve-options.js';
import type { CsvPairInput, ImportError, ImportOptions, ImportResult } from './types.js';

type Which = 'nodes' | 'edges';

interface CsvTable {
  header: string[];
  rows: { cells: string[]; line: number }[];
}

type TableResult = { ok: true; table: CsvTable } | { ok: false; error: ImportError };

const DELIMITERS = [',', ';', '\t', '|'];

/** The delimiter used most in the header line, outside quotes; a comma when there is none. */
export function detectCsvDelimiter(text: string): string {
  const counts = new Map(DELIMITERS.map((delimiter) => [delimiter, 0]));
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function parseTable(text: string, which: Which, maxRows: number): TableResult {
  const lines = lineIndex(text);
  const rows: { cells: string[]; line: number }[] = [];
  let error: ImportError | undefined;
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: detectCsvDelimiter(text),
    skipEmptyLines: true,
    step(results, handle) {
      while (text[start] === '\r' || text[start] === '\n') start++;
      const line = lines.position(start).line;
      const quoteError = results.errors.find((problem) => problem.type === 'Quotes');
      if (quoteError) {
        const at = quoteError.index ?? start;
        const message =
          quoteError.code === 'MissingQuotes'
            ? `a quoted field opened on line ${lines.position(at).line} is never closed`
            : 'a quote inside a quoted field must be doubled ("")';
        error = { code: 'unbalanced-quotes', file: which, message: `${which} file: ${message}`, line: lines.position(at).line };
        handle.abort();
        return;
      }
      if (rows.length > maxRows) {
        error = { code: 'limit', file: which, message: `the ${which} file has more than ${maxRows} rows; the limit is ${maxRows}` };
        handle.abort();
        return;
      }
      rows.push({ cells: results.data, line });
      start = results.meta.cursor;
    },
  });
  if (error) return { ok: false, error };
  const [header, ...body] = rows;
  if (!header) return { ok: false, error: { code: 'empty', file: which, message: `the ${which} file is empty` } };
  return { ok: true, table: { header: header.cells.map((name) => restoreFormulaCell(name).trim()), rows: body } };
}

interface ColumnPlan {
  index: number;
  name: string;
  type: ColumnType;
}

/** Maps header cells to attributes: special columns by their lower-case header, the rest typed. */
function planColumns(
  table: CsvTable,
  which: Which,
  special: Readonly<Record<string, string>>,
  known: Readonly<Record<string, ColumnType>>,
  warnings: WarningLog,
): { special: Map<string, number>; attributes: ColumnPlan[]; error?: ImportError } {
  const specialIndexes = new Map<string, number>();
  const attributes: ColumnPlan[] = [];
  const seen = new Set<string>();
  for (const [index, header] of table.header.entries()) {
    if (header === '') {
      warnings.add({ file: which, line: 1, message: `${which} file: column ${index + 1} has no name and was skipped` });
      continue;
    }
    const lower = header.toLowerCase();
    if (seen.has(lower)) {
      return {
        special: specialIndexes,
        attributes,
        error: { code: 'malformed', file: which, line: 1, message: `${which} file: column "${header}" appears twice` },
      };
    }
    seen.add(lower);
    if (Object.hasOwn(special, lower)) {
      specialIndexes.set(special[lower], index);
      continue;
    }
    if (FORBIDDEN_KEYS.has(header)) {
      warnings.add({ file: which, line: 1, message: `column "${header}" dropped: it could alter JavaScript objects` });
      continue;
    }
    const name = header;
    // Inferred from the cells as written: a neutralised cell ('-5) is text, not a number.
    const type = Object.hasOwn(known, name) ? known[name] : inferCellType(table.rows.map((row) => row.cells[index] ?? ''));
    attributes.push({ index, name, type });
  }
  return { special: specialIndexes, attributes };
}

/** A cell's text with the formula neutralisation of our exporter undone. */
function rawCell(cells: string[], index: number): string {
  return restoreFormulaCell(cells[index] ?? '');
}

function readAttributes(cells: string[], plan: ColumnPlan[]): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  for (const column of plan) {
    const text = rawCell(cells, column.index);
    if (text === '') continue;
    const value = decodeCell(text, column.type);
    attributes[column.name] = value === undefined ? text : value;
  }
  return attributes;
}

function checkWidth(row: { cells: string[]; line: number }, width: number, which: Which, warnings: WarningLog): ImportError | undefined {
  if (row.cells.length > width) {
    return {
      code: 'malformed',
      file: which,
      line: row.line,
      message: `${which} file: line ${row.line} has ${row.cells.length} fields but the header has ${width} (an unquoted delimiter or quote?)`,
    };
  }
  if (row.cells.length < width) {
    warnings.add({
      file: which,
      line: row.line,
      message: `${which} file: some rows have fewer fields than the header; the missing ones are empty`,
    });
  }
  return undefined;
}

const NODE_SPECIAL = { id: 'id', label: 'label' } as const;
const EDGE_SPECIAL = {
  source: 'source',
  target: 'target',
  type: 'type',
  id: 'id',
  label: 'label',
  relation: 'relation',
  weight: 'weight',
} as const;

export function importCsv(input: CsvPairInput, options: Partial<ImportOptions> = {}): ImportResult {
  return guardImport(() => importCsvUnguarded(input, options));
}

function importCsvUnguarded(input: CsvPairInput, options: Partial<ImportOptions> = {}): ImportResult {
  const settings = resolveImportOptions(options);
  const warnings = new WarningLog();
  const tables = {} as Record<Which, CsvTable>;
  for (const which of ['nodes', 'edges'] as const) {
    const read = readInput(input[which], settings.maxBytes, which);
    if (!read.ok) return { ok: false, error: { ...read.error, message: `${which} file: ${read.error.message}` } };
    for (const warning of read.warnings) warnings.add(warning);
    const parsed = parseTable(read.text, which, which === 'nodes' ? settings.maxNodes : settings.maxEdges);
    if (!parsed.ok) return parsed;
    tables[which] = parsed.table;
  }

  const nodePlan = planColumns(tables.nodes, 'nodes', NODE_SPECIAL, NODE_ATTRIBUTE_TYPES, warnings);
  if (nodePlan.error) return { ok: false, error: nodePlan.error };
  const edgePlan = planColumns(tables.edges, 'edges', EDGE_SPECIAL, EDGE_ATTRIBUTE_TYPES, warnings);
  if (edgePlan.error) return { ok: false, error: edgePlan.error };
  const missing = (which: Which, column: string, found: string[]): ImportResult => ({
    ok: false,
    error: {
      code: 'missing-column',
      file: which,
      line: 1,
      message: `the ${which} file has no "${column}" column (its header is: ${found.join(', ') || 'empty'})`,
    },
  });
  const idColumn = nodePlan.special.get('id');
  if (idColumn === undefined) return missing('nodes', 'Id', tables.nodes.header);
  const sourceColumn = edgePlan.special.get('source');
  if (sourceColumn === undefined) return missing('edges', 'Source', tables.edges.header);
  const targetColumn = edgePlan.special.get('target');
  if (targetColumn === undefined) return missing('edges', 'Target', tables.edges.header);

  const nodes: [string, Record<string, unknown>][] = [];
  const nodeLines = new Map<string, number>();
  const nodeLabel = nodePlan.special.get('label');
  for (const row of tables.nodes.rows) {
    const widthError = checkWidth(row, tables.nodes.header.length, 'nodes', warnings);
    if (widthError) return { ok: false, error: widthError };
    const id = rawCell(row.cells, idColumn);
    if (id === '')
      return {
        ok: false,
        error: { code: 'malformed', file: 'nodes', line: row.line, message: `nodes file: line ${row.line} has an empty Id` },
      };
    if (isUnsafeNodeKey(id)) {
      return {
        ok: false,
        error: { code: 'malformed', file: 'nodes', line: row.line, message: `nodes file: line ${row.line}: ${unsafeNodeKeyMessage(id)}` },
      };
    }
    const first = nodeLines.get(id);
    if (first !== undefined) {
      return {
        ok: false,
        error: {
          code: 'duplicate-id',
          file: 'nodes',
          line: row.line,
          message: `nodes file: Id "${id}" on line ${row.line} was already used on line ${first}`,
        },
      };
    }
    nodeLines.set(id, row.line);
    const attributes = readAttributes(row.cells, nodePlan.attributes);
    if (nodeLabel !== undefined && rawCell(row.cells, nodeLabel) !== '') attributes.label = rawCell(row.cells, nodeLabel);
    nodes.push([id, attributes]);
  }

  const edgeLines = new Map<string, number>();
  const edges: { key: string; source: string; target: string; undirected: boolean; attributes: Record<string, unknown> }[] = [];
  const special = (row: string[], name: string) => {
    const index = edgePlan.special.get(name);
    return index === undefined ? '' : rawCell(row, index);
  };
  for (const row of tables.edges.rows) {
    const widthError = checkWidth(row, tables.edges.header.length, 'edges', warnings);
    if (widthError) return { ok: false, error: widthError };
    const ends = { Source: rawCell(row.cells, sourceColumn), Target: rawCell(row.cells, targetColumn) };
    for (const [column, id] of Object.entries(ends)) {
      if (!nodeLines.has(id)) {
        const message =
          id === ''
            ? `edges file: line ${row.line} has an empty ${column}`
            : `edges file: ${column} "${id}" on line ${row.line} is not in the nodes file`;
        return { ok: false, error: { code: 'unknown-node', file: 'edges', line: row.line, message } };
      }
    }
    const attributes = readAttributes(row.cells, edgePlan.attributes);
    for (const name of ['label', 'relation'] as const) if (special(row.cells, name) !== '') attributes[name] = special(row.cells, name);
    if (special(row.cells, 'weight') !== '')
      attributes.weight = decodeCell(special(row.cells, 'weight'), 'double') ?? special(row.cells, 'weight');
    const edgeType = special(row.cells, 'type').trim().toLowerCase();
    if (edgeType !== '' && edgeType !== 'directed' && edgeType !== 'undirected' && edgeType !== 'mixed') {
      warnings.add({
        file: 'edges',
        line: row.line,
        message: `edges file: Type must be Directed or Undirected; "${edgeType}" was read as Directed`,
      });
    }
    const isUndirected = edgeType === 'undirected';
    const key = special(row.cells, 'id');
    if (key !== '') {
      const first = edgeLines.get(key);
      if (first !== undefined) {
        return {
          ok: false,
          error: {
            code: 'duplicate-id',
            file: 'edges',
            line: row.line,
            message: `edges file: Id "${key}" on line ${row.line} was already used on line ${first}`,
          },
        };
      }
      edgeLines.set(key, row.line);
    }
    edges.push({ key, source: ends.Source, target: ends.Target, undirected: isUndirected, attributes });
  }

  const undirected = edges.filter((edge) => edge.undirected).length;
  const type = undirected === 0 ? 'directed' : undirected === edges.length ? 'undirected' : 'mixed';
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  for (const [id, attributes] of nodes) graph.addNode(id, attributes);
  for (const edge of edges) {
    if (edge.key === '') {
      if (edge.undirected) graph.addUndirectedEdge(edge.source, edge.target, edge.attributes);
      else graph.addDirectedEdge(edge.source, edge.target, edge.attributes);
    } else if (edge.undirected) graph.addUndirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    else graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  return computeNormalizedGraph(graph, settings, warnings);
}
