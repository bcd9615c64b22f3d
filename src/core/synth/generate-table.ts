// A synthetic model table (CSV, Epoch-like columns) and its mapping, for the ingestion benchmark: models of families
// with versions and sizes, organisations of which some are the landscape's companies under another spelling
// (legal suffixes), quoted multi-valued cells. Seeded: the same rows every time.
import type { Dataset } from '../records/types.js';

export const SYNTH_TABLE_SOURCE_ID = 'synthetic-table';

export const SYNTH_TABLE_MAPPING = `source: ${SYNTH_TABLE_SOURCE_ID}
key: Model
entities:
  - as: model
    kind: model
    attributes:
      released: { column: Publication date }
      parameters: { column: Parameters }
  - as: org
    each: { column: Organization, split: ',' }
    kind: { column: Organization categorization, split: ',', map: { Industry: company, Academia: organization }, default: company }
relations:
  - { from: model, type: developed_by, to: org }
  - { from: model, type: based_on, to: { column: Base model, lookup: model } }
`;

const SUFFIXES = ['', ' Inc.', ' Technology', ' Co., Ltd.', ' AI'];
const EDITIONS = ['', '-Instruct', '-Chat', ' mini', '-Turbo', '-Pro', '-Lite', '-Preview'];

/** `rows` models (1 ≤ rows) as CSV text; organisations drawn from the dataset's companies (half of them) and new ones. */
export function generateModelTable(dataset: Dataset, rows: number, seed = 1): string {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const companies = dataset.entities.filter((entity) => entity.id.startsWith('company:')).map((entity) => entity.name.en);
  const orgCount = Math.max(10, Math.round(rows / 20));
  const orgs = Array.from({ length: orgCount }, (_, index) =>
    index % 2 === 0 && companies.length > 0
      ? `${pick(companies)}${pick(SUFFIXES)}`
      : `Lab ${index} ${pick(['University', 'Institute', 'AI'])}`,
  );
  const families = Array.from({ length: Math.max(5, Math.round(rows / 50)) }, (_, index) => `Fam${index.toString(36)}`);
  const lines = ['Model,Organization,Organization categorization,Publication date,Parameters,Base model'];
  const names: string[] = [];
  for (let row = 0; row < rows; row++) {
    const name = `${pick(families)}${1 + (row % 7)}.${row}-${1 + Math.floor(random() * 400)}B${pick(EDITIONS)}`;
    names.push(name);
    const makers = random() < 0.2 ? [pick(orgs), pick(orgs)] : [pick(orgs)];
    const categories = makers.map((maker) => (maker.startsWith('Lab ') ? 'Academia' : 'Industry'));
    const year = 2015 + Math.floor(random() * 10);
    const month = String(1 + Math.floor(random() * 12)).padStart(2, '0');
    const base = row > 0 && random() < 0.3 ? names[Math.floor(random() * row)] : '';
    lines.push(
      [name, makers.join(','), categories.join(','), `${year}-${month}`, String(Math.floor(random() * 1e11)), base].map(quote).join(','),
    );
  }
  return `${lines.join('\n')}\n`;
}

function quote(cell: string): string {
  return /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}
