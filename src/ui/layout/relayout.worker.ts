// Web Worker: ForceAtlas2 on the visible subgraph, in batches, posting positions and progress after
// each so the page stays responsive and can show the layout move. Stopping terminates the worker.
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { computeForceAtlas2Settings } from '../../core/layout/index.js';
import type { RelayoutMessage, RelayoutRequest } from './protocol.js';

const BATCHES = 40;

function post(message: RelayoutMessage, transfer: Transferable[] = []): void {
  (self as unknown as Worker).postMessage(message, transfer);
}

self.onmessage = async (event: MessageEvent<RelayoutRequest>) => {
  try {
    const { positions, edges, iterations } = event.data;
    const order = positions.length / 2;
    const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: false });
    for (let node = 0; node < order; node++) graph.addNode(node, { x: positions[2 * node], y: positions[2 * node + 1] });
    for (let at = 0; at < edges.length; at += 2) if (edges[at] !== edges[at + 1]) graph.addEdge(edges[at], edges[at + 1]);
    const settings = computeForceAtlas2Settings(graph);
    const step = Math.max(1, Math.ceil(iterations / BATCHES));
    for (let done = 0; done < iterations;) {
      const batch = Math.min(step, iterations - done);
      forceAtlas2.assign(graph, { iterations: batch, settings });
      done += batch;
      const out = new Float64Array(order * 2);
      graph.forEachNode((node, attributes) => {
        out[2 * Number(node)] = attributes.x;
        out[2 * Number(node) + 1] = attributes.y;
      });
      post({ type: 'progress', done, total: iterations, positions: out }, [out.buffer]);
      // Let a pending message (none today; termination needs none) and the event loop through.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: (error as Error).message });
  }
};
