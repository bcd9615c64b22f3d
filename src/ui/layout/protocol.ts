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

export function relayoutIterations(order: number): number {
  if (order <= 2000) return 300;
  if (order <= 20000) return 120;
  return 40;
}
