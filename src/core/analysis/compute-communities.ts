// Communities by Louvain (graphology-communities-louvain) on the view's nodes read both ways, seeded so the same
// graph gives the same communities; numbered by size (0 is the largest) and named by their most connected members.
import type Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { createRandom } from '../synth/generate-landscape.js';
import { analysisIndexOf, computeNodeMask, computeSimpleGraph, type AnalysisIndex } from './analysis-index.js';
import { DEFAULT_METRIC_OPTIONS, type Community, type CommunityResult, type Progress } from './types.js';

const LEADERS = 3;

export function computeCommunities(
  graph: Graph | AnalysisIndex,
  options: { nodes?: ReadonlySet<string>; seed?: number; index?: AnalysisIndex; onProgress?: Progress } = {},
): CommunityResult {
  const index = analysisIndexOf(graph, options.index);
  const view = computeSimpleGraph(index, computeNodeMask(index, options.nodes));
  if (view.order === 0) return { of: new Map(), communities: [], modularity: 0 };
  // graphology's Louvain is one call: it cannot say how far it has come.
  options.onProgress?.(NaN);
  const detailed = louvain.detailed(view, { rng: createRandom(options.seed ?? DEFAULT_METRIC_OPTIONS.seed), getEdgeWeight: null });
  const members = new Map<number, string[]>();
  view.forEachNode((node) => {
    const raw = detailed.communities[node];
    const list = members.get(raw);
    if (list) list.push(node);
    else members.set(raw, [node]);
  });
  // Largest first; ties by their best-connected member's id, so the numbering does not depend on Louvain's labels.
  const byDegree = (a: string, b: string) => view.degree(b) - view.degree(a) || (a < b ? -1 : a > b ? 1 : 0);
  const groups = [...members.values()].map((list) => list.sort(byDegree));
  groups.sort((a, b) => b.length - a.length || byDegree(a[0], b[0]));
  const of = new Map<string, number>();
  const communities: Community[] = groups.map((list, index) => {
    for (const node of list) of.set(node, index);
    return { index, size: list.length, leaders: list.slice(0, LEADERS) };
  });
  return { of, communities, modularity: detailed.modularity };
}
