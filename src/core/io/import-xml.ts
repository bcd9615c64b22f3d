// What GEXF and GraphML imports share: the strict XML scan, checks on node and edge ids with line
// numbers, the DOM parse with whichever DOMParser the caller has, and turning a library's throw
// into a typed error.
import type Graph from 'graphology';
import { isUnsafeNodeKey, unsafeNodeKeyMessage } from './attributes.js';
import { WarningLog, computeNormalizedGraph } from './normalize-graph.js';
import { readInput } from './read-input.js';
import type { ImportError, ImportInput, ImportOptions, ImportResult, XmlDocument } from './types.js';
import { scanXml, type XmlElementInfo } from './xml.js';

const COLLECT = new Set(['node', 'edge', 'graph']);

export interface XmlGraphFormat {
  /** Local name of the root element, e.g. gexf. */
  root: string;
  /** Name of the format in messages. */
  name: string;
  /** Builds a graph from the parsed document; may throw, the caller turns that into an error. */
  parse(xmlDocument: XmlDocument, warnings: WarningLog): Graph;
}

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}

function checkIds(elements: XmlElementInfo[], settings: ImportOptions): ImportError | undefined {
  const nodes = elements.filter((element) => element.name === 'node');
  const edges = elements.filter((element) => element.name === 'edge');
  if (nodes.length > settings.maxNodes)
    return { code: 'limit', message: `the file has ${nodes.length} nodes; the limit is ${settings.maxNodes}` };
  if (edges.length > settings.maxEdges)
    return { code: 'limit', message: `the file has ${edges.length} edges; the limit is ${settings.maxEdges}` };
  const nodeLines = new Map<string, number>();
  for (const node of nodes) {
    const id = node.attributes.id;
    if (id === undefined) return { code: 'malformed', message: 'a <node> has no id', line: node.line };
    if (isUnsafeNodeKey(id)) return { code: 'malformed', message: unsafeNodeKeyMessage(id), line: node.line };
    const first = nodeLines.get(id);
    if (first !== undefined) {
      return { code: 'duplicate-id', message: `node id "${id}" appears twice (first on line ${first})`, line: node.line };
    }
    nodeLines.set(id, node.line);
  }
  const edgeLines = new Map<string, number>();
  for (const edge of edges) {
    for (const end of ['source', 'target'] as const) {
      const id = edge.attributes[end];
      if (id === undefined) return { code: 'malformed', message: `an <edge> has no ${end}`, line: edge.line };
      if (!nodeLines.has(id))
        return { code: 'unknown-node', message: `an edge's ${end} "${id}" is not a node of the file`, line: edge.line };
    }
    const id = edge.attributes.id;
    if (id === undefined) continue;
    const first = edgeLines.get(id);
    if (first !== undefined) {
      return { code: 'duplicate-id', message: `edge id "${id}" appears twice (first on line ${first})`, line: edge.line };
    }
    edgeLines.set(id, edge.line);
  }
  return undefined;
}

export function importXmlGraph(input: ImportInput, settings: ImportOptions, format: XmlGraphFormat): ImportResult {
  const read = readInput(input, settings.maxBytes);
  if (!read.ok) return read;
  const { text } = read;

  const scanned = scanXml(text, { maxDepth: settings.maxDepth, collect: COLLECT });
  if (!scanned.ok) {
    const { truncated, message, line, column } = scanned;
    return fail({ code: truncated ? 'truncated' : 'malformed', message: `not valid XML: ${message}`, line, column });
  }
  const { root, elements } = scanned.scan;
  if (root !== format.root) {
    return fail({ code: 'unsupported', message: `this XML file is <${root}>, not ${format.name} (<${format.root}>)`, line: 1 });
  }
  if (!elements.some((element) => element.name === 'graph')) {
    return fail({ code: 'malformed', message: `the ${format.name} file has no <graph> element` });
  }
  const idError = checkIds(elements, settings);
  if (idError) return fail(idError);

  if (!settings.domParser) {
    return fail({
      code: 'unsupported',
      message: `reading ${format.name} needs an XML parser: pass options.domParser (e.g. @xmldom/xmldom in Node)`,
    });
  }
  const warnings = new WarningLog();
  for (const warning of read.warnings) warnings.add(warning);
  let graph: Graph;
  try {
    const xmlDocument = settings.domParser.parseFromString(text, 'application/xml');
    const parserError = xmlDocument?.getElementsByTagName('parsererror')[0];
    if (!xmlDocument?.documentElement || parserError) {
      return fail({ code: 'malformed', message: `the XML parser rejected the file: ${parserError?.textContent ?? 'no document'}` });
    }
    graph = format.parse(xmlDocument, warnings);
  } catch (error) {
    const message = error instanceof Error ? error.message.replace(/^graphology-\w+\/parser: /, '') : String(error);
    return fail({ code: 'malformed', message: `the ${format.name} file could not be read: ${message}` });
  }
  return computeNormalizedGraph(graph, settings, warnings);
}
