// Facet membership of every node (modality, track, business model, market, company), derived once
// at build time so the viewer and the CLI filter with set look-ups instead of graph walks.
import type { EntityKind } from '../records/kinds.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';
import { numberNodes } from './number-nodes.js';
import type { ResolvedEnds } from '../records/resolved-ends.js';
import type { NodeFacets } from './types.js';

type Facet = keyof NodeFacets;

/** Which kind of node a facet's values are, and which relation leads a node to a value. */
const FACET_SOURCES: Record<Facet, { kind: EntityKind; relation: RelationRecord['type'] }> = {
  modalities: { kind: 'modality', relation: 'in_modality' },
  tracks: { kind: 'track', relation: 'in_track' },
  businessModels: { kind: 'business_model', relation: 'business_model' },
  markets: { kind: 'market', relation: 'targets_market' },
  companies: { kind: 'company', relation: 'developed_by' },
};

export const FACETS = Object.keys(FACET_SOURCES) as Facet[];
/** The relation that leads a node to a value of each facet (a product in_track a track…). */
export const FACET_RELATION: Record<Facet, RelationRecord['type']> = Object.fromEntries(
  FACETS.map((facet) => [facet, FACET_SOURCES[facet].relation]),
) as Record<Facet, RelationRecord['type']>;
export const FACET_KIND: Record<Facet, EntityKind> = Object.fromEntries(
  FACETS.map((facet) => [facet, FACET_SOURCES[facet].kind]),
) as Record<Facet, EntityKind>;

const FACET_COUNT = FACETS.length;
const COMPANIES = FACETS.indexOf('companies');
const TRACKS = FACETS.indexOf('tracks');
const MODALITIES = FACETS.indexOf('modalities');
const FACET_OF_KIND = new Map<string, number>(FACETS.map((facet, index) => [FACET_SOURCES[facet].kind, index]));
const FACET_OF_RELATION = new Map<string, number>(FACETS.map((facet, index) => [FACET_SOURCES[facet].relation, index]));

/**
 * Facet lists of each entity, in the order of the entities: `lists[facet][i]` belongs to `entities[i]`; and
 * the number of relations at each entity (its degree in the graph) and of those starting there, counted on the way.
 */
export type FacetLists = Record<Facet, string[][]> & { degree: number[]; outDegree: number[] };

/**
 * Rules, in order:
 * 1. A facet value belongs to itself (the vision modality node is "in" vision).
 * 2. Direct relations (in_track, in_modality, business_model, targets_market, developed_by).
 * 3. Parents: a track's parent tracks and modalities (part_of), a company's parent (subsidiary_of).
 * 4. Inheritance: a product in a vision track is in vision; a company is in every facet of what it makes.
 */
export function computeFacets(entities: EntityRecord[], relations: RelationRecord[]): Map<string, NodeFacets> {
  const lists = computeFacetLists(entities, relations);
  const result = new Map<string, NodeFacets>();
  entities.forEach((entity, index) => {
    result.set(entity.id, {
      modalities: lists.modalities[index],
      tracks: lists.tracks[index],
      businessModels: lists.businessModels[index],
      markets: lists.markets[index],
      companies: lists.companies[index],
    });
  });
  return result;
}

/**
 * computeFacets without the map: nodes are numbered (entities first, then ids only relations name) and values
 * are numbers in typed arrays, so a large landscape costs a few arrays rather than sets, strings and string sorts.
 */
export function computeFacetLists(entities: EntityRecord[], relations: RelationRecord[], ends?: ResolvedEnds): FacetLists {
  const { ids, entityNumbers, entityCount, froms, tos } = numberNodes(entities, relations, ends);
  const nodeCount = ids.length;
  /** Facet whose values are nodes of this one's kind, or -1 (also for ids that are not entities). */
  const facetOfNode = new Int8Array(nodeCount).fill(-1);
  entities.forEach((entity, index) => {
    facetOfNode[entityNumbers[index]] = FACET_OF_KIND.get(entity.id.slice(0, entity.id.indexOf(':'))) ?? -1;
  });
  const degrees = new Int32Array(nodeCount);
  const outDegrees = new Int32Array(nodeCount);

  // Values per node and facet in the order they were added (as a Set keeps them): the first one inline,
  // a list once there are two, a set beside a long list.
  const firsts = new Int32Array(nodeCount * FACET_COUNT).fill(-1);
  /** Where the list of a node and facet is in `lists`, once it has two values; -1 before. */
  const listAt = new Int32Array(nodeCount * FACET_COUNT).fill(-1);
  const lists: number[][] = [];
  const longSets = new Map<number, Set<number>>();
  // Nodes in the order they got their first value: rule 3 visits them in that order.
  const withValues: number[] = [];
  const hasValues = new Uint8Array(nodeCount);
  const add = (node: number, facet: number, value: number) => {
    const at = node * FACET_COUNT + facet;
    const first = firsts[at];
    if (first < 0) {
      if (!hasValues[node]) {
        hasValues[node] = 1;
        withValues.push(node);
      }
      firsts[at] = value;
      return;
    }
    if (first === value) return;
    if (listAt[at] < 0) {
      listAt[at] = lists.push([first, value]) - 1;
      return;
    }
    const list = lists[listAt[at]];
    if (list.length < 16) {
      if (list.includes(value)) return;
    } else {
      let set = longSets.get(at);
      if (!set) longSets.set(at, (set = new Set(list)));
      if (set.has(value)) return;
      set.add(value);
    }
    list.push(value);
  };
  const count = (at: number) => (firsts[at] < 0 ? 0 : listAt[at] < 0 ? 1 : lists[listAt[at]].length);
  const valueAt = (at: number, index: number) => (index === 0 ? firsts[at] : lists[listAt[at]][index]);
  const parents: (number[] | undefined)[] = [];
  // Makers by company, companies in the order of their first developed_by.
  const made: (number[] | undefined)[] = [];
  const makers: number[] = [];

  for (const node of entityNumbers) if (facetOfNode[node] >= 0) add(node, facetOfNode[node], node);
  relations.forEach((relation, index) => {
    const from = froms[index];
    const to = tos[index];
    degrees[from]++;
    degrees[to]++;
    outDegrees[from]++;
    const toFacet = to < entityCount ? facetOfNode[to] : -1;
    const facet = FACET_OF_RELATION.get(relation.type);
    if (facet !== undefined && toFacet === facet) add(from, facet, to);
    if (relation.type === 'part_of' && (toFacet === TRACKS || toFacet === MODALITIES)) (parents[from] ??= []).push(to);
    if (relation.type === 'subsidiary_of' && toFacet === COMPANIES) (parents[from] ??= []).push(to);
    if (relation.type === 'developed_by') {
      const list = made[to];
      if (list) list.push(from);
      else {
        made[to] = [from];
        makers.push(to);
      }
    }
  });

  // Close every facet value over its ancestors (tracks → parent tracks → modality; company → parent).
  // The walk, its cache and its cycle cut are those of the original string version, so cycles end the same way.
  const ancestorsCache: (number[] | undefined)[] = [];
  const ancestors = (node: number, path?: Set<number>): number[] => {
    const cached = ancestorsCache[node];
    if (cached) return cached;
    path ??= new Set();
    if (path.has(node)) return [];
    path.add(node);
    const found = new Set<number>();
    for (const parent of parents[node] ?? []) {
      found.add(parent);
      for (const above of ancestors(parent, path)) found.add(above);
    }
    path.delete(node);
    const list = [...found];
    ancestorsCache[node] = list;
    return list;
  };
  for (const node of withValues) {
    for (let facet = 0; facet < FACET_COUNT; facet++) {
      const at = node * FACET_COUNT + facet;
      // The values as they were before this loop adds any (a copy of the set, in the string version).
      const before = count(at);
      for (let index = 0; index < before; index++) {
        for (const above of ancestors(valueAt(at, index))) {
          const target = facetOfNode[above];
          if (target >= 0) add(node, target, above);
        }
      }
    }
  }

  // Companies inherit what their products and models are in.
  for (const company of makers) {
    for (const item of made[company]!) {
      if (!hasValues[item]) continue;
      for (let facet = 0; facet < FACET_COUNT; facet++) {
        if (facet === COMPANIES) continue;
        const at = item * FACET_COUNT + facet;
        // Live, like iterating a set: only an item that is its own company could grow here, by nothing new.
        for (let index = 0; index < count(at); index++) add(company, facet, valueAt(at, index));
      }
    }
  }

  // Lists are sorted as strings: rank the values once, then sort numbers by rank.
  const valueNodes: number[] = [];
  const ranked = new Uint8Array(nodeCount);
  for (const node of entityNumbers) {
    for (let facet = 0; facet < FACET_COUNT; facet++) {
      const at = node * FACET_COUNT + facet;
      for (let index = 0; index < count(at); index++) {
        const value = valueAt(at, index);
        if (!ranked[value]) {
          ranked[value] = 1;
          valueNodes.push(value);
        }
      }
    }
  }
  const rank = new Int32Array(nodeCount);
  // Nodes have different ids, so this is the order of their ids as strings.
  valueNodes.sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0)).forEach((node, index) => (rank[node] = index));
  const byRank = (a: number, b: number) => rank[a] - rank[b];
  // Most lists are short: an insertion sort spares Array#sort's work arrays.
  const sortByRank = (list: number[]): number[] => {
    if (list.length > 16) return [...list].sort(byRank);
    const sorted = list.slice();
    for (let i = 1; i < sorted.length; i++) {
      const node = sorted[i];
      let j = i - 1;
      for (; j >= 0 && rank[sorted[j]] > rank[node]; j--) sorted[j + 1] = sorted[j];
      sorted[j + 1] = node;
    }
    return sorted;
  };

  // Identical lists are shared: in a large landscape thousands of products have the same tracks.
  const single: (string[] | undefined)[] = [];
  const interned = new Map<string, string[]>();
  const listOf = (at: number): string[] => {
    const first = firsts[at];
    if (first < 0) return EMPTY;
    if (listAt[at] < 0) return (single[first] ??= [ids[first]]);
    const sorted = sortByRank(lists[listAt[at]]);
    const key = sorted.join(',');
    let shared = interned.get(key);
    if (!shared) interned.set(key, (shared = sorted.map((node) => ids[node])));
    return shared;
  };
  const result = FACETS.map(() => new Array<string[]>(entities.length));
  const degree = new Array<number>(entities.length);
  const outDegree = new Array<number>(entities.length);
  entityNumbers.forEach((node, index) => {
    for (let facet = 0; facet < FACET_COUNT; facet++) result[facet][index] = listOf(node * FACET_COUNT + facet);
    degree[index] = degrees[node];
    outDegree[index] = outDegrees[node];
  });
  return { ...(Object.fromEntries(FACETS.map((facet, index) => [facet, result[index]])) as Record<Facet, string[][]>), degree, outDegree };
}

/** Shared by every node without a value; frozen so no caller can add to all of them at once. */
const EMPTY = Object.freeze([]) as unknown as string[];
