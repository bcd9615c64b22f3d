// Messages between the page and the re-layout worker.

export interface RelayoutRequest {
  /** x0, y0, x1, y1… of the nodes, by index. */
  positions: Float64Array;
  /** Pairs of node indexes. */
  edges: Uint32Array;
  iterations: number;
}

export type RelayoutMessage =
  { type: 'progress'; done: number; total: number; positions: Float64Array } | { type: 'done' } | { type: 'error'; message: string };
