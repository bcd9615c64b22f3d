// Graph → the CSV files of `neo4j-admin database import`: nodes (`id:ID`, `:LABEL`, typed
// properties) and relationships (`:START_ID`, `:END_ID`, `:TYPE`), plus the command that imports
// them. Lists of strings become string[] properties; the array delimiter is one that no value holds.
// These files feed a database, not a spreadsheet, so cells are not formula-neutralised.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { FORBIDDEN_KEYS, computeEdgeColumns, computeNodeColumns, ownValue, type Column } from './attributes.js';
import { quoteCsvCell } from './csv.js';
import { ENTITY_LABEL, computeNodeLabel, computeRelationshipType } from './neo4j-names.js';
import type { ExportFile } from './types.js';

const ARRAY_DELIMITERS = [';', '|', '¦', '\u001F'];
const NEO4J_TYPES: Record<Column['type'], string> = {
  string: '',
  integer: ':long',
  double: ':double',
  boolean: ':boolean',
  'string-list': ':string[]',
  json: '',
};

export interface Neo4jCsv {
  nodes: string;
  relationships: string;
  /** The neo4j-admin command lines, with the array delimiter these files need. */
  command: string;
  arrayDelimiter: string;
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

function cell(value: unknown, column: Column, delimiter: string): string {
  // Missing as computeColumns sees it: a non-finite number took no part in the column's type.
  if (value === undefined || value === null || (typeof value === 'number' && !Number.isFinite(value))) return '';
  switch (column.type) {
    case 'integer':
    case 'double':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'boolean':
      return String(value);
    case 'string-list':
      return quote((value as string[]).join(delimiter));
    case 'string':
      return quote(String(value));
    case 'json':
      return quote(JSON.stringify(value));
  }
}

function propertyName(name: string, taken: ReadonlySet<string>): string {
  const clean = name.replace(/:/g, '_');
  return taken.has(clean) ? `${clean}_` : clean;
}

function chooseDelimiter(graph: Graph, nodeColumns: Column[], edgeColumns: Column[]): string | undefined {
  const values: string[] = [];
  const collect = (attributes: Attributes, columns: Column[]) => {
    for (const column of columns) {
      const value = ownValue(attributes, column.name);
      if (column.type === 'string-list' && Array.isArray(value)) values.push(...value);
    }
  };
  graph.forEachNode((_node, attributes) => collect(attributes, nodeColumns));
  graph.forEachEdge((_edge, attributes) => collect(attributes, edgeColumns));
  return ARRAY_DELIMITERS.find((delimiter) => values.every((value) => !value.includes(delimiter)));
}

export function exportNeo4jCsv(graph: Graph): Neo4jCsv {
  let nodeColumns = computeNodeColumns(graph).filter((column) => !FORBIDDEN_KEYS.has(column.name));
  let edgeColumns = computeEdgeColumns(graph).filter((column) => !FORBIDDEN_KEYS.has(column.name));
  const found = chooseDelimiter(graph, nodeColumns, edgeColumns);
  const delimiter = found ?? ';';
  if (found === undefined) {
    // Every delimiter occurs in some value: lists fall back to JSON text rather than split wrongly.
    const asJson = (column: Column): Column => (column.type === 'string-list' ? { ...column, type: 'json' } : column);
    nodeColumns = nodeColumns.map(asJson);
    edgeColumns = edgeColumns.map(asJson);
  }

  const nodeHeader = [
    'id:ID',
    ':LABEL',
    ...nodeColumns.map((column) => propertyName(column.name, new Set(['id'])) + NEO4J_TYPES[column.type]),
  ];
  const nodeRows = [nodeHeader.map((name) => quoteCsvCell(name)).join(',')];
  graph.forEachNode((node, attributes) => {
    const labels = [ENTITY_LABEL, computeNodeLabel(attributes.kind)].filter((label): label is string => label !== undefined);
    nodeRows.push(
      [
        quote(node),
        quote(labels.join(delimiter)),
        ...nodeColumns.map((column) => cell(ownValue(attributes, column.name), column, delimiter)),
      ].join(','),
    );
  });

  const edgeHeader = [
    ':START_ID',
    ':END_ID',
    ':TYPE',
    'id',
    ...edgeColumns.map((column) => propertyName(column.name, new Set(['id', 'undirected'])) + NEO4J_TYPES[column.type]),
    'undirected:boolean',
  ];
  const edgeRows = [edgeHeader.map((name) => quoteCsvCell(name)).join(',')];
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    edgeRows.push(
      [
        quote(source),
        quote(target),
        quote(computeRelationshipType(attributes.relation)),
        quote(edge),
        ...edgeColumns.map((column) => cell(ownValue(attributes, column.name), column, delimiter)),
        undirected ? 'true' : '',
      ].join(','),
    );
  });

  const delimiterArgument = delimiter === '\u001F' ? `$'\\x1F'` : `"${delimiter}"`;
  const options = `--nodes=nodes.csv --relationships=relationships.csv --array-delimiter=${delimiterArgument} --multiline-fields=true`;
  const command = [
    '# Import into a new, stopped Neo4j database (run from the folder holding these files).',
    '# Neo4j 5:',
    `neo4j-admin database import full ${options} neo4j`,
    '# Neo4j 4.x:',
    `# neo4j-admin import --database=neo4j ${options}`,
    '',
  ].join('\n');

  return { nodes: `${nodeRows.join('\n')}\n`, relationships: `${edgeRows.join('\n')}\n`, command, arrayDelimiter: delimiter };
}

export function computeNeo4jCsvFiles(graph: Graph): ExportFile[] {
  const csv = exportNeo4jCsv(graph);
  return [
    { name: 'nodes.csv', content: csv.nodes, mimeType: 'text/csv;charset=utf-8' },
    { name: 'relationships.csv', content: csv.relationships, mimeType: 'text/csv;charset=utf-8' },
    { name: 'import-command.txt', content: csv.command, mimeType: 'text/plain;charset=utf-8' },
  ];
}
