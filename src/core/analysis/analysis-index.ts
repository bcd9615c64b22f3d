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
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(raw.length);
  let length = 0;
  for (let i = 0; i < n; i++) {
    const list = raw.subarray(degree[i], degree[i + 1]).sort();
    offsets[i] = length;
    for (let at = 0; at < list.length; at++) if (at === 0 || list[at] !== list[at - 1]) targets[length++] = list[at];
  }
  offsets[n] = length;
  return { ids, indexOf, kinds, offsets, targets: targets.slice(0, length) };
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
