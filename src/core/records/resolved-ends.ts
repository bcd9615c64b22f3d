// Relation ends as validation resolved them: for each relation of a validated dataset, the positions of its two
// entities in `dataset.entities`. The graph build takes them instead of looking half a million ids up again. A
// hint only, checked against the records before use: a dataset changed after validation is numbered afresh.
import type { EntityRecord, RelationRecord } from './schema.js';

export interface ResolvedEnds {
  /** The id of each entity, all different. */
  ids: readonly string[];
  froms: Int32Array;
  tos: Int32Array;
}

const ENDS = new WeakMap<readonly RelationRecord[], ResolvedEnds & { entities: readonly EntityRecord[] }>();

export function rememberResolvedEnds(entities: readonly EntityRecord[], relations: readonly RelationRecord[], ends: ResolvedEnds): void {
  ENDS.set(relations, { entities, ...ends });
}

/** The entities' ids and the positions of each relation's ends, if validation left them and they still hold. */
export function resolvedEnds(entities: readonly EntityRecord[], relations: readonly RelationRecord[]): ResolvedEnds | undefined {
  const ends = ENDS.get(relations);
  if (ends === undefined || ends.entities !== entities || ends.ids.length !== entities.length || ends.froms.length !== relations.length) {
    return undefined;
  }
  // The ids are the records' own strings: each comparison is of a string with itself.
  const { ids, froms, tos } = ends;
  for (let index = 0; index < ids.length; index++) if (entities[index].id !== ids[index]) return undefined;
  for (let index = 0; index < relations.length; index++) {
    if (ids[froms[index]] !== relations[index].from || ids[tos[index]] !== relations[index].to) return undefined;
  }
  return ends;
}
