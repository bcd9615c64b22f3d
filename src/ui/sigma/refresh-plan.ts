// What a view change makes sigma redo. Colours, language and sizes touch every node; the focus
// touches every node and link; a filter touches only the nodes that appear or disappear (sigma hides
// the links of a hidden node by itself). Redoing only those keeps a filter change near one redraw.
import type Graph from 'graphology';
import { diffSubsets } from '../../core/filters/index.js';
import type { SigmaView } from './types.js';

export interface RefreshInput extends SigmaView {
  focus: string | null;
}

export type RefreshPlan = { kind: 'none' } | { kind: 'full' } | { kind: 'nodes'; nodes: string[] };

export function planRefresh(graph: Graph, before: RefreshInput, after: RefreshInput): RefreshPlan {
  if (before.focus !== after.focus) return { kind: 'full' };
  if (before.colorOf !== after.colorOf || before.lang !== after.lang || before.sizeOf !== after.sizeOf) {
    return { kind: 'nodes', nodes: graph.nodes() };
  }
  const nodes = new Set<string>();
  if (before.selected !== after.selected) {
    if (before.selected !== null) nodes.add(before.selected);
    if (after.selected !== null) nodes.add(after.selected);
  }
  if (before.visible !== after.visible) {
    const changed = diffSubsets(before.visible, after.visible);
    if (changed) for (const node of changed) nodes.add(node);
    else {
      for (const node of before.visible) if (!after.visible.has(node)) nodes.add(node);
      for (const node of after.visible) if (!before.visible.has(node)) nodes.add(node);
    }
  }
  const existing = [...nodes].filter((node) => graph.hasNode(node));
  return existing.length === 0 ? { kind: 'none' } : { kind: 'nodes', nodes: existing };
}
