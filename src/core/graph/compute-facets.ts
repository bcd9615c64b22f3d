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
  const kindOf = new Map(entities.map((entity) => [entity.id, entity.id.slice(0, entity.id.indexOf(':'))]));
  const out = new Map<string, Record<Facet, Set<string>>>();
  const setsOf = (id: string) => {
    let sets = out.get(id);
    if (!sets) {
      sets = { modalities: new Set(), tracks: new Set(), businessModels: new Set(), markets: new Set(), companies: new Set() };
      out.set(id, sets);
    }
    return sets;
  };
  const parents = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, value: string) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  const makers = new Map<string, string[]>();

  for (const entity of entities) {
    const sets = setsOf(entity.id);
    for (const facet of FACETS) if (kindOf.get(entity.id) === FACET_SOURCES[facet].kind) sets[facet].add(entity.id);
  }
  for (const relation of relations) {
    const toKind = kindOf.get(relation.to);
    for (const facet of FACETS) {
      const source = FACET_SOURCES[facet];
      if (relation.type === source.relation && toKind === source.kind) setsOf(relation.from)[facet].add(relation.to);
    }
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
  for (const sets of out.values()) {
    for (const facet of FACETS) {
      for (const value of [...sets[facet]]) {
        for (const above of ancestors(value)) {
          const aboveKind = kindOf.get(above) as EntityKind;
          const target = FACETS.find((candidate) => FACET_SOURCES[candidate].kind === aboveKind);
          if (target) sets[target].add(above);
        }
      }
    }
  }

  // Companies inherit what their products and models are in.
  for (const [company, made] of makers) {
    const sets = setsOf(company);
    for (const item of made) {
      const itemSets = out.get(item);
      if (!itemSets) continue;
      for (const facet of FACETS) {
        if (facet === 'companies') continue;
        for (const value of itemSets[facet]) sets[facet].add(value);
      }
    }
  }

  const result = new Map<string, NodeFacets>();
  for (const entity of entities) {
    const sets = setsOf(entity.id);
    result.set(entity.id, {
      modalities: [...sets.modalities].sort(),
      tracks: [...sets.tracks].sort(),
      businessModels: [...sets.businessModels].sort(),
      markets: [...sets.markets].sort(),
      companies: [...sets.companies].sort(),
    });
  }
  return result;
}
