// What a record's date rests on: the first cited quote that states it, else the first cited table cell that holds
// it, else the record's date_editorial note. Type imports only (no zod): the viewer uses it to show a date's source.
import { cellStatesDate, quoteStatesDate, type LandscapeDate } from '../dates/index.js';
import type { Citation } from './schema.js';

/** What a record's date rests on: the citation (by index in its sources) that states it, or the editor's note. */
export type DateEvidence =
  | { kind: 'quote'; citation: number }
  | { kind: 'row'; citation: number; column: string }
  | { kind: 'editorial'; note: string }
  | { kind: 'none' };

interface Dated {
  sources: Citation[];
  date_editorial?: { note: string };
}

/** The evidence for `date` among the record's citations: quotes first, then table cells, then the editor's note. */
export function computeDateEvidence(record: Dated, date: LandscapeDate): DateEvidence {
  for (let index = 0; index < record.sources.length; index++) {
    const citation = record.sources[index];
    if (!('row' in citation) && quoteStatesDate(citation.quote, date)) return { kind: 'quote', citation: index };
  }
  for (let index = 0; index < record.sources.length; index++) {
    const citation = record.sources[index];
    if (!('row' in citation)) continue;
    for (const column of citation.columns) {
      const cell = citation.values[column];
      if (cell !== undefined && cellStatesDate(cell, date)) return { kind: 'row', citation: index, column };
    }
  }
  return record.date_editorial ? { kind: 'editorial', note: record.date_editorial.note } : { kind: 'none' };
}
