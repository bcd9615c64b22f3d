// The compact bundle: the same content as the JSON bundle, written by columns. Every string once in a table
// (ids, names, kinds, relations, colours…), nodes and links as parallel arrays of numbers, each citation once
// (its three strings by number), list attributes as CSR arrays, link keys left out when they are the usual
// `from|type|to`. Plain JSON still (so it gzips and parses with the platform's parser), about a fifth of the bytes.
// decodeCompactBundle(encodeCompactBundle(b)) gives back b's graph (attribute order aside) and the rest as is.
import type { Attributes, SerializedGraph } from 'graphology-types';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle } from './types.js';

export const COMPACT_FORMAT = 'ai-landscape-compact';
export const COMPACT_VERSION = 1;

/** One attribute over all nodes (or links): `s` strings by number, `n` numbers, `j` anything else as JSON values; null = absent. */
type Column =
  | { name: string; kind: 's'; values: (number | null)[] }
  | { name: string; kind: 'n' | 'j'; values: unknown[] }
  /** The same value on every item (an edge size of 1). */
  | { name: string; kind: 'c'; value: unknown }
  /** Equal to another column on every item (a label that is the Chinese name). */
  | { name: string; kind: 'same'; as: string };

/** Lists of strings (aliases, facets) or of citations, per node: items[offsets[i]] .. items[offsets[i + 1]]; null = absent. */
interface ListColumn {
  name: string;
  kind: 'strings' | 'citations';
  offsets: number[];
  items: number[];
  absent: number[];
}

export interface CompactBundle {
  format: typeof COMPACT_FORMAT;
  version: typeof COMPACT_VERSION;
  strings: string[];
  /** Flat triples of string numbers: source, section, quote. */
  citations: number[];
  graph: {
    attributes: Attributes;
    options: SerializedGraph['options'];
    nodes: { keys: number[]; columns: Column[]; lists: ListColumn[] };
    edges: {
      sources: number[];
      targets: number[];
      /** Undirected flags (1) where the graph has undirected links; absent when none is. */
      undirected?: number[];
      /** Link keys by string number, or absent when every key is `source|relation|target`. */
      keys?: number[];
      columns: Column[];
      lists: ListColumn[];
    };
  };
  rest: Omit<Bundle, 'format' | 'version' | 'graph'>;
}

export class CompactBundleError extends Error {}

class StringTable {
  readonly strings: string[] = [];
  private readonly numbers = new Map<string, number>();

  of(text: string): number {
    let number = this.numbers.get(text);
    if (number === undefined) {
      number = this.strings.push(text) - 1;
      this.numbers.set(text, number);
    }
    return number;
  }
}

function isCitation(value: unknown): value is { source: string; section: string; quote: string } {
  if (!value || typeof value !== 'object') return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 3 && typeof record.source === 'string' && typeof record.section === 'string' && typeof record.quote === 'string';
}

function encodeItems(
  items: readonly Attributes[],
  strings: StringTable,
  citations: { of(citation: { source: string; section: string; quote: string }): number },
): { columns: Column[]; lists: ListColumn[] } {
  const names: string[] = [];
  const seen = new Set<string>();
  for (const attributes of items) {
    for (const name of Object.keys(attributes)) {
      if (seen.has(name)) continue;
      seen.add(name);
      names.push(name);
    }
  }
  const columns: Column[] = [];
  const lists: ListColumn[] = [];
  const scalar = (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value);
  for (const name of names) {
    const values = items.map((attributes) => (Object.hasOwn(attributes, name) ? attributes[name] : undefined));
    const present = values.filter((value) => value !== undefined);
    const twin = names.find(
      (other) =>
        other !== name &&
        names.indexOf(other) < names.indexOf(name) &&
        items.every((attributes) => attributes[name] === attributes[other] && scalar(attributes[name]) && Object.hasOwn(attributes, other)),
    );
    if (items.length > 1 && present.length === items.length && present.every((value) => scalar(value) && value === present[0])) {
      columns.push({ name, kind: 'c', value: present[0] });
    } else if (items.length > 1 && present.length === items.length && twin !== undefined) {
      columns.push({ name, kind: 'same', as: twin });
    } else if (present.every((value) => Array.isArray(value) && value.every((item) => typeof item === 'string'))) {
      lists.push(encodeList(name, 'strings', values as (string[] | undefined)[], (item) => strings.of(item as string)));
    } else if (present.every((value) => Array.isArray(value) && value.every(isCitation))) {
      lists.push(encodeList(name, 'citations', values as (unknown[] | undefined)[], (item) => citations.of(item as never)));
    } else if (present.every((value) => typeof value === 'string')) {
      columns.push({ name, kind: 's', values: values.map((value) => (value === undefined ? null : strings.of(value as string))) });
    } else if (present.every((value) => typeof value === 'number' && Number.isFinite(value))) {
      columns.push({ name, kind: 'n', values: values.map((value) => (value === undefined ? null : value)) });
    } else {
      columns.push({
        name,
        kind: 'j',
        values: values.map((value) => (value === undefined ? null : value === null ? { null: true } : value)),
      });
    }
  }
  return { columns, lists };
}

function encodeList(
  name: string,
  kind: ListColumn['kind'],
  values: (unknown[] | undefined)[],
  number: (item: unknown) => number,
): ListColumn {
  const offsets = [0];
  const items: number[] = [];
  const absent: number[] = [];
  values.forEach((list, index) => {
    if (list === undefined) absent.push(index);
    else for (const item of list) items.push(number(item));
    offsets.push(items.length);
  });
  return { name, kind, offsets, items, absent };
}

export function encodeCompactBundle(bundle: Bundle): CompactBundle {
  const strings = new StringTable();
  const citationNumbers = new Map<string, number>();
  const citationTriples: number[] = [];
  const citations = {
    of({ source, section, quote }: { source: string; section: string; quote: string }): number {
      const triple = [strings.of(source), strings.of(section), strings.of(quote)];
      const key = triple.join(',');
      let number = citationNumbers.get(key);
      if (number === undefined) {
        number = citationTriples.length / 3;
        citationTriples.push(...triple);
        citationNumbers.set(key, number);
      }
      return number;
    },
  };
  const { graph, format: _format, version: _version, ...rest } = bundle;
  const nodeIndex = new Map<string, number>();
  graph.nodes.forEach((node, index) => nodeIndex.set(String(node.key), index));
  const nodes = {
    keys: graph.nodes.map((node) => strings.of(String(node.key))),
    ...encodeItems(
      graph.nodes.map((node) => node.attributes ?? {}),
      strings,
      citations,
    ),
  };
  const edgeAttributes: Attributes[] = graph.edges.map((edge) => edge.attributes ?? {});
  const derivedKeys = graph.edges.every((edge, index) => edge.key === `${edge.source}|${edgeAttributes[index].relation}|${edge.target}`);
  const undirected = graph.edges.some((edge) => edge.undirected);
  const endOf = (id: string) => {
    const number = nodeIndex.get(id);
    if (number === undefined) throw new CompactBundleError(`a link names "${id}", which is not a node`);
    return number;
  };
  return {
    format: COMPACT_FORMAT,
    version: COMPACT_VERSION,
    strings: strings.strings,
    citations: citationTriples,
    graph: {
      attributes: graph.attributes ?? {},
      options: graph.options,
      nodes,
      edges: {
        sources: graph.edges.map((edge) => endOf(String(edge.source))),
        targets: graph.edges.map((edge) => endOf(String(edge.target))),
        ...(undirected ? { undirected: graph.edges.map((edge) => (edge.undirected ? 1 : 0)) } : {}),
        ...(derivedKeys ? {} : { keys: graph.edges.map((edge) => strings.of(String(edge.key))) }),
        ...encodeItems(edgeAttributes, strings, citations),
      },
    },
    rest,
  };
}

/** The bundle back from its compact form; a CompactBundleError names what is wrong with a damaged one. */
export function decodeCompactBundle(data: unknown): Bundle {
  const compact = data as CompactBundle;
  if (!compact || typeof compact !== 'object' || compact.format !== COMPACT_FORMAT) throw new CompactBundleError('not a compact bundle');
  if (compact.version !== COMPACT_VERSION) {
    throw new CompactBundleError(`compact bundle version ${JSON.stringify(compact.version)}; this viewer reads version ${COMPACT_VERSION}`);
  }
  const { strings, citations } = compact;
  if (!Array.isArray(strings) || !Array.isArray(citations) || citations.length % 3 !== 0)
    throw new CompactBundleError('the string or citation table is damaged');
  const text = (number: unknown, what: string): string => {
    if (typeof number !== 'number' || !(number >= 0 && number < strings.length))
      throw new CompactBundleError(`${what}: string ${String(number)} is not in the table`);
    return strings[number];
  };
  const citation = (number: number) => {
    if (!(number >= 0 && number * 3 < citations.length)) throw new CompactBundleError(`citation ${number} is not in the table`);
    return {
      source: text(citations[3 * number], 'citation'),
      section: text(citations[3 * number + 1], 'citation'),
      quote: text(citations[3 * number + 2], 'citation'),
    };
  };
  const nodesPart = compact.graph?.nodes;
  const edgesPart = compact.graph?.edges;
  if (
    !nodesPart ||
    !edgesPart ||
    !Array.isArray(nodesPart.keys) ||
    !Array.isArray(edgesPart.sources) ||
    !Array.isArray(edgesPart.targets)
  ) {
    throw new CompactBundleError('the graph is missing its nodes or links');
  }
  const nodeCount = nodesPart.keys.length;
  const edgeCount = edgesPart.sources.length;
  if (edgesPart.targets.length !== edgeCount)
    throw new CompactBundleError(`links have ${edgeCount} sources but ${edgesPart.targets.length} targets`);
  const nodeAttributes = decodeItems(nodesPart, nodeCount, 'nodes', text, citation);
  const edgeAttributes = decodeItems(edgesPart, edgeCount, 'links', text, citation);
  const keys = nodesPart.keys.map((number) => text(number, 'node key'));
  const nodeOf = (number: number) => {
    if (!(number >= 0 && number < nodeCount)) throw new CompactBundleError(`a link names node ${number}; there are ${nodeCount}`);
    return keys[number];
  };
  const graph: SerializedGraph = {
    attributes: compact.graph.attributes ?? {},
    options: compact.graph.options,
    nodes: keys.map((key, index) => ({ key, attributes: nodeAttributes[index] })),
    edges: edgesPart.sources.map((sourceNumber, index) => {
      const source = nodeOf(sourceNumber);
      const target = nodeOf(edgesPart.targets[index]);
      const attributes = edgeAttributes[index];
      const key = edgesPart.keys ? text(edgesPart.keys[index], 'link key') : `${source}|${String(attributes.relation)}|${target}`;
      return { key, source, target, attributes, ...(edgesPart.undirected?.[index] ? { undirected: true } : {}) };
    }),
  };
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, ...compact.rest, graph } as Bundle;
}

function decodeItems(
  part: { columns: Column[]; lists: ListColumn[] },
  count: number,
  what: string,
  text: (number: unknown, what: string) => string,
  citation: (number: number) => unknown,
): Attributes[] {
  const items: Attributes[] = Array.from({ length: count }, () => ({}));
  for (const column of part.columns ?? []) {
    if (column.kind === 'c') {
      for (const item of items) item[column.name] = column.value;
      continue;
    }
    if (column.kind === 'same') {
      if (!part.columns.some((other) => other.name === column.as))
        throw new CompactBundleError(`${what}: column "${column.name}" copies a missing column "${column.as}"`);
      continue;
    }
    if (!Array.isArray(column.values) || column.values.length !== count) {
      throw new CompactBundleError(`${what}: column "${column.name}" has ${column.values?.length} values for ${count} items`);
    }
    column.values.forEach((value, index) => {
      if (value === null) return;
      if (column.kind === 's') items[index][column.name] = text(value, `${what}.${column.name}`);
      else if (
        column.kind === 'j' &&
        value &&
        typeof value === 'object' &&
        (value as { null?: boolean }).null === true &&
        Object.keys(value).length === 1
      )
        items[index][column.name] = null;
      else items[index][column.name] = value;
    });
  }
  // Copies last, once the column they copy is filled (a copy of a copy follows its chain).
  const copies = (part.columns ?? []).filter((column): column is Extract<Column, { kind: 'same' }> => column.kind === 'same');
  for (const column of copies) for (const item of items) item[column.name] = item[column.as];
  for (const list of part.lists ?? []) {
    if (!Array.isArray(list.offsets) || list.offsets.length !== count + 1 || list.offsets[count] !== list.items.length) {
      throw new CompactBundleError(
        `${what}: list "${list.name}" has offsets for ${list.offsets?.length - 1} items and ${list.items?.length} entries; expected ${count} items`,
      );
    }
    const absent = new Set(list.absent);
    for (let index = 0; index < count; index++) {
      if (absent.has(index)) continue;
      const slice = list.items.slice(list.offsets[index], list.offsets[index + 1]);
      items[index][list.name] = list.kind === 'strings' ? slice.map((number) => text(number, `${what}.${list.name}`)) : slice.map(citation);
    }
  }
  return items;
}
