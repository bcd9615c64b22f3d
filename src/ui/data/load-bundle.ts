// Loading the bundle: where from (the report's, or ?data=URL: same origin or http(s) only), fetching,
// checking its shape, and importing it into the page's one graph, completed by assignViewerDefaults.
import {
  BUNDLE_FORMAT,
  COMPACT_BUNDLE_PATH,
  COMPACT_FORMAT,
  decodeCompactBundle,
  type Bundle,
  type FacetIndex,
  planLoadStages,
} from '../../core/bundle/index.js';
import { FACETS } from '../../core/graph/index.js';
import type { SerializedGraph } from 'graphology-types';
import {
  completeSerializedGraph,
  type ViewerEdgeAttributes,
  type ViewerGraph,
  type ViewerNodeAttributes,
} from '../../core/viewer-graph/index.js';
import { isUnsafeNodeKey, unsafeNodeKeyMessage } from '../../core/io/index.js';
import { markLoad } from '../load-marks.js';
import { StagedImport } from './staged-import.js';

/** The report's bundle, compact: a third less to download than its JSON form (which tools can still fetch). */
export const DEFAULT_BUNDLE_URL = COMPACT_BUNDLE_PATH;

const RESERVED_KEYS = new Set(['__proto__', 'prototype', ...Object.getOwnPropertyNames(Object.prototype)]);

export class BundleLoadError extends Error {
  constructor(
    message: string,
    readonly url: string,
  ) {
    super(message);
  }
}

/** The URL to load: the default bundle, or `data` when it is same-origin or http(s). */
export function resolveBundleUrl(data: string | null, base: string): string {
  if (data === null || data.trim() === '') return new URL(DEFAULT_BUNDLE_URL, base).toString();
  let url: URL;
  try {
    url = new URL(data, base);
  } catch {
    throw new BundleLoadError('not a valid URL', data);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new BundleLoadError(`only http(s) URLs can be loaded, not ${url.protocol}`, data);
  return url.toString();
}

export interface LoadedData {
  bundle: Bundle;
  url: string;
  /** Every node of the bundle, arrived or not (a link's ids are read against the whole graph). */
  knownIds: ReadonlySet<string>;
  /** Nodes the bundle gave no position (put on a start spiral): the viewer lays them out. */
  unplaced: number;
  /** The stages still to import after the first (null when the graph is whole). */
  rest: StagedImport | null;
  /** Every node's kind, arrived or not. */
  nodeKinds: ReadonlySet<string>;
}

/**
 * Fetches and checks the bundle, then imports its graph into `graph` (cleared first) — a large one only its first
 * stage, with `pinned` (ids the URL names) in it; `rest` imports the others.
 */
export async function loadBundle(url: string, graph: ViewerGraph, pinned: ReadonlySet<string> = new Set()): Promise<LoadedData> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch (error) {
    throw new BundleLoadError(`network error: ${(error as Error).message}`, url);
  }
  if (!response.ok) {
    const body = (await response.text().catch(() => '')).slice(0, 2000);
    throw new BundleLoadError(`HTTP ${response.status} ${response.statusText}${body ? `\n${body}` : ''}`, url);
  }
  if ((response.headers.get('content-type') ?? '').includes('text/html')) {
    throw new BundleLoadError(`the server sent an HTML page (HTTP ${response.status}), not a JSON bundle: is the URL right?`, url);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw new BundleLoadError(`network error: ${(error as Error).message}`, url);
  }
  markLoad('fetched');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new BundleLoadError(`not JSON: ${(error as Error).message}`, url);
  }
  // A compact bundle (columns and a string table) is decoded first; a damaged one is named, never half-read.
  if ((json as { format?: unknown } | null)?.format === COMPACT_FORMAT) {
    try {
      json = decodeCompactBundle(json);
    } catch (error) {
      throw new BundleLoadError(`the compact bundle is damaged: ${(error as Error).message}`, url);
    }
  }
  const bundle = checkBundle(json, url);
  markLoad('parsed');
  graph.clear();
  const serialized = bundle.graph as unknown as SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>;
  const knownIds = checkKeys(serialized, url);
  const staged = new StagedImport(graph, serialized, planLoadStages(serialized, pinned));
  let unplaced: number;
  try {
    // Defaults on the whole list before any of it is drawn: a size from the degree in the whole graph.
    unplaced = completeSerializedGraph(serialized);
    markLoad('defaults');
    staged.importNext();
  } catch (error) {
    graph.clear();
    throw new BundleLoadError(`the graph in the bundle is not valid: ${(error as Error).message}`, url);
  }
  markLoad('imported');
  const nodeKinds = new Set(serialized.nodes.map((node) => String(node.attributes?.kind)));
  // The graph (and the stages) hold the nodes and links now: the bundle's serialised copy would double the heap.
  bundle.graph = { ...bundle.graph, nodes: [], edges: [] };
  return { bundle, url, knownIds, unplaced, rest: staged.done ? null : staged, nodeKinds };
}

/**
 * What importing the whole graph would refuse, checked before the first stage: a repeated node or link key, a link
 * to a node the bundle lacks. Returns the node keys.
 */
function checkKeys(serialized: SerializedGraph, url: string): Set<string> {
  const keys = new Set<string>();
  for (const node of serialized.nodes) {
    const key = String((node as { key?: unknown } | null)?.key);
    if (keys.has(key)) throw new BundleLoadError(`the graph in the bundle is not valid: the node "${key}" is listed twice`, url);
    keys.add(key);
  }
  const edgeKeys = new Set<string>();
  serialized.edges.forEach((edge, at) => {
    for (const end of ['source', 'target'] as const) {
      if (!keys.has(String(edge?.[end])))
        throw new BundleLoadError(
          `the graph in the bundle is not valid: link ${at + 1} has the ${end} "${String(edge?.[end])}", which is not a node`,
          url,
        );
    }
    if (edge.key !== undefined && edge.key !== null) {
      const key = String(edge.key);
      if (edgeKeys.has(key)) throw new BundleLoadError(`the graph in the bundle is not valid: the link "${key}" is listed twice`, url);
      edgeKeys.add(key);
    }
  });
  return keys;
}

function checkBundle(json: unknown, url: string): Bundle {
  const data = json as Partial<Bundle> | null;
  if (!data || typeof data !== 'object') throw new BundleLoadError('the file is not a bundle object', url);
  if (data.format !== BUNDLE_FORMAT)
    throw new BundleLoadError(`format is ${JSON.stringify(data.format)}, expected "${BUNDLE_FORMAT}"`, url);
  if (!data.graph || !Array.isArray(data.graph.nodes)) throw new BundleLoadError('the bundle has no graph.nodes list', url);
  // Ids end up as keys in objects here and there (React props, JSON); names JavaScript objects
  // reserve (__proto__, constructor, toString...) are refused rather than trusted.
  const reserved = data.graph.nodes.map((node) => String((node as { key?: unknown })?.key)).filter((key) => RESERVED_KEYS.has(key));
  if (reserved.length > 0) {
    throw new BundleLoadError(`node ids that JavaScript objects reserve are not allowed: ${[...new Set(reserved)].join(', ')}`, url);
  }
  // graphology would write edges to such a node onto Object.prototype or a built-in function.
  const unsafe = data.graph.nodes.find((node) => isUnsafeNodeKey(String((node as { key?: unknown } | null)?.key)));
  if (unsafe) throw new BundleLoadError(unsafeNodeKeyMessage(String(unsafe.key)), url);
  const facets = (data.facets ?? {}) as Partial<FacetIndex>;
  return {
    ...(data as Bundle),
    graph: { ...data.graph, edges: Array.isArray(data.graph.edges) ? data.graph.edges : [] },
    facets: Object.fromEntries(FACETS.map((facet) => [facet, Array.isArray(facets[facet]) ? facets[facet] : []])) as FacetIndex,
    kinds: Array.isArray(data.kinds) ? data.kinds : [],
    relationTypes: Array.isArray(data.relationTypes) ? data.relationTypes : [],
    figures: Array.isArray(data.figures) ? data.figures : [],
    sources: Array.isArray(data.sources) ? data.sources : [],
  };
}
