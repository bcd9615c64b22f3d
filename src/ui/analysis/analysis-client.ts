// The page's side of the analysis worker: created on the first question (the first view loads none of it), fed
// the graph once per data revision, one question of each kind at a time. A new question cancels the previous one
// of its kind (and measure): dropped from the worker's queue if it has not started, else the worker is replaced (a running
// computation cannot be interrupted) and the other questions are asked again.
import type { FilterIndex } from '../../core/filters/index.js';
import type { AnalysisAnswer, AnalysisGraph, AnalysisMessage, AnalysisQuestion, AnalysisRequest } from './protocol.js';

export class AnalysisCancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Pending {
  id: number;
  question: AnalysisQuestion;
  visible: Uint8Array | null;
  started: boolean;
  resolve(value: { answer: AnalysisAnswer; ms: number }): void;
  reject(error: Error): void;
  onProgress?(stage: string, fraction: number): void;
}

/** The filter index's arrays as the worker takes them (kinds read from its kind column). */
export function computeAnalysisGraph(index: FilterIndex): AnalysisGraph {
  const { offsets, items, values } = index.columns.kinds;
  const { ids } = index;
  const kindNames = ['', ...values];
  const kindOf = new Uint16Array(ids.length);
  const idEnds = new Int32Array(ids.length);
  let length = 0;
  for (let node = 0; node < ids.length; node++) {
    if (offsets[node] < offsets[node + 1]) kindOf[node] = items[offsets[node]] + 1;
    length += ids[node].length;
    idEnds[node] = length;
  }
  return {
    revision: index.revision,
    idText: ids.join(''),
    idEnds,
    kindOf,
    kindNames,
    offsets: index.adjacency.offsets,
    targets: index.adjacency.targets,
  };
}

/** Questions with the same key replace each other (two rankings by different measures may run side by side). */
function keyOf(question: AnalysisQuestion): string {
  return question.kind === 'metric' ? `metric:${question.metric}` : question.kind;
}

export class AnalysisClient {
  private worker: Worker | null = null;
  private graph: AnalysisGraph | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(private readonly createWorker: () => Worker) {}

  /** The graph the next questions are about (a new revision: questions in flight are cancelled). */
  setGraph(graph: AnalysisGraph): void {
    if (this.graph === graph) return;
    this.graph = graph;
    for (const pending of this.pending.values()) pending.reject(new AnalysisCancelled());
    this.pending.clear();
    if (this.worker) this.post({ type: 'load', graph });
  }

  ask(
    question: AnalysisQuestion,
    visible: Uint8Array | null,
    onProgress?: Pending['onProgress'],
  ): Promise<{ answer: AnalysisAnswer; ms: number }> {
    if (!this.graph) return Promise.reject(new Error('no graph'));
    for (const previous of [...this.pending.values()]) if (keyOf(previous.question) === keyOf(question)) this.cancel(previous);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const pending: Pending = { id, question, visible: visible && visible.slice(), started: false, resolve, reject, onProgress };
      this.pending.set(id, pending);
      this.send(pending);
    });
  }

  /** Ends the worker and every question (the viewer unmounts). */
  dispose(): void {
    this.worker?.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new AnalysisCancelled());
    this.pending.clear();
  }

  private cancel(pending: Pending): void {
    this.pending.delete(pending.id);
    pending.reject(new AnalysisCancelled());
    if (!pending.started) {
      this.post({ type: 'cancel', id: pending.id });
      return;
    }
    // Running: only a new worker stops it; the questions still waiting go to the new one.
    this.worker?.terminate();
    this.worker = null;
    for (const other of this.pending.values()) {
      other.started = false;
      this.send(other);
    }
  }

  private send(pending: Pending): void {
    // Copies: the question may be asked again on a new worker.
    this.post({ type: 'ask', id: pending.id, question: pending.question, visible: pending.visible && pending.visible.slice() });
  }

  private post(message: AnalysisRequest): void {
    if (!this.worker) {
      const worker = this.createWorker();
      worker.onmessage = (event: MessageEvent<AnalysisMessage>) => this.receive(worker, event.data);
      worker.onerror = (event) => this.fail(worker, event.message || 'analysis worker error');
      this.worker = worker;
      if (message.type !== 'load' && this.graph) worker.postMessage({ type: 'load', graph: this.graph } satisfies AnalysisRequest);
    }
    this.worker.postMessage(message);
  }

  private receive(worker: Worker, message: AnalysisMessage): void {
    if (worker !== this.worker) return;
    const pending = this.pending.get(message.id);
    if (!pending) return;
    switch (message.type) {
      case 'progress':
        pending.started = true;
        pending.onProgress?.(message.stage, message.total > 0 ? message.done / message.total : NaN);
        return;
      case 'answer': {
        this.pending.delete(message.id);
        // For `npm run bench`: the worker's own time, and when the answer reached the page.
        const key = keyOf(pending.question);
        const now = performance.now();
        performance.measure(`landscape:analysis:${key}`, { start: Math.max(0, now - message.ms), duration: message.ms });
        performance.mark(`landscape:analysis-answer:${key}`);
        pending.resolve({ answer: message.answer, ms: message.ms });
        return;
      }
      case 'error':
        this.pending.delete(message.id);
        pending.reject(new Error(message.message));
    }
  }

  private fail(worker: Worker, reason: string): void {
    if (worker !== this.worker) return;
    this.worker.terminate();
    this.worker = null;
    for (const pending of this.pending.values()) pending.reject(new Error(reason));
    this.pending.clear();
  }
}

export function createAnalysisWorker(): Worker {
  return new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
}
