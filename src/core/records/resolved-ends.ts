// Relation ends as validation resolved them: for each relation of a validated dataset, the positions of its two
// entities in `dataset.entities`. Validation returns them beside the dataset and the graph build takes them as an
// argument instead of looking half a million ids up again — a hint only, checked against the records before use:
// a dataset changed after validation (merged with another source, edited by a test) is numbered afresh.
import type { EntityRecord, RelationRecord } from './schema.js';

export interface ResolvedEnds {
  /** The id of each entity, all different. */
  ids: readonly string[];
  froms: Int32Array;
  tos: Int32Array;
}

/** `ends` if they still describe these records (same ids in the same order, same relation ends), else undefined. */
export function checkResolvedEnds(
  ends: ResolvedEnds | undefined,
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
): ResolvedEnds | undefined {
  if (ends === undefined || ends.ids.length !== entities.length || ends.froms.length !== relations.length) return undefined;
  // The ids are the records' own strings: each comparison is of a string with itself.
  const { ids, froms, tos } = ends;
  for (let index = 0; index < ids.length; index++) if (entities[index].id !== ids[index]) return undefined;
  for (let index = 0; index < relations.length; index++) {
    if (ids[froms[index]] !== relations[index].from || ids[tos[index]] !== relations[index].to) return undefined;
  }
  return ends;
}
