// Web Worker: the map's questions (paths, rankings, communities) off the main thread. It keeps the analysis index
// of the loaded graph, answers questions in order (one at a time, a task each, so a cancel posted meanwhile is
// read before the next starts) and reports progress. A question already running is cancelled by terminating the
// worker (the page does that).
import {
  computeAnalysisIndexFromAdjacency,
  computeCommunities,
  computeMetric,
  computePathNodes,
  type AnalysisIndex,
} from '../../core/analysis/index.js';
import { NodeSubset } from '../../core/filters/index.js';
import { readAnalysisGraph, type AnalysisAnswer, type AnalysisMessage, type AnalysisRequest } from './protocol.js';

let index: AnalysisIndex | null = null;
const queue: Extract<AnalysisRequest, { type: 'ask' }>[] = [];
let pumping = false;

function post(message: AnalysisMessage, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

/** Progress of the question `id`, posted at most every PROGRESS_EVERY ms (and whenever it turns indeterminate). */
const PROGRESS_EVERY = 100;
function reporter(id: number): (fraction: number) => void {
  let last = performance.now();
  return (fraction) => {
    const now = performance.now();
    if (now - last < PROGRESS_EVERY && !Number.isNaN(fraction)) return;
    last = now;
    const known = Number.isFinite(fraction);
    post({ type: 'progress', id, stage: 'compute', done: known ? Math.min(1, Math.max(0, fraction)) : 0, total: known ? 1 : 0 });
  };
}

function answer(request: Extract<AnalysisRequest, { type: 'ask' }>): { answer: AnalysisAnswer; transfer: Transferable[] } {
  const { question } = request;
  const onProgress = reporter(request.id);
  const current = index!;
  const visible = request.visible ? new NodeSubset(current, request.visible) : undefined;
  switch (question.kind) {
    case 'path':
      return {
        answer: {
          kind: 'path',
          result: computePathNodes(current, question.from, question.to, { visible, avoidKinds: question.avoidKinds, max: question.max }),
        },
        transfer: [],
      };
    case 'metric': {
      const result = computeMetric(current, question.metric, { index: current, nodes: visible, onProgress });
      const values = new Float64Array(current.ids.length).fill(NaN);
      for (const [id, value] of result.values) values[current.indexOf.get(id)!] = value;
      return {
        answer: { kind: 'metric', metric: question.metric, values, approximate: result.approximate, count: result.values.size },
        transfer: [values.buffer],
      };
    }
    case 'communities': {
      const result = computeCommunities(current, { index: current, nodes: visible, onProgress });
      const of = new Int32Array(current.ids.length).fill(-1);
      for (const [id, community] of result.of) of[current.indexOf.get(id)!] = community;
      return { answer: { kind: 'communities', of, communities: result.communities, modularity: result.modularity }, transfer: [of.buffer] };
    }
  }
}

function pump(): void {
  const request = queue.shift();
  if (!request) {
    pumping = false;
    return;
  }
  pumping = true;
  try {
    if (!index) throw new Error('no graph loaded');
    post({ type: 'progress', id: request.id, stage: 'compute', done: 0, total: 1 });
    const started = performance.now();
    const { answer: result, transfer } = answer(request);
    post({ type: 'answer', id: request.id, answer: result, ms: performance.now() - started }, transfer);
  } catch (error) {
    post({ type: 'error', id: request.id, message: (error as Error).message });
  }
  // The next question in a task of its own: a cancel posted meanwhile is read first.
  setTimeout(pump, 0);
}

self.onmessage = (event: MessageEvent<AnalysisRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'load': {
      const { offsets, targets } = request.graph;
      const { ids, kinds } = readAnalysisGraph(request.graph);
      index = computeAnalysisIndexFromAdjacency(ids, kinds, { offsets, targets });
      return;
    }
    case 'cancel': {
      const at = queue.findIndex((queued) => queued.id === request.id);
      if (at >= 0) queue.splice(at, 1);
      return;
    }
    case 'ask':
      queue.push(request);
      if (!pumping) {
        pumping = true;
        setTimeout(pump, 0);
      }
  }
};
