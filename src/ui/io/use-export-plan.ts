// What an export would hold: the scope's nodes (current view, the selection's neighbourhood, or all),
// its subgraph and counts, and the file name, recomputed as the user changes the choices.
import { useMemo } from 'react';
import type Graph from 'graphology';
import { computeEgoNodes, type FilterState } from '../../core/filters/index.js';
import { computeSubgraph, type ExportFormat } from '../../core/io/index.js';
import { computeFileName, computePictureFileName } from './compute-downloads.js';

export type ExportScope = 'view' | 'neighbourhood' | 'all' | 'path';
export type ExportChoice = ExportFormat | 'png' | 'svg';

export const EXPORT_CHOICES: readonly ExportChoice[] = ['gexf', 'graphml', 'json', 'csv', 'cypher', 'neo4j-csv', 'png', 'svg'];

export const isPicture = (choice: ExportChoice): choice is 'png' | 'svg' => choice === 'png' || choice === 'svg';

export interface ExportPlanInput {
  graph: Graph;
  visible: ReadonlySet<string>;
  filter: FilterState;
  selected: string | null;
  scope: ExportScope;
  choice: ExportChoice;
  base: string;
  date?: string | number;
  /** The paths on show (their nodes and links): the 'path' scope. */
  path?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  /** Measures computed for the view (PageRank…), written as node attributes of that name where a node has one. */
  nodeValues?: readonly { name: string; values: ReadonlyMap<string, number> }[];
  /** The colours on screen (a file's, an attribute's palette or gradient, communities): written as `color`. */
  colorOf?: ReadonlyMap<string, string>;
}

/** A copy whose nodes' `color` is the colour drawn on screen, where one is drawn and differs. */
function withDrawnColors(graph: Graph, source: Graph, colorOf: ReadonlyMap<string, string> | undefined): Graph {
  if (!colorOf || !graph.someNode((node, attributes) => colorOf.has(node) && colorOf.get(node) !== attributes.color)) return graph;
  const out = graph === source ? graph.copy() : graph;
  out.updateEachNodeAttributes((node, attributes) => (colorOf.has(node) ? { ...attributes, color: colorOf.get(node) } : attributes), {
    attributes: ['color'],
  });
  return out;
}

/** The paths' nodes with only the paths' links between them. */
function computePathSubgraph(graph: Graph, path: NonNullable<ExportPlanInput['path']>): Graph {
  const sub = computeSubgraph(graph, path.nodes);
  sub.forEachEdge((edge) => {
    if (!path.edges.has(edge)) sub.dropEdge(edge);
  });
  return sub;
}

/** A copy with the measures as node attributes (the page's graph itself is never written to). */
function withNodeValues(graph: Graph, source: Graph, nodeValues: NonNullable<ExportPlanInput['nodeValues']>): Graph {
  if (nodeValues.length === 0) return graph;
  const out = graph === source ? graph.copy() : graph;
  for (const { name, values } of nodeValues) {
    out.updateEachNodeAttributes((node, attributes) => (values.has(node) ? { ...attributes, [name]: values.get(node) } : attributes), {
      attributes: [name],
    });
  }
  return out;
}

export interface ExportPlan {
  subgraph: Graph;
  filters: Partial<FilterState>;
  fileName: string;
  egoDepth: number;
  /** The file name's first word ('landscape', or 'landscape-path' for the paths). */
  base: string;
}

export function useExportPlan(input: ExportPlanInput): ExportPlan {
  const { graph, visible, filter, selected, scope, choice, date, path, nodeValues, colorOf } = input;
  const egoDepth = filter.ego?.depth ?? 1;
  // Pictures are of what is on screen: always the current view.
  const effectiveScope: ExportScope = isPicture(choice)
    ? 'view'
    : (scope === 'neighbourhood' && !selected) || (scope === 'path' && !path)
      ? 'view'
      : scope;
  const base = effectiveScope === 'path' ? `${input.base}-path` : input.base;
  const { subgraph, filters } = useMemo(() => {
    const chosen = choose();
    return { ...chosen, subgraph: withDrawnColors(withNodeValues(chosen.subgraph, graph, nodeValues ?? []), graph, colorOf) };
    function choose(): { subgraph: Graph; filters: Partial<FilterState> } {
      switch (effectiveScope) {
        case 'path':
          return { subgraph: computePathSubgraph(graph, path!), filters: {} };
        case 'view':
          return { subgraph: computeSubgraph(graph, visible), filters: filter };
        case 'neighbourhood': {
          const ego = { id: selected!, depth: egoDepth };
          return { subgraph: computeSubgraph(graph, computeEgoNodes(graph, ego)), filters: { ego } };
        }
        case 'all':
          return { subgraph: graph, filters: {} };
      }
    }
  }, [graph, visible, filter, selected, egoDepth, effectiveScope, path, nodeValues, colorOf]);
  const fileName = isPicture(choice)
    ? computePictureFileName({ filters, base, date }, choice)
    : computeFileName({ filters, format: choice, base, date });
  return { subgraph, filters, fileName, egoDepth, base };
}
