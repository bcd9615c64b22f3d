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

function changedColors(graph: Graph, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
  const changed: string[] = [];
  graph.forEachNode((node) => {
    if (before.get(node) !== after.get(node)) changed.push(node);
  });
  return changed;
}

export function planRefresh(graph: Graph, before: RefreshInput, after: RefreshInput): RefreshPlan {
  if (
    before.focus !== after.focus ||
    (before.path ?? null) !== (after.path ?? null) ||
    (before.edgeSizeOf ?? null) !== (after.edgeSizeOf ?? null)
  )
    return { kind: 'full' };
  // New colours: only the nodes whose colour differs (more of a large graph arriving recolours none of those shown).
  const recoloured = before.colorOf === after.colorOf ? [] : changedColors(graph, before.colorOf, after.colorOf);
  if (
    (before.labelOf ?? null) !== (after.labelOf ?? null) ||
    before.lang !== after.lang ||
    before.sizeOf !== after.sizeOf ||
    (before.sizeOverride ?? null) !== (after.sizeOverride ?? null)
  ) {
    return { kind: 'nodes', nodes: graph.nodes() };
  }
  // Besides the nodes shown or hidden: the selection's old and new node, and the nodes with a new colour.
  const touched = [...(before.selected === after.selected ? [] : [before.selected, after.selected]), ...recoloured];
  // Two bitmaps over the same index (the viewer's case): their difference, all nodes of this graph.
  const changed = before.visible === after.visible ? [] : diffSubsets(before.visible, after.visible);
  if (changed && touched.length === 0) return changed.length === 0 ? { kind: 'none' } : { kind: 'nodes', nodes: changed };
  const nodes = new Set<string>(changed ?? []);
  if (!changed) {
    for (const node of before.visible) if (!after.visible.has(node)) nodes.add(node);
    for (const node of after.visible) if (!before.visible.has(node)) nodes.add(node);
  }
  for (const node of touched) if (node !== null) nodes.add(node);
  const existing = [...nodes].filter((node) => graph.hasNode(node));
  return existing.length === 0 ? { kind: 'none' } : { kind: 'nodes', nodes: existing };
}
