// Deterministic, stable layout: seeded starting positions, ForceAtlas2 for a fixed number of
// iterations, then noverlap. With a cache, known nodes keep their places and only new ones move.
import forceAtlas2, { type ForceAtlas2Settings } from 'graphology-layout-forceatlas2';
import noverlap from 'graphology-layout-noverlap';
import type Graph from 'graphology';

export type Positions = Record<string, [number, number]>;

export interface LayoutOptions {
  /** Positions from an earlier run, by node id. Nodes found here stay where they are. */
  cache?: Positions;
  /** Ignore the cache and lay out everything from seeded starting positions. */
  fresh?: boolean;
  /** FA2 iterations for a fresh layout; by default fewer as the graph grows. */
  iterations?: number;
  /** FA2 iterations when only new nodes move. */
  refineIterations?: number;
  /** Called with (done, total) iterations, for progress on long runs. */
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_LAYOUT_OPTIONS = {
  refineIterations: 60,
  barnesHutAbove: 2000,
  noverlapIterations: 60,
  /** noverlap tracks colliding pairs in one Set, which overflows on dense graphs of ~100k nodes. */
  noverlapMaxNodes: 20_000,
  decimals: 2,
} as const;

export interface LayoutResult {
  positions: Positions;
  /** Nodes that were placed by this run (all of them when fresh). */
  moved: number;
  iterations: number;
}

export function defaultIterations(order: number): number {
  if (order < 2000) return 500;
  if (order < 20000) return 150;
  return 40;
}

/** FNV-1a: a stable 32-bit hash of a node id, the seed of its starting position. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

function seededPoint(id: string, radius: number): [number, number] {
  const hash = hashString(id);
  const angle = ((hash & 0xffff) / 0x10000) * 2 * Math.PI;
  const distance = radius * Math.sqrt(((hash >>> 16) + 1) / 0x10001);
  return [Math.cos(angle) * distance, Math.sin(angle) * distance];
}

export function computeLayout(input: Graph, options: LayoutOptions = {}): LayoutResult {
  const graph = input.copy();
  const cache = options.fresh ? {} : (options.cache ?? {});
  const order = graph.order;
  if (order === 0) return { positions: {}, moved: 0, iterations: 0 };
  const radius = Math.sqrt(order) * 10;

  const known = graph.filterNodes((node) => cache[node] !== undefined);
  const fresh = known.length === 0;
  graph.forEachNode((node) => {
    const cached = cache[node];
    if (cached) graph.mergeNodeAttributes(node, { x: cached[0], y: cached[1], fixed: true });
  });
  graph.forEachNode((node) => {
    if (cache[node]) return;
    graph.mergeNodeAttributes(node, { fixed: false, ...startPosition(graph, node, cache, radius) });
  });

  const moved = order - known.length;
  if (moved === 0) return { positions: roundPositions(graph), moved, iterations: 0 };

  const iterations = fresh
    ? (options.iterations ?? defaultIterations(order))
    : (options.refineIterations ?? DEFAULT_LAYOUT_OPTIONS.refineIterations);
  // Incremental: only the new nodes and the placed nodes they link to take part, so the cost follows the
  // size of the change, not of the map. The placed ones are fixed anchors.
  const target = fresh ? graph : subgraphAround(graph, (node) => !cache[node]);
  runForceAtlas2(target, iterations, options.onProgress);
  if (fresh && order <= DEFAULT_LAYOUT_OPTIONS.noverlapMaxNodes)
    noverlap.assign(graph, { maxIterations: DEFAULT_LAYOUT_OPTIONS.noverlapIterations, settings: { ratio: 1.2, margin: 1 } });
  if (target !== graph) target.forEachNode((node, { x, y }) => graph.mergeNodeAttributes(node, { x, y }));
  return { positions: roundPositions(graph), moved, iterations };
}

/** ForceAtlas2's settings for a graph, in the pipeline and in the viewer's re-layout worker alike. */
export function computeForceAtlas2Settings(graph: Graph): ForceAtlas2Settings {
  return { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > DEFAULT_LAYOUT_OPTIONS.barnesHutAbove };
}

function runForceAtlas2(graph: Graph, iterations: number, onProgress?: (done: number, total: number) => void): void {
  const settings = computeForceAtlas2Settings(graph);
  const step = Math.max(1, Math.min(iterations, Math.ceil(iterations / 20)));
  for (let done = 0; done < iterations; done += step) {
    const batch = Math.min(step, iterations - done);
    forceAtlas2.assign(graph, { iterations: batch, settings });
    onProgress?.(done + batch, iterations);
  }
}

/** The nodes matching `moving` and their neighbours, with the edges among them. */
function subgraphAround(graph: Graph, moving: (node: string) => boolean): Graph {
  const sub = graph.nullCopy();
  const keep = new Set<string>();
  graph.forEachNode((node) => {
    if (!moving(node)) return;
    keep.add(node);
    graph.forEachNeighbor(node, (neighbor) => keep.add(neighbor));
  });
  for (const node of keep) sub.addNode(node, { ...graph.getNodeAttributes(node) });
  for (const node of keep) {
    graph.forEachOutEdge(node, (edge, _attributes, source, target) => {
      if (keep.has(target) && !sub.hasEdge(edge)) sub.addEdgeWithKey(edge, source, target);
    });
  }
  return sub;
}

/** New nodes start beside the placed neighbours they link to, or at a seeded point. */
function startPosition(graph: Graph, node: string, cache: Positions, radius: number): { x: number; y: number } {
  let sumX = 0;
  let sumY = 0;
  let count = 0;
  graph.forEachNeighbor(node, (neighbor) => {
    const at = cache[neighbor];
    if (!at) return;
    sumX += at[0];
    sumY += at[1];
    count++;
  });
  if (count === 0) {
    const [x, y] = seededPoint(node, radius);
    return { x, y };
  }
  const [dx, dy] = seededPoint(node, 5);
  return { x: sumX / count + dx, y: sumY / count + dy };
}

function roundPositions(graph: Graph): Positions {
  const factor = 10 ** DEFAULT_LAYOUT_OPTIONS.decimals;
  const positions: Positions = {};
  graph.forEachNode((node, attributes) => {
    positions[node] = [Math.round(attributes.x * factor) / factor, Math.round(attributes.y * factor) / factor];
  });
  return positions;
}

/** The layout cache as committed: keys sorted so the file only changes where positions do. */
export function serializePositions(positions: Positions): string {
  const ids = Object.keys(positions).sort();
  const lines = ids.map((id) => `  ${JSON.stringify(id)}: [${positions[id][0]}, ${positions[id][1]}]`);
  return `{\n${lines.join(',\n')}\n}\n`;
}

export function parsePositions(text: string): Positions {
  const data: unknown = JSON.parse(text);
  const positions: Positions = Object.create(null);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error('layout cache must be an object of id: [x, y]');
  for (const [id, value] of Object.entries(data)) {
    if (Array.isArray(value) && value.length === 2 && value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      positions[id] = [value[0], value[1]];
    }
  }
  return positions;
}
