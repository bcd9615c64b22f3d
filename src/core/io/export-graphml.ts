// Graph → GraphML for Cytoscape, yEd, NetworkX and Gephi (graphology-graphml only reads, so this is
// our writer). Every attribute has a typed <key>; positions are x/y doubles; colours are also given
// as r/g/b ints, which Gephi and graphology read; lists and nested values are JSON text, marked by
// the key's <desc> so our importer turns them back into values.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { FORBIDDEN_KEYS, computeColumns, computeEdgeColumns, computeNodeColumns, encodeCell, ownValue, type Column } from './attributes.js';
import { GRAPHML_JSON_DESC, escapeXmlAttribute, escapeXmlText, stripInvalidXmlChars } from './xml.js';

const HEX_COLOR = /^#[0-9a-f]{6}$/;
const INT32 = 2 ** 31 - 1;

interface Key extends Column {
  id: string;
  graphmlType: 'string' | 'int' | 'long' | 'double' | 'boolean';
  json: boolean;
  read: (attributes: Attributes) => unknown;
}

function graphmlType(column: Column, values: unknown[]): Key['graphmlType'] {
  switch (column.type) {
    case 'integer':
      return values.every((value) => typeof value !== 'number' || Math.abs(value) <= INT32) ? 'int' : 'long';
    case 'double':
      return 'double';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

function makeKeys(columns: Column[], prefix: string, values: (name: string) => unknown[]): Key[] {
  return columns
    .filter((column) => !FORBIDDEN_KEYS.has(column.name))
    .map((column, index) => ({
      ...column,
      id: `${prefix}${index}`,
      graphmlType: graphmlType(column, values(column.name)),
      json: column.type === 'string-list' || column.type === 'json',
      read: (attributes: Attributes) => ownValue(attributes, column.name),
    }));
}

/** r, g, b keys for the colours Gephi and graphology-graphml read, unless the data already has such names. */
function rgbKeys(columns: Column[], records: Attributes[], prefix: string): Key[] {
  const names = new Set(columns.map((column) => column.name));
  if (names.has('r') || names.has('g') || names.has('b')) return [];
  if (!records.some((attributes) => typeof attributes.color === 'string' && HEX_COLOR.test(attributes.color))) return [];
  return ['r', 'g', 'b'].map((name, channel) => ({
    name,
    type: 'integer',
    id: `${prefix}${name}`,
    graphmlType: 'int',
    json: false,
    read: ({ color }: Attributes) =>
      typeof color === 'string' && HEX_COLOR.test(color) ? parseInt(color.slice(1 + 2 * channel, 3 + 2 * channel), 16) : undefined,
  }));
}

function dataLines(attributes: Attributes, keys: Key[], indent: string): string[] {
  const lines: string[] = [];
  for (const key of keys) {
    const text = encodeCell(key.read(attributes), key.type);
    if (text === undefined) continue;
    lines.push(`${indent}<data key="${key.id}">${escapeXmlText(text)}</data>`);
  }
  return lines;
}

function keyLine(key: Key, domain: string): string {
  const open = `  <key id="${key.id}" for="${domain}" attr.name="${escapeXmlAttribute(key.name)}" attr.type="${key.graphmlType}"`;
  return key.json ? `${open}><desc>${GRAPHML_JSON_DESC}</desc></key>` : `${open}/>`;
}

function element(open: string, children: string[], indent: string, name: string): string[] {
  return children.length === 0 ? [`${indent}<${open}/>`] : [`${indent}<${open}>`, ...children, `${indent}</${name}>`];
}

export function exportGraphml(graph: Graph): string {
  const nodeRecords: Attributes[] = [];
  graph.forEachNode((_node, attributes) => nodeRecords.push(attributes));
  const edgeRecords: Attributes[] = [];
  graph.forEachEdge((_edge, attributes) => edgeRecords.push(attributes));
  const graphAttributes = graph.getAttributes();

  const valuesOf = (records: Attributes[]) => (name: string) => records.map((attributes) => ownValue(attributes, name));
  const nodeColumns = computeNodeColumns(graph);
  const edgeColumns = computeEdgeColumns(graph);
  const nodeKeys = [...makeKeys(nodeColumns, 'n', valuesOf(nodeRecords)), ...rgbKeys(nodeColumns, nodeRecords, 'n')];
  const edgeKeys = [...makeKeys(edgeColumns, 'e', valuesOf(edgeRecords)), ...rgbKeys(edgeColumns, edgeRecords, 'e')];
  const graphKeys = makeKeys(computeColumns([graphAttributes], {}), 'g', valuesOf([graphAttributes]));

  const mixed = graph.type === 'mixed';
  const edgeDefault = graph.type === 'directed' ? 'directed' : 'undirected';
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
      ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...graphKeys.map((key) => keyLine(key, 'graph')),
    ...nodeKeys.map((key) => keyLine(key, 'node')),
    ...edgeKeys.map((key) => keyLine(key, 'edge')),
    `  <graph edgedefault="${edgeDefault}">`,
    ...dataLines(graphAttributes, graphKeys, '    '),
  ];
  const id = (key: string) => escapeXmlAttribute(stripInvalidXmlChars(key));
  graph.forEachNode((node, attributes) => {
    lines.push(...element(`node id="${id(node)}"`, dataLines(attributes, nodeKeys, '      '), '    ', 'node'));
  });
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    // graphology-graphml ignores directed="false" under a directed default, so mixed graphs default to undirected.
    const direction = mixed ? ` directed="${undirected ? 'false' : 'true'}"` : '';
    const open = `edge id="${id(edge)}" source="${id(source)}" target="${id(target)}"${direction}`;
    lines.push(...element(open, dataLines(attributes, edgeKeys, '      '), '    ', 'edge'));
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
