// GraphML (yEd, Cytoscape, NetworkX, Gephi) → an imported graph, through graphology-graphml's parser.
// Before it runs, the document is patched where that parser would crash on valid GraphML: keys
// `for="all"`, keys without attr.name, and attr.types it does not know.
import { guardImport } from './guard-import.js';
import Graph from 'graphology';
import createGraphmlParser from 'graphology-graphml/common/parser.js';
import { parseJsonSafely } from './attributes.js';
import { importXmlGraph } from './import-xml.js';
import { GRAPHML_JSON_DESC } from './xml.js';
import type { WarningLog } from './normalize-graph.js';
import { resolveImportOptions } from './resolve-options.js';
import type { ImportInput, ImportOptions, ImportResult, XmlDocument, XmlElement } from './types.js';

const KNOWN_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

function localName(element: XmlElement): string {
  return element.localName ?? element.nodeName.replace(/^.*:/, '');
}

/** Fixes keys in place and returns, per domain, the attribute names whose values are JSON text. */
function prepareKeys(xmlDocument: XmlDocument, warnings: WarningLog): Record<'node' | 'edge' | 'graph', Set<string>> {
  const json = { node: new Set<string>(), edge: new Set<string>(), graph: new Set<string>() };
  const keys = Array.from(xmlDocument.getElementsByTagName('*')).filter((element) => localName(element) === 'key');
  for (const key of keys) {
    const id = key.getAttribute('id') ?? '';
    if (!key.getAttribute('attr.name')) key.setAttribute('attr.name', id);
    const type = key.getAttribute('attr.type');
    if (type && !KNOWN_TYPES.has(type)) {
      warnings.add({ message: `GraphML key "${id}" has type "${type}"; its values are read as text` });
      key.setAttribute('attr.type', 'string');
    }
    const domain = key.getAttribute('for') ?? 'node';
    const isJson = Array.from(key.childNodes).some(
      (child) => child.nodeType === 1 && localName(child as XmlElement) === 'desc' && child.textContent?.trim() === GRAPHML_JSON_DESC,
    );
    const name = key.getAttribute('attr.name')!;
    if (domain === 'all') {
      key.setAttribute('for', 'node');
      for (const other of ['edge', 'graph']) {
        const copy = key.cloneNode(true) as XmlElement;
        copy.setAttribute('for', other);
        key.parentNode?.insertBefore(copy, key);
      }
      if (isJson) for (const set of Object.values(json)) set.add(name);
    } else if (domain === 'node' || domain === 'edge' || domain === 'graph') {
      if (isJson) json[domain].add(name);
    } else {
      // hyperedges, ports, endpoints: nothing of ours reads them.
      key.setAttribute('for', 'graph');
    }
  }
  return json;
}

function decodeJsonAttributes(graph: Graph, json: Record<'node' | 'edge' | 'graph', Set<string>>, warnings: WarningLog): void {
  const decode = (value: unknown, name: string): unknown => {
    if (typeof value !== 'string') return value;
    try {
      return parseJsonSafely(value);
    } catch {
      warnings.add({ message: `attribute "${name}" is marked as JSON but is not; kept as text` });
      return value;
    }
  };
  for (const name of json.graph) if (graph.hasAttribute(name)) graph.setAttribute(name, decode(graph.getAttribute(name), name));
  if (json.node.size > 0) {
    graph.updateEachNodeAttributes((_node, attributes) => {
      for (const name of json.node) if (Object.hasOwn(attributes, name)) attributes[name] = decode(attributes[name], name);
      return attributes;
    });
  }
  if (json.edge.size > 0) {
    graph.updateEachEdgeAttributes((_edge, attributes) => {
      for (const name of json.edge) if (Object.hasOwn(attributes, name)) attributes[name] = decode(attributes[name], name);
      return attributes;
    });
  }
}

export function importGraphml(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  return guardImport(() => importGraphmlUnguarded(input, options));
}

function importGraphmlUnguarded(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  return importXmlGraph(input, resolveImportOptions(options), {
    root: 'graphml',
    name: 'GraphML',
    parse(xmlDocument, warnings) {
      const json = prepareKeys(xmlDocument, warnings);
      const parse = createGraphmlParser(null, xmlDocument.constructor);
      // The parsers are typed for the browser's Document; ours is the structural subset they read.
      const graph = parse(Graph, xmlDocument as unknown as Parameters<typeof parse>[1]);
      decodeJsonAttributes(graph, json, warnings);
      return graph;
    },
  });
}
