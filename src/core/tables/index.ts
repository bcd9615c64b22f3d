// Tables (CSV, TSV, JSON, JSON lines) read into numbered rows of text cells, for sources that are datasets.
export * from './types.js';
export { readTable } from './read-table.js';
export { decodeTableText } from './decode-table.js';
