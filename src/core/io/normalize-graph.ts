// The last step of every import: a graph from any parser becomes one the viewer can draw. Known
// attributes get their types back (numbers, booleans, lists, sources), `type` moves out of sigma's
// way, labels/sizes/colours get defaults, prototype keys are dropped and limits are enforced.
import Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { sizeForDegree } from '../graph/build-graph.js';
import { EDGE_COLOR } from '../graph/edge-colors.js';
import { KIND_COLORS, type EntityKind } from '../records/kinds.js';
import {
  EDGE_ATTRIBUTE_TYPES,
  FORBIDDEN_KEYS,
  NODE_ATTRIBUTE_TYPES,
  parseJsonSafely,
  parseNumber,
  sanitizeValue,
  type ColumnType,
} from './attributes.js';
import type {
  ImportError,
  ImportLimits,
  ImportResult,
  ImportWarning,
  ImportedEdgeAttributes,
  ImportedGraph,
  ImportedNodeAttributes,
} from './types.js';

export const DEFAULT_NODE_COLOR = '#9e9e9e';

/** The colour an imported node without one is given: its kind's, else grey. A node in it may not have come coloured. */
export function defaultNodeColor(kind: unknown): string {
  return (typeof kind === 'string' && Object.hasOwn(KIND_COLORS, kind) && KIND_COLORS[kind as EntityKind]) || DEFAULT_NODE_COLOR;
}

/** Collects warnings, saying each distinct one once with a count, so a 10k-node file does not flood the user. */
export class WarningLog {
  private readonly counts = new Map<string, { warning: ImportWarning; count: number }>();

  add(warning: ImportWarning): void {
    const key = `${warning.file ?? ''}|${warning.message}`;
    const seen = this.counts.get(key);
    if (seen) seen.count++;
    else this.counts.set(key, { warning, count: 1 });
  }

  list(): ImportWarning[] {
    return [...this.counts.values()].map(({ warning, count }) =>
      count === 1 ? warning : { ...warning, message: `${warning.message} (${count} times)` },
    );
  }
}

function coerce(value: unknown, type: ColumnType): unknown {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : undefined;
    case 'integer':
    case 'double':
      if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
      return typeof value === 'string' ? parseNumber(value) : undefined;
    case 'boolean':
      if (typeof value === 'boolean') return value;
      if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true';
      return undefined;
    case 'string-list':
      if (Array.isArray(value)) return value.map(String);
      if (typeof value === 'string') {
        const parsed = parseJsonOrUndefined(value);
        if (Array.isArray(parsed)) return parsed.map(String);
        return value === '' ? [] : [value];
      }
      return undefined;
    case 'json':
      if (typeof value === 'string') return parseJsonOrUndefined(value) ?? value;
      return value;
  }
}

function parseJsonOrUndefined(text: string): unknown {
  if (!/^\s*[[{]/.test(text)) return undefined;
  try {
    return parseJsonSafely(text);
  } catch {
    return undefined;
  }
}

function longestString(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (Array.isArray(value)) return value.reduce((max: number, item) => Math.max(max, longestString(item)), 0);
  if (value !== null && typeof value === 'object')
    return Object.values(value).reduce((max: number, item) => Math.max(max, longestString(item)), 0);
  return 0;
}

function cleanAttributes(
  attributes: Attributes,
  known: Readonly<Record<string, ColumnType>>,
  what: string,
  warnings: WarningLog,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (FORBIDDEN_KEYS.has(name)) {
      warnings.add({ message: `attribute "${name}" dropped: it could alter JavaScript objects` });
      continue;
    }
    if (value === undefined || value === null) continue;
    out[name] = sanitizeValue(value);
  }
  if ('type' in out) {
    // sigma reads `type` as the name of a drawing program; the data's own type moves aside.
    const preferred = what === 'node' ? 'kind' : 'relation';
    const target = out[preferred] === undefined ? preferred : `${what}Type`;
    out[target] = target === preferred ? String(out.type) : out.type;
    delete out.type;
    warnings.add({ message: `${what} attribute "type" was renamed to "${target}"` });
  }
  for (const [name, type] of Object.entries(known)) {
    if (!Object.hasOwn(out, name)) continue;
    const value = coerce(out[name], type);
    if (value === undefined) {
      warnings.add({ message: `${what} attribute "${name}" ignored: it is not a ${type}` });
      delete out[name];
    } else out[name] = value;
  }
  return out;
}

export type NormalizeOutcome = ImportResult;

/** Builds the imported graph from a parsed one. Never throws for data reasons: limits come back as errors. */
export function computeNormalizedGraph(source: Graph, limits: ImportLimits, warnings: WarningLog): NormalizeOutcome {
  if (source.order > limits.maxNodes) return limitError(`the file has ${source.order} nodes; the limit is ${limits.maxNodes}`);
  if (source.size > limits.maxEdges) return limitError(`the file has ${source.size} edges; the limit is ${limits.maxEdges}`);

  const graph: ImportedGraph = new Graph<ImportedNodeAttributes, ImportedEdgeAttributes, Attributes>({
    type: source.type,
    multi: true,
    allowSelfLoops: true,
  });
  const graphAttributes = cleanAttributes(source.getAttributes(), {}, 'graph', warnings);
  graph.replaceAttributes(graphAttributes);

  let unplaced = 0;
  let error: ImportError | undefined;
  source.forEachNode((node, attributes) => {
    if (error) return;
    const out = cleanAttributes(attributes, NODE_ATTRIBUTE_TYPES, 'node', warnings);
    const tooLong = checkLength(out, limits, `node "${node}"`);
    if (tooLong) {
      error = tooLong;
      return;
    }
    if (typeof out.label !== 'string' || out.label === '') {
      const fallback = [out.nameZh, out.nameEn, out.name].find((value) => typeof value === 'string' && value !== '');
      out.label = (fallback as string | undefined) ?? node;
    }
    if (typeof out.x !== 'number' || typeof out.y !== 'number') {
      delete out.x;
      delete out.y;
      unplaced++;
    }
    if (typeof out.color !== 'string' || out.color === '') {
      out.color = defaultNodeColor(out.kind);
    }
    graph.addNode(node, out as ImportedNodeAttributes);
  });
  if (error) return { ok: false, error };

  source.forEachEdge((edge, attributes, from, to, _fromAttributes, _toAttributes, undirected) => {
    if (error) return;
    const out = cleanAttributes(attributes, EDGE_ATTRIBUTE_TYPES, 'edge', warnings);
    const tooLong = checkLength(out, limits, `edge "${edge}"`);
    if (tooLong) {
      error = tooLong;
      return;
    }
    // Gephi's GEXF gives edge widths as viz:thickness; sigma reads `size`.
    if (typeof out.size !== 'number') out.size = typeof out.thickness === 'number' ? out.thickness : 1;
    if (typeof out.color !== 'string' || out.color === '') out.color = EDGE_COLOR;
    if (undirected) graph.addUndirectedEdgeWithKey(edge, from, to, out as ImportedEdgeAttributes);
    else graph.addDirectedEdgeWithKey(edge, from, to, out as ImportedEdgeAttributes);
  });
  if (error) return { ok: false, error };

  graph.forEachNode((node, attributes) => {
    if (typeof attributes.size !== 'number') graph.setNodeAttribute(node, 'size', sizeForDegree(graph.degree(node)));
  });
  if (unplaced > 0) {
    warnings.add({ message: `${unplaced} of ${graph.order} nodes have no position; the graph needs a layout` });
  }
  return { ok: true, graph, warnings: warnings.list() };
}

function checkLength(attributes: Record<string, unknown>, limits: ImportLimits, what: string): ImportError | undefined {
  for (const [name, value] of Object.entries(attributes)) {
    const length = longestString(value);
    if (length > limits.maxAttributeLength) {
      return {
        code: 'limit',
        message: `${what}: attribute "${name}" holds ${length} characters; the limit is ${limits.maxAttributeLength}`,
      };
    }
  }
  return undefined;
}

function limitError(message: string): NormalizeOutcome {
  return { ok: false, error: { code: 'limit', message } };
}
