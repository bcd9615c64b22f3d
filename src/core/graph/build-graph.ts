// Dataset → graphology graph: one node per entity, one edge per relation, with the attributes
// the viewer and exporters read (names in both languages, kind, colour, size from degree, facets).
import Graph from 'graphology';
import { KIND_COLORS, RELATION_TYPES, kindOfId, type RelationType } from '../records/kinds.js';
import type { Dataset } from '../records/types.js';
import { computeFacetLists } from './compute-facets.js';
import type { EdgeAttributes, GraphAttributes, LandscapeGraph, NodeAttributes } from './types.js';

export const EDITORIAL_EDGE_COLOR = '#b0b0b0';
export const EDGE_COLOR = '#c9ced6';

export function edgeKey(from: string, type: string, to: string): string {
  // A flat string from the start: a template would leave a rope of five parts behind every one of 250k keys.
  return [from, type, to].join('|');
}

/** Node size from degree: readable at 0, sub-linear so hubs do not swallow the map. */
const ORIGIN = [0, 0] as const;

export function sizeForDegree(degree: number): number {
  return Math.min(40, 3 + 2.2 * Math.sqrt(degree));
}

export function buildGraph(dataset: Dataset, positions: Record<string, readonly [number, number]> = {}): LandscapeGraph {
  const graph: LandscapeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
  });
  const facets = computeFacetLists(dataset.entities, dataset.relations);

  dataset.entities.forEach((entity, index) => {
    const kind = kindOfId(entity.id)!;
    const [x, y] = positions[entity.id] ?? ORIGIN;
    // Keys in this order (the facets last of the fixed ones): exports and the bundle write them so.
    const attributes: NodeAttributes = {
      kind,
      label: entity.name.zh,
      nameZh: entity.name.zh,
      nameEn: entity.name.en,
      aliases: entity.aliases ?? [],
      sources: entity.sources,
      x,
      y,
      // Every relation becomes an edge (or the build throws), so the degree is known before the edges are in.
      size: sizeForDegree(facets.degree[index]),
      color: KIND_COLORS[kind],
      modalities: facets.modalities[index],
      tracks: facets.tracks[index],
      businessModels: facets.businessModels[index],
      markets: facets.markets[index],
      companies: facets.companies[index],
    };
    if (entity.description?.zh) attributes.descriptionZh = entity.description.zh;
    if (entity.description?.en) attributes.descriptionEn = entity.description.en;
    if (entity.country) attributes.country = entity.country;
    if (entity.founded !== undefined) attributes.founded = entity.founded;
    if (entity.released) attributes.released = entity.released;
    if (entity.open_source !== undefined) attributes.openSource = entity.open_source;
    if (entity.url) attributes.url = entity.url;
    if (entity.editorial) attributes.editorial = entity.editorial.note;
    graph.addNode(entity.id, attributes);
  });
  prepareAdjacency(graph, facets);

  for (const relation of dataset.relations) {
    const type = relation.type as RelationType;
    const attributes: EdgeAttributes = {
      relation: type,
      label: RELATION_TYPES[type].label.zh,
      sources: relation.sources,
      size: 1,
      color: relation.editorial ? EDITORIAL_EDGE_COLOR : EDGE_COLOR,
    };
    if (relation.editorial) attributes.editorial = relation.editorial.note;
    if (relation.note?.zh) attributes.noteZh = relation.note.zh;
    if (relation.note?.en) attributes.noteEn = relation.note.en;
    graph.addDirectedEdgeWithKey(edgeKey(relation.from, type, relation.to), relation.from, relation.to, attributes);
  }
  return graph;
}

/**
 * graphology keeps each node's neighbours in two plain objects, `in` and `out`, keyed by neighbour id. Filled one
 * new key at a time, V8 gives such an object a new hidden class for nearly every key before it turns it into a
 * dictionary; at a quarter of a million edges that is most of the time spent adding them. Turning the objects
 * into dictionaries up front spares it: they stay plain empty objects with the same prototype, and keys keep
 * their order, so nothing graphology or its callers can see changes. This reaches into graphology's private
 * node table, so it is done only when every node's `in` and `out` are empty plain objects, as graphology 0.26
 * makes them; otherwise the graph is left as it is. Returns whether it was done. Given the nodes' degrees (in the
 * order the nodes were added), a table that no edge will enter is left as it is: a dictionary is four times the
 * size of an empty object, and most nodes have links in one direction only.
 */
export function prepareAdjacency(graph: LandscapeGraph, degrees?: { degree: ArrayLike<number>; outDegree: ArrayLike<number> }): boolean {
  const nodes = (graph as unknown as { _nodes?: unknown })._nodes;
  if (!(nodes instanceof Map)) return false;
  for (const data of nodes.values()) {
    if (!isEmptyPlainObject((data as { in?: unknown }).in) || !isEmptyPlainObject((data as { out?: unknown }).out)) return false;
  }
  let index = 0;
  for (const data of nodes.values()) {
    const out = degrees ? degrees.outDegree[index] : 1;
    const into = degrees ? degrees.degree[index] - out : 1;
    if (into > 0) (data as { in: object }).in = emptyDictionary();
    if (out > 0) (data as { out: object }).out = emptyDictionary();
    index++;
  }
  return true;
}

function isEmptyPlainObject(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
}

/** `{}` as V8 keeps a dictionary: deleting a property other than the last one added switches the object over. */
function emptyDictionary(): object {
  const object: { a?: number; b?: number } = { a: 0, b: 0 };
  delete object.a;
  delete object.b;
  return object;
}
