// Dataset → graphology graph: one node per entity, one edge per relation, with the attributes
// the viewer and exporters read (names in both languages, kind, colour, size from degree, facets).
import Graph from 'graphology';
import { KIND_COLORS, RELATION_TYPES, kindOfId, type RelationType } from '../records/kinds.js';
import { computeCreditText } from '../records/credit.js';
import type { Dataset, ResolvedEnds } from '../records/types.js';
import { computeFacetLists } from './compute-facets.js';
import { EDGE_COLOR, EDITORIAL_EDGE_COLOR } from './edge-colors.js';
import { prepareAdjacency } from './graphology-internals.js';
import type { EdgeAttributes, GraphAttributes, LandscapeGraph, NodeAttributes } from './types.js';

export function edgeKey(from: string, type: string, to: string): string {
  // A flat string from the start: a template would leave a rope of five parts behind every one of 250k keys.
  return [from, type, to].join('|');
}

/** Where a node without a cached position starts. */
const ORIGIN = [0, 0] as const;

/** Node size from degree: readable at 0, sub-linear so hubs do not swallow the map. */
export function sizeForDegree(degree: number): number {
  return Math.min(40, 3 + 2.2 * Math.sqrt(degree));
}

/** `ends`: the relation ends validation resolved (ValidationResult.ends), spared a second look-up when they still hold. */
export function buildGraph(
  dataset: Dataset,
  positions: Record<string, readonly [number, number]> = {},
  ends?: ResolvedEnds,
): LandscapeGraph {
  const graph: LandscapeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: 'directed',
    multi: true,
    allowSelfLoops: false,
  });
  const credit = computeCreditText(dataset.sources, 'en');
  if (credit) graph.setAttribute('credit', credit);
  const facets = computeFacetLists(dataset.entities, dataset.relations, ends);
  const sourceIdsOf = sourceIdLists(dataset);

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
      sourceIds: sourceIdsOf(entity.sources),
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
    if (entity.date_editorial) attributes.dateEditorial = entity.date_editorial.note;
    if (entity.open_source !== undefined) attributes.openSource = entity.open_source;
    if (entity.url) attributes.url = entity.url;
    if (entity.parameters !== undefined) attributes.parameters = entity.parameters;
    if (entity.training_compute_flop !== undefined) attributes.trainingComputeFlop = entity.training_compute_flop;
    if (entity.accessibility) attributes.accessibility = entity.accessibility;
    if (entity.editorial) attributes.editorial = entity.editorial.note;
    if (entity.disputed) {
      attributes.disputed = entity.disputed.note;
      attributes.correction = entity.disputed.correction;
    }
    graph.addNode(entity.id, attributes);
  });
  prepareAdjacency(graph, facets);

  for (const relation of dataset.relations) {
    const type = relation.type as RelationType;
    const attributes: EdgeAttributes = {
      relation: type,
      label: RELATION_TYPES[type].label.zh,
      sources: relation.sources,
      sourceIds: sourceIdsOf(relation.sources),
      size: 1,
      color: relation.editorial ? EDITORIAL_EDGE_COLOR : EDGE_COLOR,
    };
    if (relation.editorial) attributes.editorial = relation.editorial.note;
    if (relation.note?.zh) attributes.noteZh = relation.note.zh;
    if (relation.note?.en) attributes.noteEn = relation.note.en;
    if (relation.evidence) attributes.evidenceNote = relation.evidence.note;
    if (relation.since) attributes.since = relation.since;
    if (relation.date_editorial) attributes.dateEditorial = relation.date_editorial.note;
    if (relation.disputed) {
      attributes.disputed = relation.disputed.note;
      attributes.correction = relation.disputed.correction;
    }
    graph.addDirectedEdgeWithKey(edgeKey(relation.from, type, relation.to), relation.from, relation.to, attributes);
  }
  return graph;
}

/**
 * The source ids of a citation list, in the order of sources.yaml; lists are shared between equal answers (most
 * nodes of a landscape cite one source), so a large graph keeps a handful of arrays rather than one per node.
 */
function sourceIdLists(dataset: Dataset): (citations: readonly { source: string }[]) => string[] {
  const order = new Map(dataset.sources.map((source, index) => [source.id, index]));
  const shared = new Map<string, string[]>();
  const none: string[] = [];
  return (citations) => {
    if (citations.length === 0) return none;
    let ids: string[];
    if (citations.length === 1) ids = [citations[0].source];
    else {
      ids = [...new Set(citations.map((citation) => citation.source))];
      ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || (a < b ? -1 : 1));
    }
    const key = ids.join('\n');
    const known = shared.get(key);
    if (known !== undefined) return known;
    shared.set(key, ids);
    return ids;
  };
}
