// What applying a mapping to a table gives: the entities and relations its rows make, each citing its row.
import type { EntityRecord, RelationRecord } from '../records/schema.js';
import type { Position, Problem } from '../records/types.js';

export interface IncomingEntity {
  record: EntityRecord;
  /** The id of the source whose table made it. */
  source: string;
  /** The mapping's name for the entity maker (`model`, `org`...). */
  maker: string;
  /** The row key (per-row entities) or the cell value (per-value entities) it was made from. */
  key: string;
  /** The first row that made it. */
  row: number;
}

export interface IncomingRelation {
  record: RelationRecord;
  /** The id of the source whose table made it. */
  source: string;
  row: number;
}

export interface MappingResult {
  source: string;
  entities: IncomingEntity[];
  relations: IncomingRelation[];
  /** Errors: when there is any, entities and relations are empty (nothing is half-ingested). */
  problems: Problem[];
  /** Rows read, rows kept after filter and exclusions. */
  rowsRead: number;
  rowsKept: number;
  /** Values of lookup columns that name no row of the table (e.g. a base model not in the dataset), with counts. */
  unresolvedLookups: Map<string, number>;
}

/** Position of a value of the mapping file, for problems about the mapping itself. */
export type LocateInMapping = (path: readonly PropertyKey[]) => Position;
