// Facet membership of every node (modality, track, business model, market, company), derived once
// at build time so the viewer and the CLI filter with set look-ups instead of graph walks.
import type { EntityKind } from '../records/kinds.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';
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
export const FACET_KIND: Record<Facet, EntityKind> = Object.fromEntries(
  FACETS.map((facet) => [facet, FACET_SOURCES[facet].kind]),
) as Record<Facet, EntityKind>;

/**
 * Rules, in order:
 * 1. A facet value belongs to itself (the vision modality node is "in" vision).
 * 2. Direct relations (in_track, in_modality, business_model, targets_market, developed_by).
 * 3. Parents: a track's parent tracks and modalities (part_of), a company's parent (subsidiary_of).
 * 4. Inheritance: a product in a vision track is in vision; a company is in every facet of what it makes.
 */
export function computeFacets(entities: EntityRecord[], relations: RelationRecord[]): Map<string, NodeFacets> {
  const kindOf = new Map<string, string>();
  for (const entity of entities) kindOf.set(entity.id, entity.id.slice(0, entity.id.indexOf(':')));
  const facetOfKind = new Map<string, Facet>(FACETS.map((facet) => [FACET_SOURCES[facet].kind, facet]));
  const facetOfRelation = new Map<string, Facet>(FACETS.map((facet) => [FACET_SOURCES[facet].relation, facet]));

  // Only nodes that have a value get sets: most of a large graph has few facets, and allocation is the cost.
  const out = new Map<string, Partial<Record<Facet, Set<string>>>>();
  const add = (id: string, facet: Facet, value: string) => {
    let sets = out.get(id);
    if (!sets) out.set(id, (sets = {}));
    (sets[facet] ??= new Set()).add(value);
  };
  const parents = new Map<string, string[]>();
  const makers = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  for (const entity of entities) {
    const facet = facetOfKind.get(kindOf.get(entity.id)!);
    if (facet) add(entity.id, facet, entity.id);
  }
  for (const relation of relations) {
    const toKind = kindOf.get(relation.to);
    const facet = facetOfRelation.get(relation.type);
    if (facet && toKind === FACET_SOURCES[facet].kind) add(relation.from, facet, relation.to);
    if (relation.type === 'part_of' && (toKind === 'track' || toKind === 'modality')) push(parents, relation.from, relation.to);
    if (relation.type === 'subsidiary_of' && toKind === 'company') push(parents, relation.from, relation.to);
    if (relation.type === 'developed_by') push(makers, relation.to, relation.from);
  }

  // Close every facet value over its ancestors (tracks → parent tracks → modality; company → parent).
  const ancestorsCache = new Map<string, string[]>();
  const ancestors = (id: string, path = new Set<string>()): string[] => {
    const cached = ancestorsCache.get(id);
    if (cached) return cached;
    if (path.has(id)) return [];
    path.add(id);
    const found = new Set<string>();
    for (const parent of parents.get(id) ?? []) {
      found.add(parent);
      for (const above of ancestors(parent, path)) found.add(above);
    }
    path.delete(id);
    const list = [...found];
    ancestorsCache.set(id, list);
    return list;
  };
  for (const [id, sets] of out) {
    for (const facet of FACETS) {
      const values = sets[facet];
      if (!values) continue;
      for (const value of [...values]) {
        for (const above of ancestors(value)) {
          const target = facetOfKind.get(kindOf.get(above)!);
          if (target) add(id, target, above);
        }
      }
    }
  }

  // Companies inherit what their products and models are in.
  for (const [company, made] of makers) {
    for (const item of made) {
      const itemSets = out.get(item);
      if (!itemSets) continue;
      for (const facet of FACETS) {
        if (facet === 'companies') continue;
        for (const value of itemSets[facet] ?? []) add(company, facet, value);
      }
    }
  }

  // Identical lists are shared: in a large landscape thousands of products have the same tracks.
  const interned = new Map<string, string[]>();
  const list = (values: Set<string> | undefined): string[] => {
    if (!values || values.size === 0) return EMPTY;
    const sorted = [...values].sort();
    const key = sorted.join('\n');
    let shared = interned.get(key);
    if (!shared) interned.set(key, (shared = sorted));
    return shared;
  };
  const result = new Map<string, NodeFacets>();
  for (const entity of entities) {
    const sets = out.get(entity.id) ?? {};
    result.set(entity.id, {
      modalities: list(sets.modalities),
      tracks: list(sets.tracks),
      businessModels: list(sets.businessModels),
      markets: list(sets.markets),
      companies: list(sets.companies),
    });
  }
  return result;
}

/** Shared by every node without a value; frozen so no caller can add to all of them at once. */
const EMPTY = Object.freeze([]) as unknown as string[];
