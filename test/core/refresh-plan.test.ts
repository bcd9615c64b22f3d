// Redrawing only what a view change touches must draw exactly what a full redraw draws. A model of
// sigma's display cache (reducers applied per node and link; a link with a hidden end is hidden) is
// updated by the plan and compared with one rebuilt from scratch, over random view changes.
import fc from 'fast-check';
import type Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { NodeSubset, createFilterIndex } from '../../src/core/filters/index.js';
import { applyFocus, createReducerState, createReducers, type ReducerState } from '../../src/ui/sigma/reducers.js';
import { planRefresh } from '../../src/ui/sigma/refresh-plan.js';
import type { SigmaView } from '../../src/ui/sigma/types.js';
import { landscape } from './filters-fixture.js';

type Shown = Record<string, unknown>;

class DisplayModel {
  nodes = new Map<string, Shown>();
  edges = new Map<string, Shown>();
  constructor(
    private readonly graph: Graph,
    private readonly state: { current: ReducerState },
  ) {}
  private reducers() {
    return createReducers(this.state) as {
      nodeReducer: (key: string, data: Shown) => Shown;
      edgeReducer: (key: string, data: Shown) => Shown;
    };
  }
  updateNode(node: string): void {
    this.nodes.set(node, this.reducers().nodeReducer(node, { ...this.graph.getNodeAttributes(node) }));
  }
  full(): void {
    this.graph.forEachNode((node) => this.updateNode(node));
    this.graph.forEachEdge((edge) => this.edges.set(edge, this.reducers().edgeReducer(edge, { ...this.graph.getEdgeAttributes(edge) })));
  }
  /** What is on screen: node data, and each link's data or "hidden" when it or an end is hidden. */
  drawn(): unknown {
    const edges: Record<string, unknown> = {};
    this.graph.forEachEdge((edge, _attributes, source, target) => {
      const data = this.edges.get(edge)!;
      edges[edge] = data.hidden || this.nodes.get(source)!.hidden || this.nodes.get(target)!.hidden ? 'hidden' : data;
    });
    return { nodes: Object.fromEntries(this.nodes), edges };
  }
}

const graph = landscape();
const ids = graph.nodes();
const PALETTES = [new Map<string, string>(), new Map(ids.map((id, index) => [id, `#00000${index % 10}`]))];
const SIZES = [(size: number) => size, (size: number) => 2 + size / 2];

const viewArbitrary = fc.record({
  visible: fc.subarray(ids),
  selected: fc.option(fc.constantFrom(...ids), { nil: null }),
  palette: fc.constantFrom(0, 1),
  lang: fc.constantFrom('zh' as const, 'en' as const),
  sizes: fc.constantFrom(0, 1),
  hovered: fc.option(fc.constantFrom(...ids), { nil: null }),
  /** The viewer's bitmap sets (compared byte by byte), or plain sets. */
  bitmap: fc.boolean(),
});
type ViewChoice = typeof viewArbitrary extends fc.Arbitrary<infer T> ? T : never;

// A new visible set per view, as a filter change makes; colours and sizes stay shared, as memos keep them.
const filterIndex = createFilterIndex(graph);
function toView(choice: ViewChoice): SigmaView {
  const mask = Uint8Array.from(filterIndex.ids, (id) => (choice.visible.includes(id) ? 1 : 0));
  return {
    visible: choice.bitmap ? new NodeSubset(filterIndex, mask) : new Set(choice.visible),
    selected: choice.selected,
    colorOf: PALETTES[choice.palette],
    lang: choice.lang,
    sizeOf: SIZES[choice.sizes],
  };
}

describe('planRefresh', () => {
  it('redraws only what changed, and what it draws equals a full redraw', () => {
    fc.assert(
      fc.property(fc.array(viewArbitrary, { minLength: 2, maxLength: 6 }), (choices) => {
        const state = { current: createReducerState(graph, toView(choices[0])) };
        const incremental = new DisplayModel(graph, state);
        incremental.full();
        for (const choice of choices.slice(1)) {
          const before = { ...state.current };
          Object.assign(state.current, toView(choice));
          state.current.hovered = choice.hovered;
          applyFocus(graph, state.current, choice.hovered ?? choice.selected);
          const plan = planRefresh(graph, before, state.current);
          if (plan.kind === 'full') incremental.full();
          else if (plan.kind === 'nodes') for (const node of plan.nodes) incremental.updateNode(node);
          const reference = new DisplayModel(graph, state);
          reference.full();
          expect(incremental.drawn()).toEqual(reference.drawn());
        }
      }),
      { seed: 20261128, numRuns: 400 },
    );
  });

  it('touches only the nodes a filter shows or hides, and nothing when the view is the same', () => {
    const all = new Set(ids);
    const some = new Set(ids.filter((id) => id !== 'product:kimi' && id !== 'company:moonshot'));
    const base = { visible: all, selected: null, colorOf: PALETTES[0], lang: 'zh' as const, sizeOf: SIZES[0], focus: null };
    expect(planRefresh(graph, base, { ...base })).toEqual({ kind: 'none' });
    const plan = planRefresh(graph, base, { ...base, visible: some });
    expect(plan.kind === 'nodes' && [...plan.nodes].sort()).toEqual(['company:moonshot', 'product:kimi']);
    expect(planRefresh(graph, base, { ...base, focus: 'product:kimi' })).toEqual({ kind: 'full' });
    expect(planRefresh(graph, base, { ...base, lang: 'en' })).toEqual({ kind: 'nodes', nodes: ids });
  });
});
