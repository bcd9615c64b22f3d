// Fuzzing the records parser and validator with mutated copies of the real graph-data files: every
// outcome is a dataset plus a list of problems with positions, never an exception, a hang, a
// silently half-read file or a polluted prototype.
import { resolve } from 'node:path';
import fc from 'fast-check';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  entitySchema,
  figureSchema,
  relationSchema,
  validateDataset,
  type DatasetInput,
  type TextFile,
} from '../../src/core/records/index.js';
import { readGraphData } from '../../src/cli/graph-data.js';
import {
  FUZZ_TEST_TIMEOUT,
  INTERNAL_ERROR,
  applyMutations,
  asText,
  expectNoForbiddenKeys,
  mutatedFile,
  runFuzz,
  timed,
  type MutatedFile,
} from '../fixtures/hostile/fuzz-kit.js';

const DATA_DIR = resolve(import.meta.dirname, '../../graph-data');
const real = readGraphData(DATA_DIR);
const HEADERS_ONLY = Object.fromEntries(
  Object.entries(real.sourceTables ?? {}).map(([id, { path, bytes }]) => [id, { path, bytes: bytes.subarray(0, bytes.indexOf(0x0a) + 1) }]),
);
const taxonomy = real.recordFiles.find((file) => file.path.endsWith('00-taxonomy.yaml'))!;

type Item = { text: string; value: Record<string, unknown> };

/** Top-level sections of a records file, each split into its `  - ` items (text and parsed value). */
function sectionsOf(text: string): Map<string, Item[]> {
  const sections = new Map<string, Item[]>();
  for (const chunk of text.split(/^(?=[a-z]+:)/m)) {
    const name = /^([a-z]+):/.exec(chunk)?.[1];
    if (!name) continue;
    const items = chunk
      .slice(chunk.indexOf('\n') + 1)
      .split(/^(?= {2}- )/m)
      .filter((item) => item.startsWith('  - '))
      .map((item) => ({ text: item, value: (parse(`${name}:\n${item}`) as Record<string, Record<string, unknown>[]>)[name][0] }));
    sections.set(name, items);
  }
  return sections;
}

const taxonomyIds = new Set((sectionsOf(taxonomy.text).get('entities') ?? []).map((item) => String(item.value.id)));

/** A small, valid excerpt of a records file: some entities, and relations and figures among them and the taxonomy. */
function excerpt(file: TextFile): string {
  const sections = sectionsOf(file.text);
  const entities = (sections.get('entities') ?? []).slice(0, 6);
  const ids = new Set([...taxonomyIds, ...entities.map((item) => String(item.value.id))]);
  const relations = (sections.get('relations') ?? [])
    .filter((item) => ids.has(String(item.value.from)) && ids.has(String(item.value.to)))
    .slice(0, 6);
  const figures = (sections.get('figures') ?? [])
    .filter((item) => ((item.value.about as string[] | undefined) ?? []).every((id) => ids.has(id)))
    .slice(0, 2);
  const part = (name: string, items: Item[]) => (items.length > 0 ? `${name}:\n${items.map((item) => item.text).join('')}` : '');
  return `# excerpt of ${file.path}\n${part('entities', entities)}${part('relations', relations)}${part('figures', figures)}`;
}

interface Seed {
  name: string;
  text: string;
  /** The file also exists as JSON (the validator's fast path). */
  json?: boolean;
}

const SEEDS: Seed[] = [
  { name: '00-taxonomy.yaml', text: taxonomy.text },
  ...real.recordFiles.filter((file) => file !== taxonomy).map((file) => ({ name: file.path.replace(/^.*\//, ''), text: excerpt(file) })),
];
SEEDS.push(
  ...SEEDS.slice(1, 5).map((seed) => ({
    name: seed.name.replace(/\.yaml$/, '.json'),
    text: `${JSON.stringify(parse(seed.text), null, 2)}\n`,
    json: true,
  })),
);

const YAML_SNIPPETS = [
  '__proto__: { polluted: yes }\n',
  '    __proto__:\n      polluted: yes\n',
  '  - __proto__: { polluted: 1 }\n    id: company:x\n',
  'constructor: { prototype: { polluted: 1 } }\n',
  '    constructor:\n      prototype:\n        polluted: 1\n',
  '"__proto__": { "polluted": 1 }\n',
  'prototype: { polluted: 1 }\n',
  '    <<: { __proto__: { polluted: 1 } }\n',
  'anchor: &x { __proto__: { polluted: 1 } }\n',
  '    <<: *x\n',
  'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n',
  'self: &s [*s]\n',
  '*nowhere',
  '!!js/function "function () { globalThis.polluted = 1 }"',
  '!!binary aGVsbG8=',
  '!!set { a, b }',
  '!!omap [ a: 1 ]',
  '!<tag:yaml.org,2002:js/undefined> ""',
  '? [a, b]\n: c\n',
  '? { __proto__: 1 }\n: c\n',
  '---\n',
  '...\n',
  '%YAML 1.1\n---\n',
  '%TAG ! tag:example.com,2000:\n',
  '\t',
  ': ',
  '- ',
  '  - id: company:x\n    name: { zh: 甲, en: X }\n    editorial: { note: n }\n',
  '  - { from: company:x, type: related_to, to: company:x, editorial: { note: n } }\n',
  'entities:\n',
  'relations: 5\n',
  'figures: []\n',
  '|\n',
  '>-\n',
  "'",
  '"',
  '{',
  '[',
  '}',
  ']',
  '# comment',
  '~',
  '\u0000',
  '\uFEFF',
  '\u2028',
  '<script>alert(1)</script>',
  'id: "company:x"\n',
  '    founded: 99999999999999999999999999999\n',
  '    founded: .inf\n',
  '    quote: ""\n',
  '    sources: []\n',
];

const JSON_SNIPPETS = [
  '"__proto__": { "polluted": 1 },',
  '{"__proto__": {"polluted": 1}}',
  '"constructor": { "prototype": { "polluted": 1 } },',
  '"prototype": {"polluted": 1},',
  '1e999',
  '"\\ud800"',
  '"\\u0000"',
  ',',
  ':',
  '{',
  '}',
  '[',
  ']',
  '"',
  'null',
  'NaN',
  '"entities": 5,',
  '"relations": [{}],',
  '{"id": "company:x", "name": {"zh": "甲", "en": "X"}, "editorial": {"note": "n"}},',
];

/** Counts of what the files hold, read independently with the plain YAML parser; undefined when a file does not parse. */
function expectedCounts(files: TextFile[]): Record<'entities' | 'relations' | 'figures', number> | undefined {
  const counts = { entities: 0, relations: 0, figures: 0 };
  for (const file of files) {
    let data: unknown;
    try {
      data = parse(file.text.replace(/^\uFEFF/, ''), { maxAliasCount: 100 });
    } catch {
      return undefined;
    }
    if (!data || typeof data !== 'object') return undefined;
    for (const key of Object.keys(counts) as (keyof typeof counts)[]) {
      const list = (data as Record<string, unknown>)[key];
      if (Array.isArray(list)) counts[key] += list.length;
    }
  }
  return counts;
}

const leaked = new Map<string, number>();

/** The property every run checks: typed problems, a consistent dataset, nothing silently dropped. */
function checkValidation(input: DatasetInput): string {
  const size = [input.sourcesFile, ...input.recordFiles].reduce((sum, file) => sum + file.text.length, 0);
  const result = timed('validateDataset', size, () => validateDataset(input));
  const files = new Set([input.sourcesFile.path, ...input.recordFiles.map((file) => file.path)]);
  const lineCounts = new Map([input.sourcesFile, ...input.recordFiles].map((file) => [file.path, file.text.split('\n').length]));
  for (const problem of result.problems) {
    if (!files.has(problem.file)) throw new Error(`problem names an unknown file: ${JSON.stringify(problem)}`);
    if (!Number.isInteger(problem.line) || problem.line < 1 || problem.line > lineCounts.get(problem.file)! + 1) {
      throw new Error(`problem has a line outside the file: ${JSON.stringify(problem)}`);
    }
    if (!Number.isInteger(problem.col) || problem.col < 1) throw new Error(`problem has a bad column: ${JSON.stringify(problem)}`);
    if (typeof problem.message !== 'string' || problem.message.trim() === '')
      throw new Error(`problem without a message: ${JSON.stringify(problem)}`);
    if (typeof problem.id !== 'string' || problem.id === '') throw new Error(`problem without an id: ${JSON.stringify(problem)}`);
    const leak = INTERNAL_ERROR.exec(problem.message);
    if (leak) leaked.set(problem.message.slice(0, 80), (leaked.get(problem.message.slice(0, 80)) ?? 0) + 1);
  }

  const { dataset } = result;
  expectNoForbiddenKeys(dataset, 'dataset');
  const ids = new Set<string>();
  for (const entity of dataset.entities) {
    if (!entitySchema.safeParse(entity).success) throw new Error(`an invalid entity was returned: ${JSON.stringify(entity).slice(0, 200)}`);
    if (ids.has(entity.id)) throw new Error(`entity ${entity.id} returned twice`);
    ids.add(entity.id);
  }
  for (const relation of dataset.relations) {
    if (!relationSchema.safeParse(relation).success)
      throw new Error(`an invalid relation was returned: ${JSON.stringify(relation).slice(0, 200)}`);
    if (!ids.has(relation.from) || !ids.has(relation.to))
      throw new Error(`a relation to a missing entity was returned: ${relation.from} → ${relation.to}`);
  }
  for (const figure of dataset.figures) {
    if (!figureSchema.safeParse(figure).success) throw new Error(`an invalid figure was returned: ${figure.id}`);
  }

  // Without a single problem, every record of every file must be in the dataset.
  if (result.problems.length === 0) {
    const counts = expectedCounts(input.recordFiles);
    if (!counts) throw new Error('no problem reported for files that do not parse');
    for (const key of ['entities', 'relations', 'figures'] as const) {
      if (dataset[key].length !== counts[key])
        throw new Error(`no problem reported, but ${dataset[key].length} of ${counts[key]} ${key} were returned`);
    }
    return 'valid';
  }
  return 'problems';
}

function datasetWith(records: TextFile[], sourcesText = real.sourcesFile.text): DatasetInput {
  // The tables of table sources only need to be there (no mapping reads them here): their header row is enough.
  return {
    sourcesFile: { path: 'graph-data/sources.yaml', text: sourcesText },
    recordFiles: records,
    sourceTexts: real.sourceTexts,
    sourceTables: HEADERS_ONLY,
  };
}

describe('fuzz: records YAML (validateDataset)', () => {
  it('the seeds are valid as they are', () => {
    for (const seed of SEEDS) {
      const files = seed === SEEDS[0] ? [taxonomy] : [taxonomy, { path: `graph-data/records/${seed.name}`, text: seed.text }];
      const { problems } = validateDataset(datasetWith(files));
      expect(problems, seed.name).toEqual([]);
      checkValidation(datasetWith(files));
    }
  });

  it(
    'mutated records files give problems with positions, never a throw, hang or pollution',
    () => {
      const yamlOptions = {
        snippets: YAML_SNIPPETS,
        nesting: [
          { open: '[', close: ']' },
          { open: '{a: ', close: '}', inner: '1' },
          { open: '- [', close: ']' },
        ],
      };
      const jsonOptions = {
        snippets: JSON_SNIPPETS,
        nesting: [
          { open: '[', close: ']' },
          { open: '{"a":', close: '}', inner: '1' },
          { open: '{"__proto__":', close: '}', inner: '{"polluted":1}' },
        ],
      };
      const caseArbitrary = fc
        .constantFrom(...SEEDS)
        .chain((seed) => fc.tuple(fc.constant(seed), mutatedFile(seed.json ? jsonOptions : yamlOptions), fc.boolean()));
      const cases = runFuzz(
        'records-yaml',
        caseArbitrary,
        ([seed, mutation, withTaxonomy]: [Seed, MutatedFile, boolean], keep) => {
          const text = asText(applyMutations(seed.text, mutation));
          keep(seed.name, text);
          const file = { path: `graph-data/records/${seed.name}`, text };
          return checkValidation(datasetWith(withTaxonomy && seed !== SEEDS[0] ? [taxonomy, file] : [file]));
        },
        500,
      );
      expect(cases).toBeGreaterThan(0);
    },
    FUZZ_TEST_TIMEOUT,
  );

  it(
    'a mutated sources.yaml gives problems, never a throw',
    () => {
      const excerptFile = { path: `graph-data/records/${SEEDS[1].name}`, text: SEEDS[1].text };
      runFuzz(
        'records-sources',
        mutatedFile({ snippets: YAML_SNIPPETS, nesting: [{ open: '[', close: ']' }], maxNesting: 2000 }),
        (mutation) => checkValidation(datasetWith([taxonomy, excerptFile], asText(applyMutations(real.sourcesFile.text, mutation)))),
        150,
      );
      if (leaked.size > 0) console.log(`fuzz records: internal error messages passed on as problems: ${JSON.stringify([...leaked])}`);
    },
    FUZZ_TEST_TIMEOUT,
  );

  it('JSON records nested thousands of levels deep are a problem, not a stack overflow', () => {
    for (const depth of [100, 5_000, 100_000]) {
      const text = `{"entities": [${'['.repeat(depth)}${']'.repeat(depth)}]}`;
      const result = validateDataset(datasetWith([{ path: 'graph-data/records/deep.json', text }]));
      expect(result.problems.length, `depth ${depth}`).toBeGreaterThan(0);
      expect(result.dataset.entities).toEqual([]);
    }
  });
});
