// Graph → GEXF 1.3 for Gephi, through graphology-gexf's writer: colour, size and position as viz
// elements, lists of strings as liststring attributes, sources and other nested values as JSON text; dated nodes
// and links get Gephi's dynamic form (a `start` date on the element, mode="dynamic") so Gephi's timeline works.
import Graph from 'graphology';
import writeGexf from 'graphology-gexf/common/writer.js';
import type { Attributes } from 'graphology-types';
import { FORBIDDEN_KEYS, inferValueType, isUnsafeNodeKey } from './attributes.js';
import { stripInvalidXmlChars } from './xml.js';
import { readDate } from '../dates/index.js';

const COLOR = /^(#[0-9a-fA-F]{3}|#[0-9a-fA-F]{6}|rgba?\(\s*\d+\s*,\s*\d+\s*,\s*\d+\s*(,\s*[\d.]+\s*)?\))$/;
const META_NAME = /^[A-Za-z_][\w.-]*$/;

/** A GEXF 1.3 list value whose items the graphology-gexf parser splits back exactly (commas, quotes and all). */
export function formatGexfList(items: readonly string[]): string {
  const quoted = items.map(
    (item) =>
      `"${stripInvalidXmlChars(item).replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`,
  );
  return `[${quoted.join(', ')}]`;
}

/** xml-writer's escaping of attribute values, to find the declarations it wrote. */
function asWritten(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}

/** Names of attributes whose every value is a list of strings. */
function listAttributes(records: Attributes[]): Set<string> {
  const lists = new Set<string>();
  const others = new Set<string>();
  for (const attributes of records) {
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      if (inferValueType(value) === 'string-list') lists.add(name);
      else others.add(name);
    }
  }
  for (const name of others) lists.delete(name);
  return lists;
}

function cleanValue(value: unknown, isList: boolean): unknown {
  if (typeof value === 'string') return stripInvalidXmlChars(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return undefined;
  if (isList) return formatGexfList(value as string[]);
  // JSON.stringify leaves U+FFFE and U+FFFF as they are; XML cannot hold them.
  return stripInvalidXmlChars(JSON.stringify(value));
}

interface Formatted {
  label?: string;
  weight?: number;
  kind?: string;
  viz: Record<string, number | string>;
  attributes: Record<string, unknown>;
}

function format(attributes: Attributes, lists: Set<string>, isEdge: boolean): Formatted {
  const out: Formatted = { viz: {}, attributes: {} };
  for (const [name, raw] of Object.entries(attributes)) {
    if (FORBIDDEN_KEYS.has(name)) continue;
    const value = cleanValue(raw, lists.has(name));
    if (value === undefined) continue;
    if (name === 'label' && typeof value === 'string') out.label = value;
    else if (name === 'color' && typeof value === 'string' && COLOR.test(value)) out.viz.color = value;
    else if ((name === 'x' || name === 'y' || name === 'z') && typeof value === 'number') out.viz[name] = value;
    else if (name === 'size' && !isEdge && typeof value === 'number') out.viz.size = value;
    else if (isEdge && name === 'weight' && typeof value === 'number') out.weight = value;
    else if (isEdge && name === 'kind' && typeof value === 'string') out.kind = value;
    else out.attributes[name] = value;
  }
  return out;
}

/** Attribute names without the characters XML cannot hold; prototype keys are left out here already. */
function cleanNames(attributes: Attributes): Attributes {
  const out: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    const clean = stripInvalidXmlChars(name);
    if (clean !== '' && !FORBIDDEN_KEYS.has(clean) && !Object.hasOwn(out, clean)) out[clean] = value;
  }
  return out;
}

/** A copy whose keys and graph attributes are safe to write as XML; list/JSON encoding happens in the formatters. */
function prepare(graph: Graph): Graph {
  const copy = new Graph({ type: graph.type, multi: true, allowSelfLoops: true });
  const meta: Attributes = {};
  for (const [name, value] of Object.entries(graph.getAttributes())) {
    if (META_NAME.test(name) && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) {
      meta[name] = typeof value === 'string' ? stripInvalidXmlChars(value) : value;
    }
  }
  // GEXF's meta has no credit element: the credit goes into the description, where Gephi shows it.
  if (typeof meta.credit === 'string') {
    meta.description = typeof meta.description === 'string' ? `${meta.description} — ${meta.credit}` : meta.credit;
    delete meta.credit;
  }
  copy.replaceAttributes(meta);
  const keys = new Map<string, string>();
  const cleanKey = (key: string, taken: (candidate: string) => boolean) => {
    const base = stripInvalidXmlChars(key);
    let candidate = base;
    // Stripping may leave a name graphology cannot hold as a node id (`__proto__\u0000` → `__proto__`).
    for (let n = 2; taken(candidate) || isUnsafeNodeKey(candidate); n++) candidate = `${base}~${n}`;
    return candidate;
  };
  graph.forEachNode((node, attributes) => {
    const key = cleanKey(node, (candidate) => copy.hasNode(candidate));
    keys.set(node, key);
    copy.addNode(key, cleanNames(attributes));
  });
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    const key = cleanKey(edge, (candidate) => copy.hasEdge(candidate));
    const ends = [keys.get(source)!, keys.get(target)!] as const;
    if (undirected) copy.addUndirectedEdgeWithKey(key, ...ends, cleanNames(attributes));
    else copy.addDirectedEdgeWithKey(key, ...ends, cleanNames(attributes));
  });
  return copy;
}

export function exportGexf(graph: Graph): string {
  const safe = prepare(graph);
  const nodeRecords: Attributes[] = [];
  safe.forEachNode((_node, attributes) => nodeRecords.push(attributes));
  const edgeRecords: Attributes[] = [];
  safe.forEachEdge((_edge, attributes) => edgeRecords.push(attributes));
  const nodeLists = listAttributes(nodeRecords);
  const edgeLists = listAttributes(edgeRecords);

  const xml = writeGexf(safe, {
    version: '1.3',
    pretty: true,
    formatNode: (_key, attributes) => format(attributes, nodeLists, false),
    formatEdge: (_key, attributes) => format(attributes, edgeLists, true),
  });
  // The writer declares our pre-formatted lists as strings; they are liststrings.
  const declared = [
    ['node', nodeLists],
    ['edge', edgeLists],
  ].reduce((text, [modelClass, lists]) => declareLists(text, modelClass as string, lists as Set<string>), xml);
  return addStartDates(declared, safe);
}

/**
 * A date as GEXF's `date` time format: the first day of its period (2024-05 → 2024-05-01), as Gephi's timeline
 * places an element from its start on; the date as written, with its precision, stays in the element's attributes.
 */
export function gexfStartOf(value: unknown): string | undefined {
  const date = readDate(value);
  if (date === undefined) return undefined;
  const pad = (number: number) => String(number).padStart(2, '0');
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** Adds `start` to dated nodes (released, else founded) and links (since); the graph becomes mode="dynamic". */
function addStartDates(xml: string, graph: Graph): string {
  const starts = { node: new Map<string, string>(), edge: new Map<string, string>() };
  graph.forEachNode((node, attributes) => {
    const start = gexfStartOf(attributes.released) ?? gexfStartOf(attributes.founded);
    if (start) starts.node.set(asWritten(node), start);
  });
  graph.forEachEdge((edge, attributes) => {
    const start = gexfStartOf(attributes.since);
    if (start) starts.edge.set(asWritten(edge), start);
  });
  if (starts.node.size === 0 && starts.edge.size === 0) return xml;
  return xml
    .replace(/<graph /, '<graph mode="dynamic" timeformat="date" ')
    .replace(/<(node|edge) id="([^"]*)"/g, (whole, element: 'node' | 'edge', id: string) => {
      const start = starts[element].get(id);
      return start === undefined ? whole : `${whole} start="${start}"`;
    });
}

function declareLists(xml: string, modelClass: string, lists: Set<string>): string {
  if (lists.size === 0) return xml;
  const open = `<attributes class="${modelClass}">`;
  const start = xml.indexOf(open);
  if (start === -1) return xml;
  const end = xml.indexOf('</attributes>', start);
  let section = xml.slice(start, end);
  for (const name of lists) {
    const written = asWritten(name);
    const declared = `<attribute id="${written}" title="${written}" type="string"/>`;
    section = section.replace(declared, () => declared.replace('type="string"', 'type="liststring"'));
  }
  return xml.slice(0, start) + section + xml.slice(end);
}
