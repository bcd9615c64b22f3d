// Warns about links that contradict or repeat each other: a pair linked both ways by types that rank one end
// under the other (A part_of B beside B based_on A), a pair linked twice where one type says what the other
// does (related_to beside any precise type; in_track beside part_of), and memberships implied by another
// (a product in a track and in that track's parent; a track part_of its parent and of the parent's modality).
import { RELATION_TYPE_NAMES, type RelationType } from './kinds.js';
import { pairKey } from './pair-key.js';
import { formatPosition } from './problems.js';
import type { EntityList, RelationList } from './record-table.js';
import { relationLabel } from './relation-label.js';
import type { WarningList } from './warnings.js';

/** Types that place `from` under `to` (made by, part of, built on, located in): the reverse link contradicts. */
export const RANKING_TYPES: ReadonlySet<RelationType> = new Set<RelationType>([
  'part_of',
  'based_on',
  'powered_by',
  'subsidiary_of',
  'developed_by',
  'in_track',
  'in_modality',
  'issued_by',
  'located_in',
]);

/** Groups of types that say nearly the same thing: two of one group on the same pair say it twice. */
const NEAR_SYNONYMS: readonly (readonly RelationType[])[] = [
  ['part_of', 'in_track', 'in_modality'],
  ['based_on', 'powered_by', 'uses_technology', 'integrates'],
  ['developed_by', 'subsidiary_of'],
];
const GROUP = new Map<RelationType, number>(NEAR_SYNONYMS.flatMap((types, group) => types.map((type) => [type, group] as const)));

/** Types of membership whose targets form the track → parent track → modality hierarchy. */
const MEMBERSHIP: ReadonlySet<RelationType> = new Set<RelationType>(['in_track', 'in_modality', 'part_of']);

export function checkContradictions(relations: RelationList, kept: readonly number[], entities: EntityList, warnings: WarningList): void {
  const byPair = new Map<number, number[]>();
  for (const at of kept) {
    const key = pairKey(relations.froms[at], relations.tos[at]);
    const list = byPair.get(key);
    if (list === undefined) byPair.set(key, [at]);
    else list.push(at);
  }
  const typeOf = (at: number) => RELATION_TYPE_NAMES[relations.types[at]];
  const where = (at: number) => formatPosition(relations.locate(at));
  for (const at of kept) {
    const type = typeOf(at);
    const from = relations.froms[at];
    const to = relations.tos[at];
    // Compared with the links stated earlier, so each pair of links is reported once, at the later one.
    for (const other of byPair.get(pairKey(from, to)) ?? []) {
      if (other >= at) break;
      const otherType = typeOf(other);
      const same = relations.froms[other] === from;
      const otherLabel = relationLabel(relations.values[other]);
      if (!same && RANKING_TYPES.has(type) && RANKING_TYPES.has(otherType)) {
        warnings.add(
          relations,
          at,
          [],
          relationLabel(relations.values[at]),
          () => `contradicts ${otherLabel} at ${where(other)}: each ranks under the other`,
        );
      } else if (type === 'related_to' || otherType === 'related_to') {
        warnings.add(
          relations,
          at,
          [],
          relationLabel(relations.values[at]),
          () => `links the pair of ${otherLabel} at ${where(other)} again: related_to adds nothing beside a precise type`,
        );
      } else if (same && GROUP.get(type) !== undefined && GROUP.get(type) === GROUP.get(otherType)) {
        warnings.add(
          relations,
          at,
          [],
          relationLabel(relations.values[at]),
          () => `says again what ${otherLabel} at ${where(other)} says: keep the more precise one`,
        );
      }
    }
  }
  checkImpliedMemberships(relations, kept, entities, warnings);
}

/** A membership A → Y is implied when A is also a member of X and X lies under Y (part_of / in_modality, transitively). */
function checkImpliedMemberships(relations: RelationList, kept: readonly number[], entities: EntityList, warnings: WarningList): void {
  const parents = new Map<number, number[]>();
  const memberships = new Map<number, number[]>();
  for (const at of kept) {
    if (!MEMBERSHIP.has(RELATION_TYPE_NAMES[relations.types[at]])) continue;
    const from = relations.froms[at];
    let list = memberships.get(from);
    if (list === undefined) memberships.set(from, (list = []));
    list.push(at);
    const fromKind = entities.kinds[from];
    if (fromKind === 'track' || fromKind === 'modality') {
      let up = parents.get(from);
      if (up === undefined) parents.set(from, (up = []));
      up.push(relations.tos[at]);
    }
  }
  const ancestors = new Map<number, Set<number>>();
  const ancestorsOf = (node: number, path: Set<number> = new Set()): Set<number> => {
    const known = ancestors.get(node);
    if (known !== undefined) return known;
    const found = new Set<number>();
    path.add(node);
    for (const parent of parents.get(node) ?? []) {
      if (path.has(parent)) continue; // a cycle: reported nowhere else, but must not loop here
      found.add(parent);
      for (const above of ancestorsOf(parent, path)) found.add(above);
    }
    path.delete(node);
    ancestors.set(node, found);
    return found;
  };
  for (const list of memberships.values()) {
    if (list.length < 2) continue;
    for (const at of list) {
      const target = relations.tos[at];
      const via = list.find((other) => other !== at && ancestorsOf(relations.tos[other]).has(target));
      if (via === undefined) continue;
      const viaTarget = relations.values[via].to;
      warnings.add(
        relations,
        at,
        [],
        relationLabel(relations.values[at]),
        () =>
          `is implied by ${relationLabel(relations.values[via])} at ${formatPosition(relations.locate(via))} (${viaTarget} lies under ${relations.values[at].to}): keep the nearer one`,
      );
    }
  }
}
