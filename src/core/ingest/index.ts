// Ingestion of table sources: mappings applied, entities resolved, the records' dataset merged with the tables'.
export * from './types.js';
export { ingestSources, type IngestInput, type IngestResult } from './ingest-sources.js';
