// Nodes numbered for the build: entities first, in order, then ids only relations name; and each relation's ends
// as numbers. For a validated dataset, validation has numbered them already (passed in as `ends`).
import { checkResolvedEnds, type ResolvedEnds } from '../records/resolved-ends.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';

export interface NumberedNodes {
  /** The id of each number. */
  ids: readonly string[];
  /** The number of each entity (that of the first entity with its id). */
  entityNumbers: Int32Array;
  /** Numbers below this are entities. */
  entityCount: number;
  /** The numbers of each relation's ends. */
  froms: Int32Array;
  tos: Int32Array;
}

export function numberNodes(entities: EntityRecord[], relations: RelationRecord[], ends?: ResolvedEnds): NumberedNodes {
  const resolved = checkResolvedEnds(ends, entities, relations);
  if (resolved) {
    // Ids all different: each entity is its own number.
    const entityNumbers = new Int32Array(entities.length);
    for (let index = 0; index < entityNumbers.length; index++) entityNumbers[index] = index;
    return { ids: resolved.ids, entityNumbers, entityCount: entities.length, froms: resolved.froms, tos: resolved.tos };
  }
  const numberOf = new Map<string, number>();
  const ids: string[] = [];
  const number = (id: string): number => {
    let found = numberOf.get(id);
    if (found === undefined) {
      found = ids.length;
      numberOf.set(id, found);
      ids.push(id);
    }
    return found;
  };
  const entityNumbers = new Int32Array(entities.length);
  entities.forEach((entity, index) => (entityNumbers[index] = number(entity.id)));
  const entityCount = ids.length;
  const froms = new Int32Array(relations.length);
  const tos = new Int32Array(relations.length);
  relations.forEach((relation, index) => {
    froms[index] = number(relation.from);
    tos[index] = number(relation.to);
  });
  return { ids, entityNumbers, entityCount, froms, tos };
}
