// `npm run export` as a user runs it: a child process over a small graph-data folder
// (LANDSCAPE_DATA_DIR), checking the files it writes and its exit codes and messages.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCsv, exportGexf } from '../../src/core/io/index.js';
import { hostileGraph } from './io-fixtures.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/export.ts');

const SOURCE_TEXT = `# 测试报告
2024年5月，字节跳动推出AI对话产品豆包。
字节跳动推出AI对话产品豆包，基于豆包大模型。
即梦AI是字节跳动的AI图像生成产品，属于AI图像生成赛道。
视觉模态包括AI图像生成产品。语音模态产品以AI语音解决方案为主。
C端产品多采用"免费+订阅制"的模式。
`;

const SOURCES_YAML = `sources:
  - id: fixture
    title: { zh: 测试报告, en: Test report }
    publisher: { zh: 测试, en: Tests }
    date: '2024'
    text: sources/fixture.md
`;

const cite = (quote: string) => `[{ source: fixture, section: 测试, quote: "${quote}" }]`;

const RECORDS = `entities:
  - { id: company:bytedance, name: { zh: 字节跳动, en: ByteDance }, aliases: [字节, "ByteDance, Ltd."], sources: ${cite('字节跳动推出AI对话产品豆包')} }
  - { id: product:doubao, name: { zh: 豆包, en: Doubao }, released: '2024-05', sources: ${cite('2024年5月，字节跳动推出AI对话产品豆包')} }
  - { id: model:doubao, name: { zh: 豆包大模型, en: Doubao model }, sources: ${cite('基于豆包大模型')} }
  - { id: product:jimeng, name: { zh: 即梦AI, en: Jimeng AI }, released: '2023', date_editorial: { note: a date for the test }, sources: ${cite('即梦AI是字节跳动的AI图像生成产品')} }
  - { id: modality:vision, name: { zh: 视觉, en: Vision }, sources: ${cite('视觉模态')} }
  - { id: modality:voice, name: { zh: 语音, en: Voice }, sources: ${cite('语音模态产品')} }
  - { id: track:image-generation, name: { zh: AI图像生成, en: AI image generation }, sources: ${cite('AI图像生成赛道')} }
  - { id: business_model:subscription, name: { zh: 订阅制, en: Subscription }, sources: ${cite('免费+订阅制')} }
relations:
  - { from: product:doubao, type: developed_by, to: company:bytedance, sources: ${cite('字节跳动推出AI对话产品豆包')} }
  - { from: model:doubao, type: developed_by, to: company:bytedance, editorial: { note: the report implies it } }
  - { from: product:doubao, type: powered_by, to: model:doubao, sources: ${cite('基于豆包大模型')} }
  - { from: product:jimeng, type: developed_by, to: company:bytedance, sources: ${cite('即梦AI是字节跳动的AI图像生成产品')} }
  - { from: product:jimeng, type: in_track, to: track:image-generation, sources: ${cite('属于AI图像生成赛道')} }
  - { from: track:image-generation, type: part_of, to: modality:vision, sources: ${cite('视觉模态包括AI图像生成产品')} }
  - { from: product:doubao, type: business_model, to: business_model:subscription, sources: ${cite('免费+订阅制')} }
`;

let dir: string;
let dataDir: string;
let brokenDir: string;

function writeDataDir(path: string, records: string): void {
  mkdirSync(join(path, 'records'), { recursive: true });
  mkdirSync(join(path, 'sources'), { recursive: true });
  writeFileSync(join(path, 'sources.yaml'), SOURCES_YAML);
  writeFileSync(join(path, 'sources/fixture.md'), SOURCE_TEXT);
  writeFileSync(join(path, 'records/10-fixture.yaml'), records);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'landscape-export-'));
  dataDir = join(dir, 'graph-data');
  writeDataDir(dataDir, RECORDS);
  brokenDir = join(dir, 'broken-data');
  writeDataDir(brokenDir, `${RECORDS}  - { from: product:doubao, type: in_track, to: track:nowhere, sources: ${cite('豆包')} }\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], data = dataDir): Promise<Run> {
  return new Promise((done, fail) => {
    // What `npm run export` runs (`tsx src/cli/export.ts`), without npx's start-up time.
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, LANDSCAPE_DATA_DIR: data },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe.concurrent('npm run export', { timeout: 120_000 }, () => {
  it('writes graphology JSON that Graph.from() reads back with names, kind and sources', async () => {
    const out = join(dir, 'all.json');
    const run = await runCli(['--format', 'json', '--out', out]);
    expect(run.stderr).toContain('export: 8 of 8 nodes, 7 of 7 edges');
    expect(run.code).toBe(0);
    const graph = Graph.from(JSON.parse(readFileSync(out, 'utf8')));
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(7);
    expect(graph.getNodeAttributes('company:bytedance')).toMatchObject({
      kind: 'company',
      nameZh: '字节跳动',
      nameEn: 'ByteDance',
      aliases: ['字节', 'ByteDance, Ltd.'],
      sources: [{ source: 'fixture', section: '测试', quote: '字节跳动推出AI对话产品豆包' }],
    });
    expect(graph.getNodeAttribute('company:bytedance', 'x')).toEqual(expect.any(Number));
    expect(graph.getEdgeAttributes('product:doubao|powered_by|model:doubao')).toMatchObject({
      relation: 'powered_by',
      sources: [expect.objectContaining({ source: 'fixture' })],
    });
  });

  it('writes a filtered GEXF holding exactly the matching nodes', async () => {
    const run = await runCli([
      '--format',
      'gexf',
      '--modality',
      'vision',
      '--kind',
      'product',
      '--kind',
      'track',
      '--out',
      `${join(dir, 'gexf')}/`,
    ]);
    expect(run.code).toBe(0);
    // Written into the folder under a name that says what is inside.
    const out = join(dir, 'gexf', 'landscape-vision-products-tracks.gexf');
    const graph = parseGexf(Graph, readFileSync(out, 'utf8'));
    expect(graph.nodes().sort()).toEqual(['product:jimeng', 'track:image-generation']);
    expect(graph.edges()).toEqual(['product:jimeng|in_track|track:image-generation']);
    expect(graph.getNodeAttributes('product:jimeng')).toMatchObject({ label: '即梦AI', nameEn: 'Jimeng AI', kind: 'product' });
  });

  it('exports the neighbourhood of a node, and the CSV pair to a folder, a prefix or a ZIP', async () => {
    const folder = join(dir, 'csv-folder') + '/';
    const ego = await runCli(['--format', 'csv', '--ego', 'model:doubao', '--depth', '1', '--out', folder]);
    expect(ego.code).toBe(0);
    const nodes = readFileSync(join(folder, 'nodes.csv'), 'utf8');
    expect(nodes.startsWith('\uFEFFId,Label,')).toBe(true);
    expect(
      nodes
        .split('\r\n')
        .filter((line) => /^[a-z_]+:/.test(line))
        .map((line) => line.split(',')[0])
        .sort(),
    ).toEqual(['company:bytedance', 'model:doubao', 'product:doubao']);
    expect(readFileSync(join(folder, 'edges.csv'), 'utf8').startsWith('\uFEFFSource,Target,Type,Id,Label,Relation')).toBe(true);

    const prefix = await runCli(['--format', 'neo4j-csv', '--company', 'bytedance', '--out', join(dir, 'neo', 'landscape')]);
    expect(prefix.code).toBe(0);
    for (const name of ['landscape-nodes.csv', 'landscape-relationships.csv', 'landscape-import-command.txt'])
      expect(existsSync(join(dir, 'neo', name))).toBe(true);

    const zip = await runCli(['--format', 'csv', '--out', join(dir, 'pair.zip')]);
    expect(zip.code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(join(dir, 'pair.zip'))));
    expect(Object.keys(files).sort()).toEqual(['CREDITS.txt', 'edges.csv', 'nodes.csv']);
    // The sources' credit travels with the data (this fixture's one source).
    expect(new TextDecoder().decode(files['CREDITS.txt'])).toBe('Sources: Tests, Test report (2024)\n');
  });

  it('converts a graph file given with --input, and a CSV pair given with --nodes and --edges', async () => {
    const input = join(dir, 'hostile.gexf');
    writeFileSync(input, exportGexf(hostileGraph()));
    const out = join(dir, 'hostile.graphml');
    const converted = await runCli(['--format', 'graphml', '--input', input, '--kind', 'product', '--out', out]);
    expect(converted.code).toBe(0);
    expect(converted.stderr).toContain('export: 1 of 7 nodes, 0 of 8 edges');
    expect(readFileSync(out, 'utf8')).toContain('<node id="product:doubao">');

    const pair = exportCsv(hostileGraph());
    writeFileSync(join(dir, 'in-nodes.csv'), pair.nodes);
    writeFileSync(join(dir, 'in-edges.csv'), pair.edges);
    const csv = await runCli([
      '--format',
      'cypher',
      '--nodes',
      join(dir, 'in-nodes.csv'),
      '--edges',
      join(dir, 'in-edges.csv'),
      '--ego',
      'model:doubao-pro',
      '--out',
      join(dir, 'ego.cypher'),
    ]);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toContain('export: 4 of 7 nodes');
    expect(readFileSync(join(dir, 'ego.cypher'), 'utf8')).toContain("MERGE (n:Entity {id: 'model:doubao-pro'}) SET n:Model");
  });

  it('--since/--until keep the nodes dated in the window, undated ones as --undated says; GEXF carries start dates', async () => {
    const hidden = join(dir, 'window-hide.gexf');
    const run = await runCli(['--format', 'gexf', '--since', '2024-01', '--until', '2024-12', '--undated', 'hide', '--out', hidden]);
    expect(run.stderr).toContain('export: 1 of 8 nodes');
    expect(run.code).toBe(0);
    const kept = join(dir, 'window-keep.gexf');
    expect((await runCli(['--format', 'gexf', '--since', '2024', '--out', kept])).stderr).toContain('export: 7 of 8 nodes');
    expect((await runCli(['--format', 'json', '--until', '2023', '--undated', 'hide', '--out', join(dir, 'w.json')])).stderr).toContain(
      'export: 1 of 8 nodes',
    );
    // Gephi's dynamic form: the graph in mode="dynamic" with dates, each dated node with its start.
    const xml = readFileSync(kept, 'utf8');
    const document = new DOMParser().parseFromString(xml, 'text/xml');
    const graphElement = document.getElementsByTagName('graph')[0];
    expect(graphElement.getAttribute('mode')).toBe('dynamic');
    expect(graphElement.getAttribute('timeformat')).toBe('date');
    const starts = Object.fromEntries(
      Array.from(document.getElementsByTagName('node')).map((node) => [
        node.getAttribute('id'),
        node.hasAttribute('start') ? node.getAttribute('start') : null,
      ]),
    );
    expect(starts['product:doubao']).toBe('2024-05-01');
    expect(starts['company:bytedance']).toBeNull();
    // graphology-gexf reads the file back, the date with its precision kept as an attribute.
    expect(parseGexf(Graph, xml).getNodeAttribute('product:doubao', 'released')).toBe('2024-05');
  });

  it('prints usage with --help', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: npm run export -- --format <format> --out PATH');
    expect(run.stdout).toContain('PATH ending in / or an existing directory');
  });

  it.each([
    [['--format', 'pdf', '--out', 'x'], 'unknown format "pdf"; formats are: json, gexf, graphml, csv, cypher, neo4j-csv'],
    [['--format', 'json'], '--out PATH is required'],
    [['--format', 'json', '--out', 'x', '--colour', 'red'], "Unknown option '--colour'"],
    [['--format', 'json', '--out', 'x', '--kind', 'robot'], 'unknown kind "robot"'],
    [['--format', 'json', '--out', 'x', '--modality', 'smell'], 'unknown modality "modality:smell"'],
    [['--format', 'json', '--out', 'x', '--company', 'bytedanse'], 'unknown company "company:bytedanse" (did you mean company:bytedance?)'],
    [['--format', 'json', '--out', 'x', '--ego', 'product:nothing'], 'unknown node "product:nothing" for --ego'],
    [['--format', 'json', '--out', 'x', '--ego', 'product:doubao', '--depth', '0'], '--depth must be a whole number from 1 to 3, got "0"'],
    [['--format', 'json', '--out', 'x', '--depth', '2'], '--depth needs --ego ID'],
    [['--format', 'json', '--out', 'x', '--kind', 'event'], 'the filters match no node; nothing written'],
    [['--format', 'json', '--out', 'x', '--nodes', 'n.csv'], '--nodes and --edges go together'],
    [['--format', 'json', '--out', 'x', '--since', '2024-13'], '--since: "2024-13" is not a date of the calendar (month 13)'],
    [['--format', 'json', '--out', 'x', '--since', '2024/1/5'], '--since: "2024/1/5" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)'],
    [['--format', 'json', '--out', 'x', '--until', '去年'], '--until: "去年" is not a date'],
    [['--format', 'json', '--out', 'x', '--since', '2024-05-13'], '--since: "2024-05-13" is a day; a range is of months'],
    [['--format', 'json', '--out', 'x', '--since', '2024-12', '--until', '2024-01'], '--since 2024-12 is after --until 2024-01'],
    [['--format', 'json', '--out', 'x', '--since', '2024', '--undated', 'maybe'], '--undated must be keep or hide, got "maybe"'],
    [['--format', 'json', '--out', 'x', '--undated', 'hide'], '--undated needs --since or --until'],
    [['--format', 'json', '--out', 'x', '--since', '2030', '--undated', 'hide'], 'the filters match no node; nothing written'],
  ])('exits 1 with a clear message: %j', async (args, message) => {
    const out = join(dir, `never-${args.join('-').replace(/\W+/g, '-')}.json`);
    const run = await runCli(args.map((arg) => (arg === 'x' ? out : arg)));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on invalid graph-data and prints every problem', async () => {
    const run = await runCli(['--format', 'json', '--out', join(dir, 'never.json')], brokenDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /records\/10-fixture\.yaml:\d+:\d+ +product:doubao -in_track-> track:nowhere +to "track:nowhere" is not a known entity/,
    );
    expect(run.stderr).toContain('graph-data has 1 problem(s); nothing exported.');
    expect(existsSync(join(dir, 'never.json'))).toBe(false);
  });

  it('exits 1 on a broken input file, with the file and line', async () => {
    const input = join(dir, 'truncated.gexf');
    const text = exportGexf(hostileGraph());
    writeFileSync(input, text.slice(0, text.indexOf('<edges>')));
    const run = await runCli(['--format', 'json', '--input', input, '--out', join(dir, 'never-truncated.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/truncated\.gexf:\d+: not valid XML: the file ends before <graph> \(opened on line 4\) is closed/);
  });
});
