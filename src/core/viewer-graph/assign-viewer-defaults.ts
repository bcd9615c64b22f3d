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
/**
 * The one empty list every missing list is (frozen: nothing may add to it). A plain graph of 100k nodes lacks eight
 * lists per node and a source list per link: 25 MB of empty arrays if each had its own.
 */
const NONE: unknown[] = Object.freeze([]) as unknown as unknown[];
const GOLDEN_ANGLE = 2.399963;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return value === undefined || value === null ? undefined : String(value);
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Fills what a node lacks; `index` (1-based, in the graph's order) places it on the spiral. True when it had no position. */
function completeNode(node: string, attributes: Record<string, unknown>, index: number, degree: () => number): boolean {
  let unplaced = false;
  if (typeof attributes.nameZh !== 'string') attributes.nameZh = text(attributes.nameZh) ?? text(attributes.label) ?? node;
  if (typeof attributes.nameEn !== 'string') attributes.nameEn = text(attributes.nameEn) ?? attributes.nameZh;
  if (typeof attributes.label !== 'string') attributes.label = attributes.nameZh;
  if (typeof attributes.kind !== 'string') attributes.kind = text(attributes.kind) ?? DEFAULT_NODE_KIND;
  for (const key of NODE_LISTS) if (!Array.isArray(attributes[key])) attributes[key] = NONE;
  if (!isCoordinate(attributes.x) || !isCoordinate(attributes.y)) {
    unplaced = true;
    const radius = 10 * Math.sqrt(index);
    attributes.x = radius * Math.cos(index * GOLDEN_ANGLE);
    attributes.y = radius * Math.sin(index * GOLDEN_ANGLE);
  }
  if (typeof attributes.size !== 'number' || !(attributes.size > 0) || !Number.isFinite(attributes.size)) {
    attributes.size = sizeForDegree(degree());
  }
  // sigma reads `type` as the name of a drawing program: an unknown one would stop it drawing.
  if (attributes.type !== undefined && attributes.type !== 'circle') delete attributes.type;
  return unplaced;
}

function completeEdge(attributes: Record<string, unknown>): void {
  if (typeof attributes.relation !== 'string') attributes.relation = typeof attributes.type === 'string' ? attributes.type : 'related_to';
  if (attributes.type !== undefined && attributes.type !== 'line' && attributes.type !== 'arrow') delete attributes.type;
  if (!Array.isArray(attributes.sources)) attributes.sources = NONE;
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
    if (completeNode(node, attributes, index, () => graph.degree(node))) unplaced++;
    return attributes;
  });
  graph.updateEachEdgeAttributes((_edge, attributes) => {
    completeEdge(attributes);
    return attributes;
  });
  // The one place the shape is asserted: every attribute the type promises was just made so.
  return { graph: graph as unknown as ViewerGraph, unplaced };
}

/**
 * The same defaults on a serialised graph, before it is imported (a bundle that arrives in stages: a node's size
 * from its degree in the whole graph, its place on the spiral from its place in the whole list). A node without
 * attributes gets an object. Returns how many nodes had no position.
 */
export function completeSerializedGraph(serialized: {
  nodes: { key: unknown; attributes?: Record<string, unknown> }[];
  edges: { source: unknown; target: unknown; attributes?: Record<string, unknown> }[];
}): number {
  // Counted only when a node lacks a size (a landscape bundle has them all: its 100k nodes would cost 0.3 s here).
  let degrees: Map<string, number> | undefined;
  const degreeOf = (key: string) => {
    if (!degrees) {
      degrees = new Map();
      for (const edge of serialized.edges) {
        const source = String(edge.source);
        const target = String(edge.target);
        degrees.set(source, (degrees.get(source) ?? 0) + 1);
        degrees.set(target, (degrees.get(target) ?? 0) + 1);
      }
    }
    return degrees.get(key) ?? 0;
  };
  let unplaced = 0;
  serialized.nodes.forEach((node, at) => {
    const key = String(node.key);
    node.attributes ??= {};
    if (completeNode(key, node.attributes, at + 1, () => degreeOf(key))) unplaced++;
  });
  for (const edge of serialized.edges) completeEdge((edge.attributes ??= {}));
  return unplaced;
}
