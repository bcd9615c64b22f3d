// Rankings: degree, PageRank and betweenness of the nodes of a view, on the graph they induce read both ways
// (one link per pair). Exact betweenness is graphology-metrics'; above a size (DEFAULT_METRIC_OPTIONS) it is
// estimated from seeded sampled sources (Brandes, scaled by n / samples). PageRank is graphology-metrics'
// algorithm (alpha 0.85, tolerance 1e-6, dangling mass spread evenly) run on the index's arrays: copying a
// 100k-node view into a graphology graph first cost more than the ranking itself (tests compare the two).
// Betweenness is normalised (graphology-metrics' default): the share of the other pairs' shortest paths through a node.
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import { createRandom } from '../synth/generate-landscape.js';
import { analysisIndexOf, computeNodeMask, computeSimpleGraph, type AnalysisIndex } from './analysis-index.js';
import { DEFAULT_METRIC_OPTIONS, type Metric, type MetricOptions, type MetricResult, type Progress } from './types.js';

export function computeMetric(
  graph: Graph | AnalysisIndex,
  metric: Metric,
  options: Partial<MetricOptions> & { index?: AnalysisIndex; onProgress?: Progress } = {},
): MetricResult {
  const onProgress = options.onProgress ?? (() => {});
  const settings = { ...DEFAULT_METRIC_OPTIONS, ...options };
  const index = analysisIndexOf(graph, options.index);
  const mask = computeNodeMask(index, settings.nodes);
  let count = 0;
  for (let i = 0; i < mask.length; i++) count += mask[i];
  if (count === 0) return { metric, values: new Map(), approximate: false };
  switch (metric) {
    case 'degree':
      return { metric, values: computeDegrees(index, mask), approximate: false };
    case 'pagerank':
      return { metric, values: computePagerank(index, mask, onProgress), approximate: false };
    case 'betweenness': {
      if (count <= settings.exactBetweennessUpTo) {
        const view = computeSimpleGraph(index, mask);
        return { metric, values: new Map(Object.entries(betweennessCentrality(view, { getEdgeWeight: null }))), approximate: false };
      }
      // Fewer sources on a large view: each walks every link, so the work stays near a fixed budget.
      const links = index.offsets[index.ids.length];
      const samples = Math.max(MIN_SAMPLES, Math.min(settings.betweennessSamples, Math.floor(SAMPLE_WORK / Math.max(1, links))));
      return { metric, values: computeSampledBetweenness(index, mask, samples, settings.seed, onProgress), approximate: true };
    }
  }
}

/** Sampled betweenness walks about this many neighbour entries in all (300 sources at 60k links, 50 at 400k). */
const SAMPLE_WORK = 20_000_000;
const MIN_SAMPLES = 50;

const PAGERANK = { alpha: 0.85, maxIterations: 100, tolerance: 1e-6 } as const;

/**
 * As graphology-metrics' pagerank on the simple undirected view; the last iterate if it has not converged by then.
 * Progress: how far the error has come down (on a log scale) from the first step's to the tolerance.
 */
function computePagerank(index: AnalysisIndex, mask: Uint8Array, onProgress: Progress): Map<string, number> {
  const { offsets, targets } = index;
  const members: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) members.push(i);
  const n = members.length;
  const p = 1 / n;
  const degree = new Float64Array(mask.length);
  for (const i of members) for (let e = offsets[i]; e < offsets[i + 1]; e++) degree[i] += mask[targets[e]];
  let x = new Float64Array(mask.length);
  for (const i of members) x[i] = p;
  let firstError = 0;
  for (let iteration = 0; iteration < PAGERANK.maxIterations; iteration++) {
    const last = x;
    x = new Float64Array(mask.length);
    let dangling = 0;
    for (const i of members) if (degree[i] === 0) dangling += last[i];
    dangling *= PAGERANK.alpha;
    for (const i of members) {
      const share = degree[i] > 0 ? (PAGERANK.alpha * last[i]) / degree[i] : 0;
      for (let e = offsets[i]; e < offsets[i + 1]; e++) if (mask[targets[e]]) x[targets[e]] += share;
      x[i] += dangling * p + (1 - PAGERANK.alpha) * p;
    }
    let error = 0;
    for (const i of members) error += Math.abs(x[i] - last[i]);
    const target = n * PAGERANK.tolerance;
    if (error < target) break;
    if (iteration === 0) firstError = error;
    else onProgress(Math.max(iteration / PAGERANK.maxIterations, Math.log(firstError / error) / Math.log(firstError / target)));
  }
  return new Map(members.map((i) => [index.ids[i], x[i]]));
}

/** Distinct neighbours within the view. */
function computeDegrees(index: AnalysisIndex, mask: Uint8Array): Map<string, number> {
  const values = new Map<string, number>();
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    let degree = 0;
    for (let e = index.offsets[i]; e < index.offsets[i + 1]; e++) degree += mask[index.targets[e]];
    values.set(index.ids[i], degree);
  }
  return values;
}

/**
 * Brandes' accumulation from `samples` sources drawn without replacement, each pair's dependency scaled by
 * n / samples: an unbiased estimate of betweenness (Brandes & Pich 2007), normalised like the exact one.
 */
function computeSampledBetweenness(
  index: AnalysisIndex,
  mask: Uint8Array,
  samples: number,
  seed: number,
  onProgress: Progress,
): Map<string, number> {
  const { offsets, targets } = index;
  const members: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) members.push(i);
  const n = members.length;
  const random = createRandom(seed);
  const order = members.slice();
  const count = Math.min(samples, n);
  for (let at = 0; at < count; at++) {
    const pick = at + Math.floor(random() * (n - at));
    [order[at], order[pick]] = [order[pick], order[at]];
  }
  const size = mask.length;
  const centrality = new Float64Array(size);
  const sigma = new Float64Array(size);
  const distance = new Int32Array(size);
  const delta = new Float64Array(size);
  const stack = new Int32Array(size);
  const queue = new Int32Array(size);
  for (let s = 0; s < count; s++) {
    if (s > 0) onProgress(s / count);
    const source = order[s];
    sigma.fill(0);
    distance.fill(-1);
    delta.fill(0);
    sigma[source] = 1;
    distance[source] = 0;
    let head = 0;
    let tail = 0;
    let top = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++];
      stack[top++] = v;
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const w = targets[e];
        if (!mask[w]) continue;
        if (distance[w] < 0) {
          distance[w] = distance[v] + 1;
          queue[tail++] = w;
        }
        if (distance[w] === distance[v] + 1) sigma[w] += sigma[v];
      }
    }
    while (top > 0) {
      const w = stack[--top];
      for (let e = offsets[w]; e < offsets[w + 1]; e++) {
        const v = targets[e];
        if (mask[v] && distance[v] === distance[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      if (w !== source) centrality[w] += delta[w];
    }
  }
  // Scaled up from the sample, then normalised as graphology-metrics does by default: 1 / ((n - 1)(n - 2)).
  const scale = n <= 2 ? n / count : n / count / ((n - 1) * (n - 2));
  return new Map(members.map((at) => [index.ids[at], centrality[at] * scale]));
}
