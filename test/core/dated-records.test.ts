// Every dated record of graph-data (the report's records and the entities taken in from Epoch AI's table) has its
// date stated by a cited quote (the year, and the month and day when that precise) or a cited cell, or is marked
// editorial; prints how many dates there are by source and precision.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/graph-data.js';
import { readDate } from '../../src/core/dates/index.js';
import { computeDateEvidence, isRowCitation, validateDataset } from '../../src/core/records/index.js';

const ROOT = resolve(import.meta.dirname, '../../graph-data');
const { dataset, problems } = validateDataset(readGraphData(ROOT));

interface DatedRecord {
  label: string;
  field: string;
  text: unknown;
  record: Parameters<typeof computeDateEvidence>[0];
}

const dated: DatedRecord[] = [];
for (const entity of dataset.entities) {
  if (entity.released !== undefined) dated.push({ label: entity.id, field: 'released', text: entity.released, record: entity });
  if (entity.founded !== undefined) dated.push({ label: entity.id, field: 'founded', text: entity.founded, record: entity });
}
for (const relation of dataset.relations) {
  if (relation.since !== undefined) {
    dated.push({ label: `${relation.from} ${relation.type} ${relation.to}`, field: 'since', text: relation.since, record: relation });
  }
}

describe('dated records', () => {
  it('graph-data is valid', () => {
    expect(problems).toEqual([]);
  });

  it('has dates from the report and from Epoch AI', () => {
    const tally = new Map<string, number>();
    for (const { text, record } of dated) {
      const date = readDate(text)!;
      const evidence = computeDateEvidence(record, date);
      const source = evidence.kind === 'quote' || evidence.kind === 'row' ? record.sources[evidence.citation].source : evidence.kind;
      const key = `${source} ${date.precision}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
    }
    console.log('dates by source and precision:', Object.fromEntries([...tally].sort()));
    expect(dated.filter(({ text, record }) => computeDateEvidence(record, readDate(text)!).kind === 'quote').length).toBeGreaterThanOrEqual(
      40,
    );
    expect(dated.filter(({ text, record }) => computeDateEvidence(record, readDate(text)!).kind === 'row').length).toBeGreaterThan(1000);
  });

  it('every date is a date of the calendar and is stated by its quote or its cell, or marked editorial', () => {
    const unsupported: string[] = [];
    for (const { label, field, text, record } of dated) {
      const date = readDate(text);
      if (date === undefined) {
        unsupported.push(`${label} ${field} ${String(text)}: not a date`);
        continue;
      }
      const evidence = computeDateEvidence(record, date);
      if (evidence.kind === 'none') unsupported.push(`${label} ${field} ${date.text}: no quote or cell states it`);
      if (evidence.kind === 'editorial') expect(evidence.note.length, label).toBeGreaterThan(10);
      if (evidence.kind === 'row') {
        const citation = record.sources[evidence.citation];
        expect(isRowCitation(citation) && citation.values[evidence.column]).toMatch(new RegExp(`^${date.text}`));
      }
    }
    expect(unsupported).toEqual([]);
  });
});
