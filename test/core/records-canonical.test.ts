// The validator's fast path takes a record as it is when zod would return it unchanged. Whatever it accepts,
// zod must accept too and return the same value (same keys, same order, same leaves); everything else goes to zod.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileCanonicalCheck } from '../../src/core/records/canonical.js';
import { entitySchema, figureSchema, recordFileSchema, relationSchema } from '../../src/core/records/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { readGraphData } from '../../src/cli/graph-data.js';

const schemas = { entities: entitySchema, relations: relationSchema, figures: figureSchema } as const;
const checks = {
  entities: compileCanonicalCheck(entitySchema),
  relations: compileCanonicalCheck(relationSchema),
  figures: compileCanonicalCheck(figureSchema),
};

/** Canonical means: zod accepts it and gives back the very same JSON. */
function expectAgreement(kind: keyof typeof schemas, value: unknown): boolean {
  const canonical = checks[kind](value);
  if (canonical) {
    const parsed = schemas[kind].safeParse(value);
    expect(parsed.success, JSON.stringify(value)).toBe(true);
    expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(value));
  }
  return canonical;
}

describe('canonical records', () => {
  it('agrees with zod on every record of graph-data/ and takes most of them as they are', () => {
    const data = readGraphData(resolve(import.meta.dirname, '../../graph-data'));
    let taken = 0;
    let total = 0;
    for (const file of data.recordFiles) {
      const content = parse(file.text) as Record<keyof typeof schemas, unknown[] | undefined>;
      for (const kind of Object.keys(schemas) as (keyof typeof schemas)[]) {
        for (const record of content[kind] ?? []) {
          total++;
          if (expectAgreement(kind, record)) taken++;
        }
      }
    }
    expect(taken / total).toBeGreaterThan(0.5);
  });

  it('takes every synthetic record as it is', () => {
    const dataset = JSON.parse(JSON.stringify(generateLandscape({ nodes: 300, seed: 2 }))) as Record<string, unknown[]>;
    for (const record of dataset.entities) expect(expectAgreement('entities', record)).toBe(true);
    for (const record of dataset.relations) expect(expectAgreement('relations', record)).toBe(true);
  });

  it('leaves to zod what zod would change or refuse', () => {
    const cite = { source: 'rep', section: 's', quote: 'q' };
    const entity = { id: 'company:x', name: { zh: '甲', en: 'X' }, sources: [cite] };
    expect(checks.entities(entity)).toBe(true);
    const variants: unknown[] = [
      { ...entity, name: { zh: ' 甲', en: 'X' } }, // trimmed by zod
      { ...entity, name: { en: 'X', zh: '甲' } }, // zod writes zh first
      { name: entity.name, id: entity.id, sources: entity.sources },
      { id: entity.id, name: entity.name, editorial: { note: 'n' } }, // zod adds sources: []
      { ...entity, sources: [] }, // no provenance
      { ...entity, colour: 'red' },
      { ...entity, id: 'robot:x' },
      { ...entity, founded: 1999.5 },
      { ...entity, founded: undefined },
      { ...entity, aliases: [''] },
      Object.assign(Object.create(null), entity),
      [entity],
      null,
    ];
    for (const variant of variants) expect(checks.entities(variant), JSON.stringify(variant)).toBe(false);
    expect(compileCanonicalCheck(recordFileSchema)({ entities: [entity], relations: [] })).toBe(true);
    expect(compileCanonicalCheck(recordFileSchema)({ relations: [], entities: [entity] })).toBe(false);
  });

  it('never takes a value zod refuses or changes (generated records near valid ones)', () => {
    const cite = { source: 'rep', section: 's', quote: 'q' };
    // Every field of each kind, in schema order, with a valid value.
    const full = {
      entities: {
        id: 'company:x',
        name: { zh: '甲', en: 'X' },
        aliases: ['a', 'b'],
        description: { zh: '说明', en: 'About' },
        country: 'CN',
        founded: 1999,
        released: '2024-05',
        open_source: true,
        url: 'https://example.com/x',
        sources: [cite],
        editorial: { note: 'n' },
      },
      relations: { from: 'product:p', type: 'developed_by', to: 'company:c', note: { en: 'e' }, sources: [cite], editorial: { note: 'n' } },
      figures: {
        id: 'figure:f',
        title: { zh: '图', en: 'F' },
        unit: { zh: '亿' },
        chart: 'series',
        points: [{ label: '2024', value: 1, growth: 0.5, estimate: true }],
        about: ['company:x'],
        sources: [cite],
      },
    } as const;
    const odd = fc.constantFrom<unknown>(
      ' a',
      'a ',
      '',
      '\t',
      'x y',
      'Company:X',
      '2024-1',
      'cn',
      1.5,
      2101,
      Number.NaN,
      null,
      true,
      [],
      {},
      [cite],
      { zh: 'z' },
    );
    const mutation = fc.oneof(
      fc.tuple(fc.constant('set' as const), fc.nat(), odd),
      fc.tuple(fc.constant('drop' as const), fc.nat(), fc.constant(undefined)),
      fc.tuple(fc.constant('swap' as const), fc.nat(), fc.constant(undefined)),
      fc.tuple(fc.constant('extra' as const), fc.nat(), odd),
      fc.tuple(fc.constant('inner' as const), fc.nat(), odd),
    );
    let taken = 0;
    fc.assert(
      fc.property(
        fc.constantFrom('entities', 'relations', 'figures'),
        fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }),
        fc.array(mutation, { maxLength: 2 }),
        (kind, keep, mutations) => {
          let entries = Object.entries(full[kind as keyof typeof full]).filter(([, _], index) => index < 3 || keep[index]);
          entries = entries.map(([key, value]) => [key, structuredClone(value)]);
          for (const [how, at, value] of mutations) {
            const index = at % entries.length;
            if (how === 'set') entries[index] = [entries[index][0], value];
            if (how === 'drop') entries.splice(index, 1);
            if (how === 'swap' && entries.length > 1)
              [entries[index], entries[(index + 1) % entries.length]] = [entries[(index + 1) % entries.length], entries[index]];
            if (how === 'extra') entries.splice(index, 0, ['colour', value]);
            if (how === 'inner') {
              const inner = entries[index][1];
              if (inner && typeof inner === 'object') {
                const target = (Array.isArray(inner) ? inner[0] : inner) as Record<string, unknown> | string | undefined;
                if (target && typeof target === 'object')
                  target[Object.keys(target)[at % Math.max(1, Object.keys(target).length)] ?? 'x'] = value;
              }
            }
          }
          if (expectAgreement(kind as keyof typeof schemas, Object.fromEntries(entries))) taken++;
        },
      ),
      { numRuns: 3000, seed: 7 },
    );
    // Enough generated records are canonical (figures never are: a point label is a union, left to zod).
    expect(taken).toBeGreaterThan(150);
  });
});
