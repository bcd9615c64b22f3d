// A large graph drawn in stages: the most connected nodes first, so the first frame shows the map's skeleton, then
// the rest after it (planStages can cut the rest into chunks; the viewer takes it whole). Each link comes with the stage in which its second end arrives, so every stage's graph is
// whole (no link to a node not yet there). Nodes a link names in the URL (the selection, a path's ends…) are pinned
// into the first stage.

export interface ImportStage {
  /** Positions in the serialised node list, most connected first. */
  nodes: number[];
  /** Positions in the serialised link list. */
  edges: number[];
}

export interface StageOptions {
  /** Nodes in the first stage (pinned ones count towards it). */
  first: number;
  /** Nodes in each later stage. */
  chunk: number;
  pinned?: ReadonlySet<string>;
}

/** Links count towards the degree of both ends; a link to an unknown node ranks nothing and lands in the last stage. */
export function planStages(
  graph: { nodes: readonly { key: unknown }[]; edges: readonly { source: unknown; target: unknown }[] },
  options: StageOptions,
): ImportStage[] {
  const { nodes, edges } = graph;
  const count = nodes.length;
  const positionOf = new Map<string, number>();
  nodes.forEach((node, at) => positionOf.set(String(node.key), at));
  const degree = new Int32Array(count);
  const ends = new Int32Array(edges.length * 2).fill(-1);
  edges.forEach((edge, at) => {
    const source = positionOf.get(String(edge.source)) ?? -1;
    const target = positionOf.get(String(edge.target)) ?? -1;
    ends[2 * at] = source;
    ends[2 * at + 1] = target;
    if (source >= 0) degree[source]++;
    if (target >= 0) degree[target]++;
  });
  const pinned = new Uint8Array(count);
  for (const key of options.pinned ?? []) {
    const at = positionOf.get(key);
    if (at !== undefined) pinned[at] = 1;
  }
  // Pinned first, then by degree, ties in the list's order (a stable sort).
  const order = Array.from({ length: count }, (_, at) => at).sort((a, b) => pinned[b] - pinned[a] || degree[b] - degree[a] || a - b);
  const first = Math.max(1, options.first);
  const chunk = Math.max(1, options.chunk);
  const stageOf = new Int32Array(count);
  const stages: ImportStage[] = [];
  let from = 0;
  do {
    const size = stages.length === 0 ? first : chunk;
    const members = order.slice(from, from + size);
    for (const at of members) stageOf[at] = stages.length;
    stages.push({ nodes: members, edges: [] });
    from += size;
  } while (from < count);
  for (let at = 0; at < edges.length; at++) {
    const source = ends[2 * at];
    const target = ends[2 * at + 1];
    const stage = source < 0 || target < 0 ? stages.length - 1 : Math.max(stageOf[source], stageOf[target]);
    stages[stage].edges.push(at);
  }
  return stages;
}

/** A graph larger than this arrives in stages: the most connected tenth first (at least MIN_FIRST_STAGE nodes). */
export const STAGED_FROM = 20_000;
const MIN_FIRST_STAGE = 5_000;
const FIRST_STAGE_SHARE = 0.1;

/**
 * The viewer's stages for a bundle's graph: one (everything) up to STAGED_FROM nodes; above, two — the most connected
 * tenth (at least 5,000 nodes, `pinned` among them), then the rest. Not more: each stage ends in a full redraw of
 * what has arrived (sigma re-processes the whole graph when nodes are added), and with software WebGL at 50k nodes six
 * stages took 24 s to the whole graph against 8 s for one (`npm run bench`, 2026-12-03).
 */
export function planLoadStages(
  graph: { nodes: readonly { key: unknown }[]; edges: readonly { source: unknown; target: unknown }[] },
  pinned: ReadonlySet<string> = new Set(),
): ImportStage[] {
  const count = graph.nodes.length;
  if (count <= STAGED_FROM) return [{ nodes: graph.nodes.map((_node, at) => at), edges: graph.edges.map((_edge, at) => at) }];
  const first = Math.max(MIN_FIRST_STAGE, Math.ceil(count * FIRST_STAGE_SHARE));
  return planStages(graph, { first, chunk: count, pinned });
}
