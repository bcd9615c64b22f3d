// What ingesting the table sources reports: per source, rows and what they made; per incoming entity, how it resolved.
import type { ResolutionEntry } from '../resolve/types.js';

export interface SourceSummary {
  source: string;
  mapping: string;
  rowsRead: number;
  rowsKept: number;
  entities: number;
  relations: number;
  /** Lookup values that name no row (e.g. base models not in the dataset), most frequent first. */
  unresolvedLookups: [string, number][];
}

export interface IngestReport {
  sources: SourceSummary[];
  entries: ResolutionEntry[];
  /** Entities and relations the merged graph has that come from the tables alone, and how many records gained a citation. */
  createdEntities: number;
  createdRelations: number;
  mergedEntities: number;
  mergedRelations: number;
}
