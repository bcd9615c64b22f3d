// Makes any graph one the viewer can draw, in place: names in both languages, a kind, facet lists, sources,
// a position (a golden-angle spiral for nodes without one, so a layout can start from it), a size from the
// degree, and no `type` that sigma would take for a drawing program. The report's bundle already has
// everything and passes through unchanged; bundles made elsewhere and imported files get the same defaults.
import type Graph from 'graphology';
import { FACETS, sizeForDegree } from '../graph/index.js';
import type { ViewerDefaultsResult, ViewerGraph } from './types.js';

/** A node's kind when the data names none: just a node (not one of the report's kinds, which would claim a meaning). */
export const DEFAULT_NODE_KIND = 'node';

const NODE_LISTS = [...FACETS, 'aliases', 'sources'] as const;
const GOLDEN_ANGLE = 2.399963;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? undefined : String(value);
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * Fills what is missing in place (copying every node of a 100k-node bundle would double the work and the
 * garbage of a load) and returns the same graph typed as a ViewerGraph and how many nodes had no position.
 */
export function assignViewerDefaults(graph: Graph): ViewerDefaultsResult {
  let unplaced = 0;
  let index = 0;
  graph.updateEachNodeAttributes((node, attributes) => {
    index++;
    if (typeof attributes.nameZh !== 'string') attributes.nameZh = text(attributes.nameZh) ?? text(attributes.label) ?? node;
    if (typeof attributes.nameEn !== 'string') attributes.nameEn = text(attributes.nameEn) ?? attributes.nameZh;
    if (typeof attributes.label !== 'string') attributes.label = attributes.nameZh;
    if (typeof attributes.kind !== 'string') attributes.kind = text(attributes.kind) ?? DEFAULT_NODE_KIND;
    for (const key of NODE_LISTS) if (!Array.isArray(attributes[key])) attributes[key] = [];
    if (!isCoordinate(attributes.x) || !isCoordinate(attributes.y)) {
      unplaced++;
      const radius = 10 * Math.sqrt(index);
      attributes.x = radius * Math.cos(index * GOLDEN_ANGLE);
      attributes.y = radius * Math.sin(index * GOLDEN_ANGLE);
    }
    if (typeof attributes.size !== 'number' || !(attributes.size > 0) || !Number.isFinite(attributes.size)) {
      attributes.size = sizeForDegree(graph.degree(node));
    }
    // sigma reads `type` as the name of a drawing program: an unknown one would stop it drawing.
    if (attributes.type !== undefined && attributes.type !== 'circle') delete attributes.type;
    return attributes;
  });
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    if (typeof attributes.relation !== 'string') attributes.relation = typeof attributes.type === 'string' ? attributes.type : 'related_to';
    if (attributes.type !== undefined && attributes.type !== 'line' && attributes.type !== 'arrow') delete attributes.type;
    if (!Array.isArray(attributes.sources)) attributes.sources = [];
    return attributes;
  });
  // The one place the shape is asserted: every attribute the type promises was just made so.
  return { graph: graph as unknown as ViewerGraph, unplaced };
}
