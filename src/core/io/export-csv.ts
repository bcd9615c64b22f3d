// Graph → a nodes table and an edges table in Gephi's spreadsheet convention (Data Laboratory →
// Import Spreadsheet): nodes `Id,Label,…`, edges `Source,Target,Type,Id,Label,Relation,…` where Type
// is Directed or Undirected. Every other attribute is a column named after it; lists and sources are
// JSON text; text cells that a spreadsheet would run as formulas are neutralised with an apostrophe.
import type Graph from 'graphology';
import { computeEdgeColumns, computeNodeColumns, encodeCell, ownValue, type Column } from './attributes.js';
import { CSV_BOM, CSV_LINE_END, formatCsvRow, neutralizeFormulaCell } from './csv.js';

/** Attributes with a column of their own in Gephi's convention, and the column's name. */
export const CSV_NODE_SPECIAL: Readonly<Record<string, string>> = { label: 'Label' };
export const CSV_EDGE_SPECIAL: Readonly<Record<string, string>> = { label: 'Label', relation: 'Relation', weight: 'Weight' };
/** Header names Gephi gives a meaning to (case-insensitively); an attribute of that name is renamed. */
const NODE_RESERVED = new Set(['id', 'label', 'timeset', 'time interval']);
const EDGE_RESERVED = new Set(['source', 'target', 'type', 'id', 'label', 'relation', 'weight', 'timeset', 'time interval']);

export interface CsvPair {
  nodes: string;
  edges: string;
}

interface CsvColumn extends Column {
  header: string;
}

function csvColumns(columns: Column[], special: Readonly<Record<string, string>>, reserved: Set<string>): CsvColumn[] {
  return columns.map((column) => {
    if (Object.hasOwn(special, column.name)) return { ...column, header: special[column.name] };
    return { ...column, header: reserved.has(column.name.toLowerCase()) ? `${column.name}_` : column.name };
  });
}

function cell(value: unknown, column: Column): string {
  const text = encodeCell(value, column.type);
  if (text === undefined) return '';
  return column.type === 'string' ? neutralizeFormulaCell(text) : text;
}

function table(header: string[], rows: string[][]): string {
  const lines = [formatCsvRow(header.map(neutralizeFormulaCell)), ...rows.map((row) => formatCsvRow(row))];
  return CSV_BOM + lines.join(CSV_LINE_END) + CSV_LINE_END;
}

export function exportCsv(graph: Graph): CsvPair {
  const nodeColumns = csvColumns(computeNodeColumns(graph), CSV_NODE_SPECIAL, NODE_RESERVED);
  const nodeLabel = nodeColumns.find((column) => column.name === 'label');
  const nodeOthers = nodeColumns.filter((column) => column !== nodeLabel);
  const nodeRows: string[][] = [];
  graph.forEachNode((node, attributes) => {
    nodeRows.push([
      neutralizeFormulaCell(node),
      nodeLabel ? cell(attributes.label, nodeLabel) : '',
      ...nodeOthers.map((column) => cell(ownValue(attributes, column.name), column)),
    ]);
  });

  const edgeColumns = csvColumns(computeEdgeColumns(graph), CSV_EDGE_SPECIAL, EDGE_RESERVED);
  const edgeFirst = ['label', 'relation'].map((name) => edgeColumns.find((column) => column.name === name));
  const edgeOthers = edgeColumns.filter((column) => !edgeFirst.includes(column));
  const edgeRows: string[][] = [];
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    edgeRows.push([
      neutralizeFormulaCell(source),
      neutralizeFormulaCell(target),
      undirected ? 'Undirected' : 'Directed',
      neutralizeFormulaCell(edge),
      ...edgeFirst.map((column) => (column ? cell(ownValue(attributes, column.name), column) : '')),
      ...edgeOthers.map((column) => cell(ownValue(attributes, column.name), column)),
    ]);
  });

  return {
    nodes: table(['Id', 'Label', ...nodeOthers.map((column) => column.header)], nodeRows),
    edges: table(['Source', 'Target', 'Type', 'Id', 'Label', 'Relation', ...edgeOthers.map((column) => column.header)], edgeRows),
  };
}
