// Messages between the page and the analysis worker. The graph goes over once per data revision as the filter
// index's arrays (node ids, kinds, both-way adjacency); each question then carries only the visible nodes as a
// mask over the same numbering, so answers come back as numbers by node index.
import type { Community, Metric, PathNodesResult } from '../../core/analysis/index.js';

/**
 * The graph as it crosses to the worker: strings in few pieces (100k separate ids and kinds took 76 ms of the page's
 * main thread to copy; one text and a few typed arrays copy as memory).
 */
export interface AnalysisGraph {
  revision: number;
  /** The node ids one after another; node i's is idText.slice(idEnds[i - 1] ?? 0, idEnds[i]). */
  idText: string;
  idEnds: Int32Array;
  /** Each node's kind as a number into `kindNames` ('' for none). */
  kindOf: Uint16Array;
  kindNames: string[];
  offsets: Int32Array;
  targets: Int32Array;
}

export type AnalysisQuestion =
  | { kind: 'path'; from: string; to: string; avoidKinds: string[]; max: number }
  | { kind: 'metric'; metric: Metric }
  | { kind: 'communities' };

export type AnalysisRequest =
  | { type: 'load'; graph: AnalysisGraph }
  /** `visible`: 1 per node in the current view, by index; null for every node. */
  | { type: 'ask'; id: number; question: AnalysisQuestion; visible: Uint8Array | null }
  | { type: 'cancel'; id: number };

export type AnalysisAnswer =
  | { kind: 'path'; result: PathNodesResult }
  /** By node index, NaN outside the view. */
  | { kind: 'metric'; metric: Metric; values: Float64Array; approximate: boolean; count: number }
  /** Each node's community by index, -1 outside the view. */
  | { kind: 'communities'; of: Int32Array; communities: Community[]; modularity: number };

export type AnalysisMessage =
  /** `total` 0: under way, but how far it cannot say. */
  | { type: 'progress'; id: number; stage: 'index' | 'compute'; done: number; total: number }
  | { type: 'answer'; id: number; answer: AnalysisAnswer; ms: number }
  | { type: 'error'; id: number; message: string };

/** The ids and kinds back from their wire form (in the worker). */
export function readAnalysisGraph(graph: AnalysisGraph): { ids: string[]; kinds: string[] } {
  const { idText, idEnds, kindOf, kindNames } = graph;
  const ids = new Array<string>(idEnds.length);
  const kinds = new Array<string>(idEnds.length);
  for (let node = 0, start = 0; node < idEnds.length; node++) {
    ids[node] = idText.slice(start, idEnds[node]);
    kinds[node] = kindNames[kindOf[node]];
    start = idEnds[node];
  }
  return { ids, kinds };
}
