// The one shape of a graph the viewer can draw, whatever it came from: the report's bundle, a bundle opened
// with ?data=, or an imported GEXF/GraphML/JSON/CSV file. assignViewerDefaults makes any graph this shape.
import type Graph from 'graphology';
import type { Citation } from '../records/index.js';
import type { NodeFacets } from '../graph/index.js';

/** What every part of the viewer may read on a node; a file's own attributes ride along beside them. */
export interface ViewerNodeAttributes extends NodeFacets {
  /** One of our entity kinds, or the file's own type of node. */
  kind: string;
  label: string;
  nameZh: string;
  nameEn: string;
  aliases: string[];
  sources: Citation[];
  x: number;
  y: number;
  size: number;
  color?: string;
  editorial?: string;
  [attribute: string]: unknown;
}

export interface ViewerEdgeAttributes {
  /** The relation type (ours or the file's); never `type`, which sigma reads as a drawing program. */
  relation: string;
  sources: Citation[];
  size?: number;
  color?: string;
  editorial?: string;
  [attribute: string]: unknown;
}

export type ViewerGraph = Graph<ViewerNodeAttributes, ViewerEdgeAttributes>;

export interface ViewerDefaultsResult {
  /** The graph that was passed in (the same object), now of the ViewerGraph shape. */
  graph: ViewerGraph;
  /** Nodes that had no position and were put on a start spiral: the graph wants a layout. */
  unplaced: number;
}
