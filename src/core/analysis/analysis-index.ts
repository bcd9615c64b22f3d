// A graph read once for the analyses: its nodes numbered, their kinds, and each node's distinct neighbours
// (links read both ways, self-loops left out) as CSR arrays. Walks over it are typed-array loops, fast enough
// for a path query on 100k nodes; keep one per loaded graph (the viewer does, per data revision).
import Graph, { UndirectedGraph } from 'graphology';

export interface AnalysisIndex {
  ids: string[];
  indexOf: Map<string, number>;
  kinds: string[];
  /** Node i's neighbours are targets[offsets[i]] .. targets[offsets[i + 1]] (each once). */
  offsets: Int32Array;
  targets: Int32Array;
}

export function computeAnalysisIndex(graph: Graph): AnalysisIndex {
  const ids = graph.nodes();
  const indexOf = new Map<string, number>();
  ids.forEach((id, at) => indexOf.set(id, at));
  const kinds = ids.map((id) => String(graph.getNodeAttribute(id, 'kind') ?? ''));
  const n = ids.length;
  // Both directions of every link, then each node's list sorted and deduplicated in place.
  const degree = new Int32Array(n + 1);
  const ends: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) return;
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    ends.push(a, b);
    degree[a + 1]++;
    degree[b + 1]++;
  });
  for (let i = 0; i < n; i++) degree[i + 1] += degree[i];
  const raw = new Int32Array(degree[n]);
  const cursor = degree.slice(0, n);
  for (let at = 0; at < ends.length; at += 2) {
    raw[cursor[ends[at]]++] = ends[at + 1];
    raw[cursor[ends[at + 1]]++] = ends[at];
  }
  return { ids, indexOf, kinds, ...compactAdjacency(n, degree, raw) };
}

/**
 * The index from a graph already read as both-way adjacency lists (the filter index's `adjacency`, which may
 * list a pair twice): what the analysis worker builds from, without a graphology graph.
 */
export function computeAnalysisIndexFromAdjacency(
  ids: string[],
  kinds: string[],
  adjacency: { offsets: Int32Array; targets: Int32Array },
): AnalysisIndex {
  const indexOf = new Map<string, number>();
  ids.forEach((id, at) => indexOf.set(id, at));
  const raw = adjacency.targets.slice();
  // Self-loops out: the filter index has none, a foreign caller might.
  for (let i = 0; i < ids.length; i++) for (let e = adjacency.offsets[i]; e < adjacency.offsets[i + 1]; e++) if (raw[e] === i) raw[e] = -1;
  return { ids, indexOf, kinds, ...compactAdjacency(ids.length, adjacency.offsets, raw) };
}

/** Each node's list (raw[offsets[i]] .. raw[offsets[i + 1]]) sorted, without repeats and without -1. */
function compactAdjacency(n: number, bounds: Int32Array, raw: Int32Array): Pick<AnalysisIndex, 'offsets' | 'targets'> {
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(raw.length);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const list = raw.subarray(bounds[i], bounds[i + 1]).sort();
    offsets[i] = length;
    for (let at = 0; at < list.length; at++) if (list[at] >= 0 && (at === 0 || list[at] !== list[at - 1])) targets[length++] = list[at];
  }
  offsets[n] = length;
  return { offsets, targets: targets.slice(0, length) };
}

/** An index as is, else one read from the graph: the analyses take either. */
export function analysisIndexOf(source: Graph | AnalysisIndex, index?: AnalysisIndex): AnalysisIndex {
  if (index) return index;
  return isAnalysisIndex(source) ? source : computeAnalysisIndex(source);
}

export function isAnalysisIndex(value: Graph | AnalysisIndex): value is AnalysisIndex {
  return 'offsets' in value && value.offsets instanceof Int32Array;
}

/** The nodes to analyse as a mask over the index (all when `nodes` is absent). */
export function computeNodeMask(index: AnalysisIndex, nodes?: ReadonlySet<string>): Uint8Array {
  const mask = new Uint8Array(index.ids.length);
  if (!nodes) return mask.fill(1);
  for (const node of nodes) {
    const at = index.indexOf.get(node);
    if (at !== undefined) mask[at] = 1;
  }
  return mask;
}

/** The masked nodes as a simple undirected graphology graph, for the library algorithms (PageRank, Louvain). */
export function computeSimpleGraph(index: AnalysisIndex, mask: Uint8Array): UndirectedGraph {
  const graph = new UndirectedGraph();
  for (let i = 0; i < index.ids.length; i++) if (mask[i]) graph.addNode(index.ids[i]);
  for (let i = 0; i < index.ids.length; i++) {
    if (!mask[i]) continue;
    for (let e = index.offsets[i]; e < index.offsets[i + 1]; e++) {
      const j = index.targets[e];
      if (j > i && mask[j]) graph.addUndirectedEdge(index.ids[i], index.ids[j]);
    }
  }
  return graph;
}
