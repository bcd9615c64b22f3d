// What an export would hold: the scope's nodes (current view, the selection's neighbourhood, or all),
// its subgraph and counts, and the file name, recomputed as the user changes the choices.
import { useMemo } from 'react';
import type Graph from 'graphology';
import { computeEgoNodes, type FilterState } from '../../core/filters/index.js';
import { computeSubgraph, type ExportFormat } from '../../core/io/index.js';
import { computeFileName, computePictureFileName } from './compute-downloads.js';

export type ExportScope = 'view' | 'neighbourhood' | 'all';
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
}

export interface ExportPlan {
  subgraph: Graph;
  filters: Partial<FilterState>;
  fileName: string;
  egoDepth: number;
}

export function useExportPlan({ graph, visible, filter, selected, scope, choice, base, date }: ExportPlanInput): ExportPlan {
  const egoDepth = filter.ego?.depth ?? 1;
  // Pictures are of what is on screen: always the current view.
  const effectiveScope: ExportScope = isPicture(choice) ? 'view' : scope === 'neighbourhood' && !selected ? 'view' : scope;
  const { subgraph, filters } = useMemo(() => {
    switch (effectiveScope) {
      case 'view':
        return { subgraph: computeSubgraph(graph, visible), filters: filter };
      case 'neighbourhood': {
        const ego = { id: selected!, depth: egoDepth };
        return { subgraph: computeSubgraph(graph, computeEgoNodes(graph, ego)), filters: { ego } };
      }
      case 'all':
        return { subgraph: graph, filters: {} };
    }
  }, [graph, visible, filter, selected, egoDepth, effectiveScope]);
  const fileName = isPicture(choice)
    ? computePictureFileName({ filters, base, date }, choice)
    : computeFileName({ filters, format: choice, base, date });
  return { subgraph, filters, fileName, egoDepth };
}
