// Each validation rule, with a fixture that breaks it, and the clean case.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset } from '../../src/core/records/index.js';
import { BASE_RECORDS, input } from './fixtures.js';

function problemsOf(records: Record<string, string>, ...rest: Parameters<typeof input> extends [unknown, ...infer R] ? R : never) {
  return validateDataset(input(records, ...rest)).problems.map(formatProblem);
}

const entity = (id: string, extra = '') => `  - id: ${id}
    name: { zh: 名, en: Name }
    sources: [{ source: rep, section: s, quote: 豆包 }]${extra}
`;

describe('validateDataset', () => {
  it('accepts the clean fixture and returns its records', () => {
    const result = validateDataset(input({ 'a.yaml': BASE_RECORDS }));
    expect(result.problems).toEqual([]);
    expect(result.dataset.entities.map((e) => e.id)).toEqual([
      'company:bytedance',
      'product:doubao',
      'modality:vision',
      'track:image-analysis',
    ]);
    expect(result.dataset.relations).toHaveLength(2);
  });

  it('reports YAML syntax errors with file, line and column', () => {
    expect(problemsOf({ 'bad.yaml': 'entities:\n  - id: [unclosed\n' })).toEqual([
      expect.stringMatching(/^graph-data\/records\/bad\.yaml:\d+:\d+ {2}- {2}YAML syntax error/),
    ]);
  });

  it('reports unknown fields at the key', () => {
    const problems = problemsOf({ 'a.yaml': `entities:\n${entity('company:x', '\n    colour: red')}` });
    expect(problems).toEqual(['graph-data/records/a.yaml:5:5  company:x  unknown field "colour"']);
  });

  it('reports a broken entity once, with how many records naming it are left out, not each of them', () => {
    const broken = BASE_RECORDS.replace('name: { zh: 字节跳动, en: ByteDance }', 'name: { zh: 字节跳动 }');
    const figure = `figures:
  - id: figure:x
    title: { zh: 图, en: X }
    unit: { zh: 亿 }
    chart: values
    points: [{ label: a, value: 1 }]
    about: [company:bytedance, company:unknown]
    sources: [{ source: rep, section: s, quote: 豆包 }]
`;
    expect(problemsOf({ 'a.yaml': broken, 'b.yaml': figure })).toEqual([
      'graph-data/records/a.yaml:3:11  company:bytedance  name.en: is required (string)',
      'graph-data/records/a.yaml:3:11  company:bytedance  2 relation(s) or figure(s) naming it are left out until this record is fixed',
      'graph-data/records/b.yaml:7:32  figure:x  about "company:unknown" is not a known entity',
    ]);
  });

  it('reports unknown top-level keys', () => {
    expect(problemsOf({ 'a.yaml': 'nodes: []\n' })).toEqual(['graph-data/records/a.yaml:1:1  -  unknown field "nodes"']);
  });

  it('reports wrong types', () => {
    const problems = problemsOf({ 'a.yaml': `entities:\n${entity('company:x', '\n    founded: "two thousand"')}` });
    expect(problems).toEqual([expect.stringMatching(/a\.yaml:5:14 {2}company:x {2}founded: /)]);
  });

  it('reports unknown kinds and bad ids', () => {
    const problems = problemsOf({ 'a.yaml': `entities:\n${entity('robot:x')}${entity('company:Bad_Slug')}` });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/a\.yaml:2:9 {2}robot:x {2}id: id must be kind:slug with a known kind/);
    expect(problems[1]).toMatch(/a\.yaml:5:9 {2}company:Bad_Slug {2}id: /);
  });

  it('reports unknown relation types as an enum problem', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n${entity('company:a')}${entity('company:b')}relations:\n  - { from: company:a, type: owns, to: company:b, editorial: { note: n } }\n`,
    });
    expect(problems).toEqual([expect.stringMatching(/a\.yaml:9:30 {2}company:a -owns-> company:b {2}type: must be one of developed_by/)]);
  });

  it('reports duplicate ids across files with the first place', () => {
    const problems = problemsOf({ 'a.yaml': `entities:\n${entity('company:x')}`, 'b.yaml': `entities:\n${entity('company:x')}` });
    expect(problems).toEqual(['graph-data/records/b.yaml:2:9  company:x  duplicate id: already defined at graph-data/records/a.yaml:2:9']);
  });

  it('reports dangling references', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n${entity('product:p')}relations:\n  - { from: product:p, type: developed_by, to: company:ghost, editorial: { note: n } }\n`,
    });
    expect(problems).toEqual([
      'graph-data/records/a.yaml:6:48  product:p -developed_by-> company:ghost  to "company:ghost" is not a known entity',
    ]);
  });

  it('reports wrong endpoint kinds', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n${entity('company:a')}${entity('company:b')}relations:\n  - { from: company:a, type: developed_by, to: company:b, editorial: { note: n } }\n`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/company:a -developed_by-> company:b {2}developed_by cannot start at a company \(allowed: product, model/),
    ]);
  });

  it('reports missing provenance', () => {
    const problems = problemsOf({ 'a.yaml': 'entities:\n  - id: company:x\n    name: { zh: 甲, en: X }\n' });
    expect(problems).toEqual([
      'graph-data/records/a.yaml:2:5  company:x  sources: needs provenance: at least one entry in sources, or editorial with a note',
    ]);
  });

  it('reports a quote that is not in the source text, and accepts emphasis/spacing differences', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n  - id: company:x\n    name: { zh: 甲, en: X }\n    sources:\n      - { source: rep, section: s, quote: "豆包 ： 字节的AI对话APP" }\n      - { source: rep, section: s, quote: 百度的文心一言 }\n`,
    });
    expect(problems).toEqual([
      expect.stringMatching(/a\.yaml:6:43 {2}company:x {2}quote does not occur in source "rep": "百度的文心一言"/),
    ]);
  });

  it('reports citations of unknown sources', () => {
    const problems = problemsOf({
      'a.yaml': 'entities:\n  - id: company:x\n    name: { zh: 甲, en: X }\n    sources: [{ source: nope, section: s, quote: q }]\n',
    });
    expect(problems).toEqual([expect.stringMatching(/company:x {2}unknown source "nope"/)]);
  });

  it('reports self-relations and duplicate relations, symmetric ones in either direction', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n${entity('product:a')}${entity('product:b')}relations:
  - { from: product:a, type: competes_with, to: product:a, editorial: { note: n } }
  - { from: product:a, type: competes_with, to: product:b, editorial: { note: n } }
  - { from: product:b, type: competes_with, to: product:a, editorial: { note: n } }
`,
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/a\.yaml:9:\d+ {2}product:a -competes_with-> product:a {2}a relation cannot link an entity to itself/);
    expect(problems[1]).toMatch(
      /a\.yaml:11:5 {2}product:b -competes_with-> product:a {2}duplicate relation: already stated at graph-data\/records\/a\.yaml:10:5/,
    );
  });

  it('reports every problem at once, sorted by position', () => {
    const problems = problemsOf({
      'a.yaml': `entities:\n${entity('company:x', '\n    colour: red')}${entity('robot:y')}relations:\n  - { from: company:x, type: subsidiary_of, to: company:z, editorial: { note: n } }\n`,
    });
    // company:x itself is rejected (unknown field): the relation from it is counted there, not reported again.
    expect(problems.map((line) => line.split('  ')[0])).toEqual([
      'graph-data/records/a.yaml:5:5',
      'graph-data/records/a.yaml:5:5',
      'graph-data/records/a.yaml:6:9',
      'graph-data/records/a.yaml:10:49',
    ]);
    expect(problems[1]).toContain('company:x  1 relation(s) or figure(s) naming it are left out until this record is fixed');
  });

  it('rejects __proto__ and constructor keys instead of merging them', () => {
    const problems = problemsOf({ 'a.yaml': `entities:\n${entity('company:x', '\n    __proto__: { polluted: true }')}` });
    expect(problems).toEqual(['graph-data/records/a.yaml:5:5  -  key "__proto__" is not allowed']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate keys in one mapping', () => {
    const problems = problemsOf({
      'a.yaml': 'entities:\n  - id: company:x\n    id: company:y\n    name: { zh: 甲, en: X }\n    editorial: { note: n }\n',
    });
    expect(problems).toEqual([expect.stringMatching(/a\.yaml:3:5 {2}- {2}YAML duplicate key/)]);
  });

  it('reads JSON record files like YAML: repeated keys (also escaped), forbidden keys, colons and quotes in strings', () => {
    const record = (fields: string) => `{"entities": [\n  {${fields}, "editorial": {"note": "n"}}\n]}\n`;
    expect(problemsOf({ 'a.json': record('"id": "company:x", "name": {"zh": "甲", "en": "X", "en": "Y"}') })).toEqual([
      'graph-data/records/a.json:2:54  -  YAML duplicate key: Map keys must be unique',
    ]);
    expect(problemsOf({ 'a.json': record('"id": "company:x", "\\u0069d": "company:y", "name": {"zh": "甲", "en": "X"}') })).toEqual([
      'graph-data/records/a.json:2:23  -  YAML duplicate key: Map keys must be unique',
    ]);
    expect(problemsOf({ 'a.json': record('"__proto__": {"a": {"b": 1}}, "id": "company:x", "name": {"zh": "甲", "en": "X"}') })).toEqual([
      'graph-data/records/a.json:2:4  -  key "__proto__" is not allowed',
    ]);
    const strings = validateDataset(input({ 'a.json': record('"id": "company:x", "name": {"zh": "a:\\"b\\\\", "en": "X:{}"}') }));
    expect(strings.problems).toEqual([]);
    expect(strings.dataset.entities[0].name).toEqual({ zh: 'a:"b\\', en: 'X:{}' });
  });

  it('parses a file with a BOM, CRLF line ends and Chinese punctuation', () => {
    const text = `\uFEFF${BASE_RECORDS.replace(/\n/g, '\r\n').replace('字节跳动, en', '字节跳动（北京）, en')}`;
    const result = validateDataset(input({ 'a.yaml': text }));
    expect(result.problems).toEqual([]);
    expect(result.dataset.entities[0].name.zh).toBe('字节跳动（北京）');
  });

  it('reports an empty file and an empty string value', () => {
    expect(problemsOf({ 'empty.yaml': '' })).toEqual([
      'graph-data/records/empty.yaml:1:1  -  file is empty: expected entities, relations or figures',
    ]);
    expect(problemsOf({ 'a.yaml': "entities:\n  - id: company:x\n    name: { zh: '', en: X }\n    editorial: { note: n }\n" })).toEqual([
      expect.stringMatching(/a\.yaml:3:17 {2}company:x {2}name\.zh: must not be empty/),
    ]);
  });

  it('reports an unreadable source text and skips quote checks without one', () => {
    const result = validateDataset(input({ 'a.yaml': BASE_RECORDS }, undefined, null));
    expect(result.problems.map(formatProblem)).toEqual([
      'graph-data/sources.yaml:6:11  rep  source text "sources/rep.md" could not be read',
    ]);
  });

  it('checks figures: ids, references and quotes', () => {
    const figures = `figures:
  - id: figure:size
    title: { zh: 规模, en: Size }
    chart: series
    points: [{ label: '2024', value: 2697 }]
    about: [company:nobody]
    sources: [{ source: rep, section: s, quote: 豆包 }]
`;
    const problems = problemsOf({ 'a.yaml': BASE_RECORDS, 'f.yaml': figures });
    expect(problems).toEqual(['graph-data/records/f.yaml:6:13  figure:size  about "company:nobody" is not a known entity']);
  });

  it('lists at most 50 problems per file, then one line with how many more, each with file:line and record', () => {
    // One record per line, each with an unknown field: one problem per record, on its line.
    const broken = (count: number) =>
      `{"entities": [\n${Array.from({ length: count }, (_, i) => `{"id": "company:c${i}", "name": {"zh": "甲", "en": "X"}, "colour": 1, "editorial": {"note": "n"}}`).join(',\n')}\n]}\n`;
    const result = validateDataset(input({ 'a.json': broken(60), 'b.json': broken(51), 'c.json': broken(50) }));
    const lines = result.problems.map(formatProblem);
    expect(result.problemCount).toBe(161);
    const ofFile = (name: string) => lines.filter((line) => line.startsWith(`graph-data/records/${name}:`));
    expect(ofFile('a.json')).toHaveLength(51);
    expect(ofFile('a.json')[0]).toMatch(/^graph-data\/records\/a\.json:2:\d+ {2}company:c0 {2}unknown field "colour"$/);
    expect(ofFile('a.json')[49]).toMatch(/^graph-data\/records\/a\.json:51:\d+ {2}company:c49 {2}unknown field "colour"$/);
    // The line of the first problem left out.
    expect(ofFile('a.json')[50]).toMatch(
      /^graph-data\/records\/a\.json:52:\d+ {2}- {2}… and 10 more problems in graph-data\/records\/a\.json$/,
    );
    expect(ofFile('b.json')[50]).toMatch(/ {2}- {2}… and 1 more problem in graph-data\/records\/b\.json$/);
    expect(ofFile('c.json')).toHaveLength(50);
    expect(ofFile('c.json').some((line) => line.includes('more problem'))).toBe(false);
  });
});
