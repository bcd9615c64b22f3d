// Records of graph-data/: vocabulary, schema, YAML parsing with positions and validation.
export * from './kinds.js';
export * from './schema.js';
export * from './types.js';
export { parseYamlFile, type ParsedYaml } from './parse-yaml.js';
export { FORBIDDEN_KEYS } from './forbidden-keys.js';
export { normalizeForQuote, QuoteIndex } from './quote.js';
export { validateDataset, relationKey, relationLabel, MAX_PROBLEMS_PER_FILE } from './validate.js';
export { computeCreditLine, computeCreditText } from './credit.js';
export { DATE_FIELDS, type DateField } from './check-dates.js';
export { computeDateEvidence, type DateEvidence } from './date-evidence.js';
