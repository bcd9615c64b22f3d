// File names that say what is inside: landscape-vision-tracks-2024.gexf is the vision modality's tracks.
import { formatMonth } from '../dates/index.js';
import type { FilterState } from '../filters/types.js';
import { FORMAT_EXTENSIONS } from './export-graph.js';
import type { ExportFormat } from './types.js';

export interface ExportFileNameInput {
  filters?: Partial<FilterState>;
  format: ExportFormat;
  /** A Date gives YYYY-MM-DD; a string or number (e.g. the report's year) is used as it is. */
  date?: Date | string | number;
  /** First word of the name. */
  base?: string;
}

const MAX_VALUES = 4;
const MAX_LENGTH = 120;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** modality:vision → vision. */
function valueSlug(id: string): string {
  return slug(id.includes(':') ? id.slice(id.indexOf(':') + 1) : id);
}

function plural(kind: string): string {
  const word = slug(kind);
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

function dateSlug(date: Date | string | number): string {
  if (date instanceof Date) return Number.isNaN(date.getTime()) ? '' : date.toISOString().slice(0, 10);
  return slug(String(date));
}

export function computeExportFileName({ filters = {}, format, date, base = 'landscape' }: ExportFileNameInput): string {
  const values = [
    ...(filters.modalities ?? []),
    ...(filters.tracks ?? []),
    ...(filters.businessModels ?? []),
    ...(filters.markets ?? []),
    ...(filters.companies ?? []),
  ]
    .map(valueSlug)
    .filter((value) => value !== '');
  const kinds = (filters.kinds ?? []).map(plural).filter((kind) => kind !== 's');
  const parts = [...values, ...kinds];
  const shown = parts.length > MAX_VALUES ? [...parts.slice(0, MAX_VALUES - 1), `and-${parts.length - MAX_VALUES + 1}-more`] : parts;
  const segments = [slug(base) || 'landscape', ...shown];
  if (filters.ego) {
    const centre = valueSlug(filters.ego.id);
    if (centre) segments.push(`around-${centre}${filters.ego.depth > 1 ? `-d${filters.ego.depth}` : ''}`);
  }
  if (filters.time) segments.push(`${formatMonth(filters.time.from)}-to-${formatMonth(filters.time.until)}`);
  if (date !== undefined && dateSlug(date) !== '') segments.push(dateSlug(date));
  if (format === 'csv') segments.push('csv');
  if (format === 'neo4j-csv') segments.push('neo4j');
  const name = segments.join('-').slice(0, MAX_LENGTH).replace(/-+$/, '');
  return `${name}.${FORMAT_EXTENSIONS[format]}`;
}
