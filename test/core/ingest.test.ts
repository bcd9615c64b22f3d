// Ingesting a table source by mapping: the clean case (BOM, CRLF, quoted newlines, formula-like cells), each class of
// bad input with its message and place, "nothing half-ingested", row citations checked, and disagreements as warnings.
import { describe, expect, it } from 'vitest';
import { formatProblem, validateDataset, type DatasetInput, type ValidationResult } from '../../src/core/records/index.js';
import { BASE_RECORDS, SOURCE_TEXT, SOURCES_YAML } from './fixtures.js';

const TABLE_SOURCE = `${SOURCES_YAML}  - id: tab
    title: { zh: 表, en: Table }
    publisher: { zh: 某, en: Someone }
    date: '2025'
    table: sources/tab.csv
    credit: Someone, Table (CC BY 4.0)
`;

const MAPPING = `source: tab
key: Model
entities:
  - as: model
    kind: model
    attributes:
      released: { column: Date }
      parameters: { column: Parameters }
  - as: org
    each: { column: Organization, split: ',' }
    kind: company
relations:
  - { from: model, type: developed_by, to: org }
  - from: model
    type: in_modality
    to: { column: Domain, split: ',', map: { Vision: modality:vision, Biology: null } }
`;

const CSV =
  'Model,Organization,Date,Parameters,Domain\nSeedance 1.0,ByteDance,2025-06-11,,Vision\nAcmeNet,"Acme Labs, ByteDance",2024-01,7e9,"Vision,Biology"\n';

function run(
  table: string | Uint8Array,
  options: { mapping?: string; records?: Record<string, string>; resolution?: string; format?: string } = {},
): ValidationResult {
  const sources = options.format ? TABLE_SOURCE.replace('sources/tab.csv', `sources/tab.${options.format}`) : TABLE_SOURCE;
  const input: DatasetInput = {
    sourcesFile: { path: 'graph-data/sources.yaml', text: sources },
    recordFiles: Object.entries(options.records ?? { 'a.yaml': BASE_RECORDS }).map(([name, text]) => ({
      path: `graph-data/records/${name}`,
      text,
    })),
    sourceTexts: { rep: SOURCE_TEXT },
    sourceTables: {
      tab: { path: 'graph-data/sources/tab.csv', bytes: typeof table === 'string' ? new TextEncoder().encode(table) : table },
    },
    mappingFiles: [{ path: 'graph-data/mappings/tab.yaml', text: options.mapping ?? MAPPING }],
  };
  if (options.resolution) input.resolutionFile = { path: 'graph-data/resolution.yaml', text: options.resolution };
  return validateDataset(input);
}

const problems = (result: ValidationResult) => result.problems.map(formatProblem);
const ids = (result: ValidationResult) => result.dataset.entities.map((entity) => entity.id);
const RECORD_IDS = ['company:bytedance', 'product:doubao', 'modality:vision', 'track:image-analysis'];

describe('ingesting a table source', () => {
  it('makes entities and relations from the rows, merges ByteDance onto the records and cites every fact by row and cells', () => {
    const result = run(CSV);
    expect(problems(result)).toEqual([]);
    expect(ids(result)).toEqual([...RECORD_IDS, 'model:seedance-1-0', 'model:acmenet', 'company:acme-labs']);
    const bytedance = result.dataset.entities.find((entity) => entity.id === 'company:bytedance')!;
    expect(bytedance.sources.map((citation) => citation.source)).toEqual(['rep', 'tab']);
    const acme = result.dataset.entities.find((entity) => entity.id === 'model:acmenet')!;
    expect(acme).toMatchObject({ released: '2024-01', parameters: 7e9, name: { zh: 'AcmeNet', en: 'AcmeNet' } });
    expect(acme.sources).toEqual([
      { source: 'tab', row: 3, columns: ['Model', 'Date', 'Parameters'], values: { Model: 'AcmeNet', Date: '2024-01', Parameters: '7e9' } },
    ]);
    const links = result.dataset.relations.map((relation) => `${relation.from} ${relation.type} ${relation.to}`);
    expect(links).toEqual(
      expect.arrayContaining([
        'model:seedance-1-0 developed_by company:bytedance',
        'model:acmenet developed_by company:acme-labs',
        'model:acmenet developed_by company:bytedance',
        'model:acmenet in_modality modality:vision',
      ]),
    );
    expect(links.filter((link) => link.includes('Biology'))).toEqual([]);
    expect(result.ingest!.entries.find((entry) => entry.incoming === 'company:bytedance')).toMatchObject({
      outcome: 'merged',
      rule: 'name',
    });
  });

  it('reads a BOM, CRLF line ends, quoted newlines and keeps formula-like cells as text', () => {
    const csv =
      '\uFEFFModel,Organization,Date,Parameters,Domain\r\n"Two\r\nLines",ByteDance,2025,,\r\n=1+1,ByteDance,2025,,\r\n@SUM(A1),ByteDance,2025,,\r\n';
    const result = run(csv);
    expect(problems(result)).toEqual([]);
    const made = result.dataset.entities.filter((entity) => entity.id.startsWith('model:'));
    expect(made.map((entity) => [entity.id, entity.name.en])).toEqual([
      ['model:two-lines', 'Two Lines'],
      ['model:1-plus-1', '=1+1'],
      ['model:sum-a1', '@SUM(A1)'],
    ]);
    // Row numbers count records, not lines: the quoted newline makes row 3 start on line 4.
    expect(made[1].sources[0]).toMatchObject({ row: 3, values: { Model: '=1+1' } });
  });

  it('reports a mapping that names a missing column, at its line, and ingests nothing', () => {
    const result = run(CSV, { mapping: MAPPING.replace('{ column: Parameters }', '{ column: Params }') });
    expect(problems(result)).toEqual([
      expect.stringMatching(/^graph-data\/mappings\/tab\.yaml:8:\d+ {2}tab {2}column "Params" is not in graph-data\/sources\/tab\.csv/),
    ]);
    expect(ids(result)).toEqual(RECORD_IDS);
  });

  it('reports an unknown kind in the mapping', () => {
    const result = run(CSV, { mapping: MAPPING.replace('kind: model', 'kind: robot') });
    expect(problems(result)).toEqual([expect.stringMatching(/^graph-data\/mappings\/tab\.yaml:5:\d+ {2}- {2}entities\.0\.kind: /)]);
    expect(result.problemCount).toBe(1);
    expect(ids(result)).toEqual(RECORD_IDS);
  });

  it('reports unbalanced quotes with the row and line where the cell opens', () => {
    const result = run('Model,Organization,Date,Parameters,Domain\nA,ByteDance,2025,,\n"B,ByteDance,2025,,\nC,X,2025,,\n');
    expect(problems(result)).toEqual([
      'graph-data/mappings/tab.yaml:1:9  tab  source "tab" is not in sources.yaml with a readable table',
      'graph-data/sources/tab.csv:3:0  tab  unbalanced quote: a quoted cell opened on or after line 3 never closes',
    ]);
    expect(ids(result)).toEqual(RECORD_IDS);
  });

  it('refuses a table that is not UTF-8, naming the line', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Model,Organization,Date,Parameters,Domain\nA,'), 0xe9, 0x0a]);
    expect(problems(run(bytes))).toContain(
      'graph-data/sources/tab.csv:2:0  tab  not valid UTF-8 (byte 45, line 2): save the table as UTF-8',
    );
  });

  it('reports every bad row at once as file:row:column  key  message, and ingests none of them', () => {
    const csv = [
      'Model,Organization,Date,Parameters,Domain',
      'Good,ByteDance,2025,,Vision',
      'BadDate,ByteDance,2025-13-01,,',
      'BadNumber,ByteDance,2025,seven billion,',
      'BadDomain,ByteDance,2025,,Chemistry',
      ',ByteDance,2025,,',
      'Good,ByteDance,2024,,',
    ].join('\n');
    const result = run(csv);
    expect(problems(result)).toEqual([
      'graph-data/sources/tab.csv:3:3  BadDate  column "Date": "2025-13-01" is not a date of the calendar (month 13)',
      'graph-data/sources/tab.csv:4:4  BadNumber  column "Parameters": "seven billion" is not a number',
      'graph-data/sources/tab.csv:5:5  BadDomain  column "Domain": value "Chemistry" is not in the value map of in_modality',
      'graph-data/sources/tab.csv:6:1  -  empty key: column "Model" must name the row',
      'graph-data/sources/tab.csv:7:1  Good  duplicate key: row 2 has the same Model (leave one out with exclude)',
    ]);
    expect(ids(result)).toEqual(RECORD_IDS);
  });

  it('leaves out a duplicate row named in exclude, and refuses an exclusion that names the wrong row', () => {
    const csv = 'Model,Organization,Date,Parameters,Domain\nGood,ByteDance,2025,,\nGood,ByteDance,2025,,\n';
    const exclude = (row: number) =>
      MAPPING.replace('key: Model\n', `key: Model\nexclude:\n  - { row: ${row}, key: Good, note: listed twice }\n`);
    expect(problems(run(csv, { mapping: exclude(3) }))).toEqual([]);
    expect(problems(run(csv, { mapping: exclude(9) }))[0]).toMatch(
      /tab\.yaml:4:\d+ {2}Good {2}exclude: row 9 of graph-data\/sources\/tab\.csv is not the row of "Good"/,
    );
  });

  it('reports two rows that make one id, and an id that collides with an entity of another kind', () => {
    const twins = run('Model,Organization,Date,Parameters,Domain\nCALM,X,2025,,\nCaLM,Y,2025,,\n');
    expect(problems(twins)).toEqual([
      'graph-data/sources/tab.csv:3:1  CaLM  id collision: model:calm is also made from "CALM" (row 2); give one of them an id in ids',
    ]);
    const records = {
      'a.yaml': `${BASE_RECORDS.replace(
        'relations:',
        `  - id: organization:acme-labs
    name: { zh: 艾克米研究所, en: Acme Research Institute }
    sources: [{ source: rep, section: s, quote: 豆包 }]
relations:`,
      )}`,
    };
    const kinds = run(CSV, { records });
    expect(problems(kinds)).toEqual([
      'graph-data/sources/tab.csv:3:0  Acme Labs  id collision with another kind: company:acme-labs and organization:acme-labs name one thing; decide in resolution.yaml (same or distinct) or give it an id in ids',
    ]);
    const decided = run(CSV, {
      records,
      resolution: 'decisions:\n  - { incoming: company:acme-labs, same: organization:acme-labs, note: one lab }\n',
    });
    expect(problems(decided)).toEqual([]);
    expect(decided.dataset.relations.some((relation) => relation.to === 'organization:acme-labs')).toBe(true);
  });

  it('keeps both claims and warns when sources disagree on a release date or a developer; warnings leave the data valid', () => {
    const records = {
      'a.yaml': BASE_RECORDS.replace(
        'relations:',
        `  - id: model:acmenet
    name: { zh: AcmeNet, en: AcmeNet }
    released: '2023'
    date_editorial: { note: the fixture's date stated by no source }
    sources: [{ source: rep, section: s, quote: 豆包 }]
  - id: company:other
    name: { zh: 别家, en: Other }
    sources: [{ source: rep, section: s, quote: 豆包 }]
relations:
  - { from: model:acmenet, type: developed_by, to: company:other, sources: [{ source: rep, section: s, quote: 豆包 }] }`,
      ),
    };
    const result = run(CSV, { records });
    expect(problems(result)).toEqual([]);
    // (The fixture's own quote does not name its link's ends: the record checks warn about that too.)
    expect(result.warnings.map(formatProblem).filter((line) => line.includes('sources disagree'))).toEqual([
      'graph-data/sources/tab.csv:3:0  model:acmenet  warning: sources disagree on the developer of model:acmenet: tab says company:acme-labs, the records company:other (both kept)',
      'graph-data/sources/tab.csv:3:0  model:acmenet  warning: sources disagree on the developer of model:acmenet: tab says company:bytedance, the records company:other (both kept)',
      'graph-data/sources/tab.csv:3:3  AcmeNet  warning: sources disagree on the release date of model:acmenet: tab says 2024-01, the records 2023 (both kept)',
    ]);
    expect(result.problemCount).toBe(0);
    const acme = result.dataset.entities.find((entity) => entity.id === 'model:acmenet')!;
    expect(acme.released).toBe('2023');
    expect(acme.sources.map((citation) => citation.source)).toEqual(['rep', 'tab']);
    const developers = result.dataset.relations.filter((relation) => relation.from === 'model:acmenet' && relation.type === 'developed_by');
    expect(developers.map((relation) => relation.to).sort()).toEqual(['company:acme-labs', 'company:bytedance', 'company:other']);
  });

  it('checks a record that cites a table row: the row, the columns and the text of each cell', () => {
    const cite = (citation: string) => ({
      'a.yaml': BASE_RECORDS.replace(
        'relations:',
        `  - id: model:seedance
    name: { zh: Seedance, en: Seedance }
    sources: [${citation}]
relations:`,
      ),
    });
    const mapping = MAPPING.replace(/relations:[\s\S]*$/, '');
    const noMappings = (records: Record<string, string>) =>
      problems(run(CSV, { records, mapping: `${mapping}filter: [{ column: Model, in: [none] }]\n` }));
    expect(noMappings(cite('{ source: tab, row: 2, columns: [Model, Date], values: { Model: Seedance 1.0, Date: 2025-06-11 } }'))).toEqual(
      [],
    );
    expect(noMappings(cite('{ source: tab, row: 2, columns: [Model], values: { Model: Seedance 2.0 } }'))).toEqual([
      'graph-data/records/a.yaml:17:35  model:seedance  row 2, column "Model" holds "Seedance 1.0", not "Seedance 2.0"',
    ]);
    expect(noMappings(cite('{ source: tab, row: 9, columns: [Model], values: { Model: X } }'))[0]).toMatch(
      /model:seedance {2}row 9 is not a row of graph-data\/sources\/tab\.csv$/,
    );
    expect(noMappings(cite('{ source: tab, row: 2, columns: [Size], values: { Size: "1" } }'))[0]).toMatch(
      /column "Size" is not a column of/,
    );
    expect(noMappings(cite('{ source: rep, row: 2, columns: [Model], values: { Model: X } }'))[0]).toMatch(
      /source "rep" has no table to cite rows of/,
    );
  });
});

describe('a third source in another format, by mapping only', () => {
  const JSONL = [
    '{"name":"Zeta-7B","maker":"ByteDance","when":"2024-03-01","size":7000000000}',
    '',
    '{"name":"Eta","maker":"Eta Lab","when":"2023","size":null}',
  ].join('\n');
  const TSV = 'name\tmaker\twhen\tsize\nZeta-7B\tByteDance\t2024-03-01\t7000000000\nEta\tEta Lab\t2023\t\n';
  const mapping = `source: tab
key: name
entities:
  - { as: model, kind: model, attributes: { released: { column: when }, parameters: { column: size } } }
  - { as: maker, each: { column: maker }, kind: company }
relations:
  - { from: model, type: developed_by, to: maker }
`;
  for (const [format, table, rows] of [
    ['jsonl', JSONL, [1, 3]],
    ['tsv', TSV, [2, 3]],
  ] as const) {
    it(`reads ${format} and makes the same graph`, () => {
      const result = run(table, { mapping, format });
      expect(problems(result)).toEqual([]);
      expect(ids(result).slice(RECORD_IDS.length)).toEqual(['model:zeta-7b', 'model:eta', 'company:eta-lab']);
      const zeta = result.dataset.entities.find((entity) => entity.id === 'model:zeta-7b')!;
      expect(zeta).toMatchObject({ released: '2024-03-01', parameters: 7e9 });
      expect(result.dataset.entities.find((entity) => entity.id === 'model:eta')!.sources[0]).toMatchObject({ row: rows[1] });
      expect(result.dataset.relations.map((relation) => `${relation.from}>${relation.to}`)).toEqual(
        expect.arrayContaining(['model:zeta-7b>company:bytedance', 'model:eta>company:eta-lab']),
      );
    });
  }
});
