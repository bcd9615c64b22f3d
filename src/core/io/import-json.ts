// graphology's JSON serialisation (and the viewer's bundle, which wraps one) → an imported graph.
import { guardImport } from './guard-import.js';
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { isUnsafeNodeKey, parseJsonSafely, unsafeNodeKeyMessage } from './attributes.js';
import { locateJsonValues, scanJson } from './json-scan.js';
import { lineIndex } from './lines.js';
import { WarningLog, computeNormalizedGraph } from './normalize-graph.js';
import { readInput } from './read-input.js';
import { resolveImportOptions } from './resolve-options.js';
import type { ImportError, ImportInput, ImportOptions, ImportResult } from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

export function importJson(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  return guardImport(() => importJsonUnguarded(input, options));
}

function importJsonUnguarded(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  const settings = resolveImportOptions(options);
  const read = readInput(input, settings.maxBytes);
  if (!read.ok) return read;
  const { text } = read;
  const lines = lineIndex(text);

  const syntax = scanJson(text, { maxDepth: settings.maxDepth });
  if (!syntax.ok) {
    const { line, column } = lines.position(syntax.offset);
    return {
      ok: false,
      error: { code: syntax.truncated ? 'truncated' : 'malformed', message: `not valid JSON: ${syntax.message}`, line, column },
    };
  }
  const data = parseJsonSafely(text);

  // The viewer's bundle wraps the graph; accept it as well as a bare serialisation.
  const prefix = isObject(data) && isObject(data.graph) && data.format === 'ai-landscape-bundle' ? 'graph' : undefined;
  const serialized = prefix ? (data as Json).graph : data;
  if (!isObject(serialized) || !Array.isArray(serialized.nodes)) {
    return fail({ code: 'unsupported', message: 'this JSON is not a graphology graph: it needs a "nodes" array', line: 1 });
  }
  const nodes = serialized.nodes as unknown[];
  const edges = serialized.edges === undefined ? [] : serialized.edges;
  if (!Array.isArray(edges)) return fail({ code: 'unsupported', message: '"edges" must be an array', line: 1 });
  if (nodes.length > settings.maxNodes)
    return fail({ code: 'limit', message: `the file has ${nodes.length} nodes; the limit is ${settings.maxNodes}` });
  if (edges.length > settings.maxEdges)
    return fail({ code: 'limit', message: `the file has ${edges.length} edges; the limit is ${settings.maxEdges}` });

  let offsets: Map<string, number> | undefined;
  const lineOf = (list: 'nodes' | 'edges', index: number): number | undefined => {
    offsets ??= locateJsonValues(text, settings.maxDepth, prefix ? 3 : 2);
    const offset = offsets.get([...(prefix ? [prefix] : []), list, index].join('\u0000'));
    return offset === undefined ? undefined : lines.position(offset).line;
  };

  const graphOptions = isObject(serialized.options) ? serialized.options : {};
  const type = graphOptions.type === 'undirected' || graphOptions.type === 'directed' ? graphOptions.type : 'mixed';
  const graph = new Graph({ type, multi: true, allowSelfLoops: true });
  if (isObject(serialized.attributes)) graph.replaceAttributes(serialized.attributes as Attributes);

  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index];
    const key = isObject(node) ? node.key : undefined;
    if (typeof key !== 'string' && typeof key !== 'number') {
      return fail({ code: 'malformed', message: `node ${index + 1} has no "key"`, line: lineOf('nodes', index) });
    }
    const id = String(key);
    if (isUnsafeNodeKey(id)) return fail({ code: 'malformed', message: unsafeNodeKeyMessage(id), line: lineOf('nodes', index) });
    if (graph.hasNode(id)) return fail({ code: 'duplicate-id', message: `node id "${id}" appears twice`, line: lineOf('nodes', index) });
    const attributes = (node as Json).attributes;
    graph.addNode(id, isObject(attributes) ? attributes : {});
  }

  for (let index = 0; index < edges.length; index++) {
    const edge = edges[index] as unknown;
    if (!isObject(edge)) return fail({ code: 'malformed', message: `edge ${index + 1} is not an object`, line: lineOf('edges', index) });
    const { source, target } = edge;
    for (const [end, value] of [
      ['source', source],
      ['target', target],
    ] as const) {
      if (typeof value !== 'string' && typeof value !== 'number') {
        return fail({ code: 'malformed', message: `edge ${index + 1} has no "${end}"`, line: lineOf('edges', index) });
      }
      if (!graph.hasNode(String(value))) {
        return fail({
          code: 'unknown-node',
          message: `edge ${index + 1}: ${end} "${value}" is not a node of the file`,
          line: lineOf('edges', index),
        });
      }
    }
    const attributes = isObject(edge.attributes) ? edge.attributes : {};
    const undirected = edge.undirected === true || type === 'undirected';
    if (undirected && type === 'directed') {
      return fail({ code: 'malformed', message: `edge ${index + 1} is undirected in a directed graph`, line: lineOf('edges', index) });
    }
    const key = typeof edge.key === 'string' || typeof edge.key === 'number' ? String(edge.key) : undefined;
    if (key !== undefined && graph.hasEdge(key)) {
      return fail({ code: 'duplicate-id', message: `edge id "${key}" appears twice`, line: lineOf('edges', index) });
    }
    const [from, to] = [String(source), String(target)];
    if (key === undefined) {
      if (undirected) graph.addUndirectedEdge(from, to, attributes);
      else graph.addDirectedEdge(from, to, attributes);
    } else if (undirected) graph.addUndirectedEdgeWithKey(key, from, to, attributes);
    else graph.addDirectedEdgeWithKey(key, from, to, attributes);
  }

  const warnings = new WarningLog();
  for (const warning of read.warnings) warnings.add(warning);
  return computeNormalizedGraph(graph, settings, warnings);
}

function fail(error: ImportError): ImportResult {
  return { ok: false, error };
}
