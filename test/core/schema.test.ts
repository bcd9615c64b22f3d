// The JSON Schema editors use is generated from the core schema, and the committed copy is current.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS, RELATION_TYPE_NAMES } from '../../src/core/records/index.js';
import { SCHEMA_FILES, renderSchema } from '../../src/cli/schema.js';

const root = resolve(import.meta.dirname, '../../graph-data');

describe('JSON Schema', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s in graph-data/ matches the core schema (run `npm run schema` if not)', (path, compute) => {
    expect(readFileSync(resolve(root, path), 'utf8')).toBe(renderSchema(compute));
  });

  it('names every entity kind and relation type of the core', () => {
    const schema = JSON.stringify(JSON.parse(renderSchema(SCHEMA_FILES['schema/records.schema.json'])));
    for (const kind of ENTITY_KINDS) expect(schema).toContain(kind);
    for (const type of RELATION_TYPE_NAMES) expect(schema).toContain(`"${type}"`);
  });
});

describe('JSON Schema and zod agree', () => {
  const file = (entity: object) => ({ entities: [entity] });
  const cite = [{ source: 'rep', section: 's', quote: 'q' }];
  const cases: [string, object, boolean][] = [
    ['a complete entity', file({ id: 'company:x', name: { zh: '甲', en: 'X' }, sources: cite }), true],
    ['an editorial entity', file({ id: 'company:x', name: { zh: '甲', en: 'X' }, editorial: { note: 'n' } }), true],
    ['an unknown kind', file({ id: 'robot:x', name: { zh: '甲', en: 'X' }, sources: cite }), false],
    ['a missing English name', file({ id: 'company:x', name: { zh: '甲' }, sources: cite }), false],
    ['an unknown field', file({ id: 'company:x', name: { zh: '甲', en: 'X' }, sources: cite, colour: 1 }), false],
    ['a bad date', file({ id: 'model:x', name: { zh: '甲', en: 'X' }, sources: cite, released: '2024/01' }), false],
    ['a relation', { relations: [{ from: 'product:a', type: 'powered_by', to: 'model:b', sources: cite }] }, true],
    ['an unknown relation type', { relations: [{ from: 'product:a', type: 'owns', to: 'model:b', sources: cite }] }, false],
  ];

  it.each(cases)('%s', async (_name, data, valid) => {
    const { default: Ajv } = await import('ajv/dist/2020.js');
    const ajv = new Ajv({ strict: false });
    const check = ajv.compile(JSON.parse(renderSchema(SCHEMA_FILES['schema/records.schema.json'])));
    const { entitySchema, relationSchema } = await import('../../src/core/records/index.js');
    const record = 'entities' in data ? (data.entities as object[])[0] : (data as { relations: object[] }).relations[0];
    const zodValid = ('entities' in data ? entitySchema : relationSchema).safeParse(record).success;
    expect(check(data)).toBe(valid);
    expect(zodValid).toBe(valid);
  });
});
