// Re-layout of the visible subgraph on demand, in a Web Worker: start, progress, stop, restore.
// Positions are written into the page's graph (sigma redraws from graph events).
import { useCallback, useEffect, useRef, useState } from 'react';
import type Graph from 'graphology';
import { defaultIterations } from '../../core/layout/index.js';
import type { RelayoutMessage } from './protocol.js';

export interface Relayout {
  running: boolean;
  /** 0..1 while running. */
  progress: number;
  canRestore: boolean;
  error: string | null;
  start(): void;
  stop(): void;
  restore(): void;
}

export function useRelayout(graph: Graph, visible: ReadonlySet<string>): Relayout {
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState(0);
  const [canRestore, setCanRestore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const worker = useRef<Worker | null>(null);
  const original = useRef<Map<string, [number, number]> | null>(null);

  const stop = useCallback(() => {
    worker.current?.terminate();
    worker.current = null;
    setRunning(false);
  }, []);

  useEffect(() => stop, [stop]);

  const start = useCallback(() => {
    stop();
    const ids = [...visible].filter((id) => graph.hasNode(id));
    if (ids.length < 2) return;
    if (!original.current) {
      original.current = new Map();
      graph.forEachNode((node, attributes) => original.current!.set(node, [attributes.x, attributes.y]));
    }
    const indexOf = new Map(ids.map((id, index) => [id, index]));
    const positions = new Float64Array(ids.length * 2);
    ids.forEach((id, index) => {
      positions[2 * index] = graph.getNodeAttribute(id, 'x');
      positions[2 * index + 1] = graph.getNodeAttribute(id, 'y');
    });
    const edges: number[] = [];
    graph.forEachEdge((_edge, _attributes, source, target) => {
      const a = indexOf.get(source);
      const b = indexOf.get(target);
      if (a !== undefined && b !== undefined) edges.push(a, b);
    });

    const instance = new Worker(new URL('./relayout.worker.ts', import.meta.url), { type: 'module' });
    worker.current = instance;
    let pending: Float64Array | null = null;
    let frame = 0;
    const apply = () => {
      frame = 0;
      const latest = pending;
      pending = null;
      if (!latest) return;
      graph.updateEachNodeAttributes(
        (node, attributes) => {
          const index = indexOf.get(node);
          return index === undefined ? attributes : { ...attributes, x: latest[2 * index], y: latest[2 * index + 1] };
        },
        { attributes: ['x', 'y'] },
      );
    };
    instance.onmessage = (event: MessageEvent<RelayoutMessage>) => {
      if (worker.current !== instance) return;
      const message = event.data;
      if (message.type === 'progress') {
        pending = message.positions;
        if (!frame) frame = requestAnimationFrame(apply);
        setProgress(message.done / message.total);
      } else if (message.type === 'done') {
        stop();
      } else {
        setError(message.message);
        stop();
      }
    };
    instance.onerror = (event) => {
      setError(event.message || 'worker error');
      stop();
    };
    const edgeArray = Uint32Array.from(edges);
    instance.postMessage({ positions, edges: edgeArray, iterations: defaultIterations(ids.length) }, [positions.buffer, edgeArray.buffer]);
    setError(null);
    setProgress(0);
    setRunning(true);
    setCanRestore(true);
  }, [graph, visible, stop]);

  const restore = useCallback(() => {
    stop();
    const saved = original.current;
    if (!saved) return;
    graph.updateEachNodeAttributes(
      (node, attributes) => {
        const at = saved.get(node);
        return at ? { ...attributes, x: at[0], y: at[1] } : attributes;
      },
      { attributes: ['x', 'y'] },
    );
    setCanRestore(false);
  }, [graph, stop]);

  return { running, progress, canRestore, error, start, stop, restore };
}
