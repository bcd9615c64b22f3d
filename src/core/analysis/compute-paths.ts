// Shortest paths between two entities, by hops, read both ways along links: a breadth-first search over the
// analysis index from one end that stops at the level where the other is reached, then up to `max` distinct
// paths read back along it. Each hop lists every link between its two nodes (with the relation and direction),
// so the path panel can show each link's evidence.
import type Graph from 'graphology';
import { computeAnalysisIndex, type AnalysisIndex } from './analysis-index.js';
import { DEFAULT_PATH_OPTIONS, type PathHop, type PathNodesResult, type PathOptions, type PathResult } from './types.js';

export function computePaths(
  graph: Graph,
  from: string,
  to: string,
  options: Partial<PathOptions> & { index?: AnalysisIndex } = {},
): PathResult {
  for (const node of [from, to]) if (!graph.hasNode(node)) return { ok: false, reason: 'unknown-node', node };
  const found = computePathNodes(options.index ?? computeAnalysisIndex(graph), from, to, options);
  if (!found.ok) return found;
  return { ok: true, hops: found.hops, paths: found.paths.map((nodes) => computePathHops(graph, nodes)) };
}

/**
 * The same search on the index alone (what the analysis worker has): each path as its nodes, from `from` to
 * `to`. A null index stands for an empty graph (every id unknown).
 */
export function computePathNodes(
  index: AnalysisIndex | null,
  from: string,
  to: string,
  options: Partial<PathOptions> = {},
): PathNodesResult {
  const { visible, avoidKinds, max } = { ...DEFAULT_PATH_OPTIONS, ...options };
  for (const node of [from, to]) {
    if (!index?.indexOf.has(node)) return { ok: false, reason: 'unknown-node', node };
    if (visible && !visible.has(node)) return { ok: false, reason: 'hidden', node };
  }
  if (from === to) return { ok: false, reason: 'same-node', node: from };
  const { ids, offsets, targets } = index!;
  const start = index!.indexOf.get(from)!;
  const goal = index!.indexOf.get(to)!;
  const avoided = new Set(avoidKinds);
  const blocked = new Uint8Array(ids.length);
  if (visible || avoided.size > 0) {
    for (let i = 0; i < ids.length; i++) if ((visible && !visible.has(ids[i])) || avoided.has(index!.kinds[i])) blocked[i] = 1;
    blocked[goal] = 0;
  }

  // Level by level; a node's parents are its neighbours one level closer to `from`, found when reading back.
  const depth = new Int32Array(ids.length).fill(-1);
  depth[start] = 0;
  let frontier = [start];
  let level = 0;
  while (frontier.length > 0 && depth[goal] < 0) {
    level++;
    const next: number[] = [];
    for (const node of frontier) {
      for (let e = offsets[node]; e < offsets[node + 1]; e++) {
        const neighbour = targets[e];
        if (depth[neighbour] >= 0 || blocked[neighbour]) continue;
        depth[neighbour] = level;
        next.push(neighbour);
      }
    }
    frontier = next;
  }
  if (depth[goal] < 0) return { ok: false, reason: 'no-path' };

  // Read paths back from `to` through neighbours one level closer, lowest index first: deterministic.
  const paths: number[][] = [];
  const walk = (node: number, suffix: number[]) => {
    if (paths.length >= max) return;
    if (node === start) {
      paths.push([start, ...suffix]);
      return;
    }
    for (let e = offsets[node]; e < offsets[node + 1]; e++) {
      const parent = targets[e];
      if (depth[parent] === depth[node] - 1 && !(blocked[parent] && parent !== start)) walk(parent, [node, ...suffix]);
    }
  };
  walk(goal, []);
  return { ok: true, hops: level, paths: paths.map((nodes) => nodes.map((node) => ids[node])) };
}

/** The hops of a path given as its nodes: every link between each two in a row, with relation and direction. */
export function computePathHops(graph: Graph, nodes: readonly string[]): PathHop[] {
  return hopsOf(graph, nodes);
}

function hopsOf(graph: Graph, nodes: readonly string[]): PathHop[] {
  const hops: PathHop[] = [];
  for (let index = 1; index < nodes.length; index++) {
    const from = nodes[index - 1];
    const to = nodes[index];
    // Links either way between the two (an undirected one is met from both sides: kept once).
    const links = new Map<string, PathHop['links'][number]>();
    for (const [a, b] of [
      [from, to],
      [to, from],
    ]) {
      graph.forEachEdge(a, b, (edge, attributes, source) => {
        if (!links.has(edge)) links.set(edge, { edge, relation: String(attributes.relation ?? ''), forward: source === from });
      });
    }
    hops.push({ from, to, links: [...links.values()] });
  }
  return hops;
}
