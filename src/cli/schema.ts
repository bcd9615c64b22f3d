// `npm run schema`: writes the JSON Schemas of graph-data/ files, generated from the core's one zod schema.
import { join } from 'node:path';
import { computeMappingJsonSchema } from '../core/mapping/index.js';
import { computeRecordsJsonSchema, computeSourcesJsonSchema } from '../core/records/index.js';
import { computeResolutionJsonSchema } from '../core/resolve/index.js';
import { DEFAULT_DATA_DIR } from './graph-data.js';
import { writeFileAtomic } from './write-file.js';

export const SCHEMA_FILES = {
  'schema/records.schema.json': computeRecordsJsonSchema,
  'schema/sources.schema.json': computeSourcesJsonSchema,
  'schema/mapping.schema.json': computeMappingJsonSchema,
  'schema/resolution.schema.json': computeResolutionJsonSchema,
} as const;

export function renderSchema(compute: () => object): string {
  return `${JSON.stringify(compute(), null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const [path, compute] of Object.entries(SCHEMA_FILES)) {
    writeFileAtomic(join(DEFAULT_DATA_DIR, path), renderSchema(compute));
    console.error(`wrote ${join(DEFAULT_DATA_DIR, path)}`);
  }
}
