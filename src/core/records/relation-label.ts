// How a relation is named in messages, and the key under which two relations are the same statement.
import { RELATION_TYPES, type RelationType } from './kinds.js';
import type { RelationRecord } from './schema.js';

/** Equal for two relations that say the same thing: a symmetric relation counts once in either direction. */
export function relationKey(relation: Pick<RelationRecord, 'from' | 'type' | 'to'>): string {
  const spec = RELATION_TYPES[relation.type as RelationType] as { symmetric?: boolean };
  const [a, b] = spec.symmetric && relation.to < relation.from ? [relation.to, relation.from] : [relation.from, relation.to];
  return `${a} ${relation.type} ${b}`;
}

/** The record id of a relation in messages: `from -type-> to`. */
export function relationLabel(relation: Pick<RelationRecord, 'from' | 'type' | 'to'>): string {
  return `${relation.from} -${relation.type}-> ${relation.to}`;
}
