// A large bundle's graph imported in stages (see core/bundle planStages): the first stage before the first frame,
// each later one in a task of its own while the map is already on screen. Every stage's graph is whole (a link
// arrives with its second end); what was checked up front (unique keys, known link ends) is what the whole
// import checks, so a later stage does not fail on the data.
import type { SerializedGraph } from 'graphology-types';
import type { ImportStage } from '../../core/bundle/index.js';
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../../core/viewer-graph/index.js';

type Serialized = SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes>;

export class StagedImport {
  private next = 0;
  private serialized: Serialized | null;
  arrived = 0;
  readonly total: number;

  constructor(
    private readonly graph: ViewerGraph,
    serialized: Serialized,
    private readonly stages: readonly ImportStage[],
  ) {
    this.serialized = serialized;
    this.total = serialized.nodes.length;
  }

  get done(): boolean {
    return this.next >= this.stages.length;
  }

  /** Imports the next stage into the graph; the serialised graph is let go after the last. */
  importNext(): void {
    const serialized = this.serialized;
    if (!serialized || this.done) return;
    const stage = this.stages[this.next];
    this.graph.import({
      ...(this.next === 0 ? { attributes: serialized.attributes } : {}),
      nodes: stage.nodes.map((at) => serialized.nodes[at]),
      edges: stage.edges.map((at) => serialized.edges[at]),
    });
    this.next++;
    this.arrived += stage.nodes.length;
    if (this.done) this.serialized = null;
  }

  /** Everything still to come, now (another graph is about to replace this one). */
  finish(): void {
    while (!this.done) this.importNext();
  }
}
