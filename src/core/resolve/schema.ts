// The committed decisions of entity resolution (graph-data/resolution.yaml): for an incoming entity (by the id its
// source's mapping gives it), the same as a record's entity, distinct from some, or a variant of a family. A
// decision always wins over the rules.
import { z } from 'zod';
import { ID_PATTERN } from '../records/kinds.js';

const entityId = z.string().regex(ID_PATTERN, 'must be an entity id kind:slug');
const note = z.string().trim().min(1, 'must not be empty');

export const decisionSchema = z.union([
  z.strictObject({ incoming: entityId, same: entityId, note }),
  z.strictObject({ incoming: entityId, distinct: z.array(entityId).min(1), note }),
  z.strictObject({ incoming: entityId, variant_of: entityId, note }),
]);

export const resolutionFileSchema = z.strictObject({ decisions: z.array(decisionSchema) });

export type Decision = z.infer<typeof decisionSchema>;

export function computeResolutionJsonSchema(): object {
  return {
    $id: 'https://ai-landscape-graph.local/resolution.schema.json',
    title: 'AI Landscape Graph entity resolution decisions',
    ...z.toJSONSchema(resolutionFileSchema, { io: 'input' }),
  };
}
