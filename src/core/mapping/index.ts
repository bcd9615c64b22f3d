// Declarative mappings of table sources: schema, and applying one to a table.
export * from './schema.js';
export * from './types.js';
export { applyMapping } from './apply-mapping.js';
export { slugify, splitCell, tidyText, parseDate, parseNumber } from './cells.js';
