// `npm run bench [-- --sizes 1000,10000,100000 --runs 3 --no-browser]`: measures the pipeline and the viewer on
// synthetic landscapes, and bare sigma on the same bundles as the floor. Prints a table, then one JSON line per figure.
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import os from 'node:os';
import { computeBundle, decodeCompactBundle, encodeCompactBundle } from '../core/bundle/index.js';
import { buildGraph } from '../core/graph/index.js';
import { computeLayout, type Positions } from '../core/layout/index.js';
import { validateDataset, type Dataset } from '../core/records/index.js';
import { ingestSources } from '../core/ingest/index.js';
import {
  checkSynthSize,
  generateLandscape,
  generateModelTable,
  renderDatasetInput,
  SYNTH_TABLE_MAPPING,
  SYNTH_TABLE_SOURCE_ID,
} from '../core/synth/index.js';
import { decodeTableText, readTable } from '../core/tables/index.js';
import { UsageError, exitWith, parseCliArgs, runCli } from './args.js';
import { findChromium } from './find-chromium.js';
import { computeAnalysisIndex, computeCommunities, computeMetric, computePaths, HUB_KINDS } from '../core/analysis/index.js';
import { measureBrowser, type BrowserFigures } from './bench-browser.js';
import { benchForeignGraph, generateForeignBundle } from './bench-foreign.js';
import { time } from './bench-time.js';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = join(ROOT, 'bench-output');

interface Figure {
  figure: string;
  size: number | null;
  unit: 'ms' | 'MB' | 'KB' | 'ratio';
  median: number;
  min: number;
  max: number;
  runs: number;
}

const figures: Figure[] = [];
const failures: string[] = [];

function record(figure: string, size: number | null, unit: Figure['unit'], samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  const round = (n: number) => Number(n.toPrecision(unit === 'ratio' ? 3 : 5));
  figures.push({ figure, size, unit, median: round(median), min: round(sorted[0]), max: round(sorted.at(-1)!), runs: samples.length });
}

async function step(name: string, run: () => Promise<void> | void): Promise<void> {
  process.stderr.write(`bench: ${name}…\n`);
  try {
    await run();
  } catch (error) {
    const message = `${name}: ${(error as Error).message.split('\n')[0]}`;
    failures.push(message);
    process.stderr.write(`bench: FAILED ${message}\n`);
  }
}

/** +1% records: new products made by existing companies, in existing tracks. */
function growByOnePercent(dataset: Dataset): Dataset {
  const companies = dataset.entities.filter((e) => e.id.startsWith('company:')).map((e) => e.id);
  const tracks = dataset.entities.filter((e) => e.id.startsWith('track:')).map((e) => e.id);
  const count = Math.max(1, Math.round(dataset.entities.length / 100));
  const cite = dataset.entities[0].sources;
  const entities = [...dataset.entities];
  const relations = [...dataset.relations];
  for (let i = 0; i < count; i++) {
    const id = `product:added-${i}`;
    entities.push({ id, name: { zh: `新增产品${i}`, en: `Added product ${i}` }, sources: cite });
    relations.push({ from: id, type: 'developed_by', to: companies[(i * 7) % companies.length], sources: cite });
    relations.push({ from: id, type: 'in_track', to: tracks[(i * 13) % tracks.length], sources: cite });
  }
  return { ...dataset, entities, relations };
}

function shippedJsGzipKb(dist: string): number {
  const assets = join(dist, 'assets');
  let total = 0;
  for (const name of readdirSync(assets)) if (name.endsWith('.js')) total += gzipSync(readFileSync(join(assets, name))).length;
  return total / 1024;
}

/**
 * Reading, mapping and resolving a generated table of `rows` models against a 10k-entity landscape: the
 * matcher must stay near-linear (blocking by normalised name, no all-pairs comparison).
 */
async function benchIngest(rows: number, runs: number): Promise<void> {
  await step(`ingest ${rows} rows: read + map + resolve + merge`, () => {
    const dataset = generateLandscape({ nodes: 10_000, seed: 1 });
    const bytes = new TextEncoder().encode(generateModelTable(dataset, rows));
    const samples: number[] = [];
    const cpuSamples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const cpu = process.cpuUsage();
      const [ms, result] = time(() => {
        const decoded = decodeTableText('table.csv', bytes);
        if ('problem' in decoded) throw new Error(decoded.problem.message);
        const read = readTable('table.csv', decoded.text, 'csv');
        if (!read.ok) throw new Error(read.problems[0].message);
        return ingestSources({
          dataset,
          tables: new Map([[SYNTH_TABLE_SOURCE_ID, read.table]]),
          mappingFiles: [{ path: 'mapping.yaml', text: SYNTH_TABLE_MAPPING }],
        });
      });
      const errors = result.problems.filter((problem) => problem.severity !== 'warning');
      if (errors.length > 0) throw new Error(errors[0].message);
      samples.push(ms);
      const used = process.cpuUsage(cpu);
      cpuSamples.push((used.user + used.system) / 1000);
      const merged = result.report.entries.filter((entry) => entry.outcome === 'merged').length;
      process.stderr.write(
        `bench: ${(ms / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s); ${merged} merged, ${result.report.createdEntities} created\n`,
      );
    }
    record('ingest.read_map_resolve_merge', rows, 'ms', samples);
    // On a shared machine the wall time says how busy it is; the process's CPU time says what the step costs.
    record('ingest.read_map_resolve_merge_cpu', rows, 'ms', cpuSamples);
  });
}

const CLI = {
  name: 'bench',
  usage: `usage: npm run bench [-- --sizes 1000,10000,100000] [--runs 3] [--no-browser] [--ingest-rows N | --ingest-only N] [--foreign-only]

Measures the pipeline and the viewer against bare sigma on generated landscapes, and the ingestion of a generated
model table of N rows (default 100000; --ingest-only N runs that case alone), and a generated foreign GEXF of each
size (--foreign-only runs those alone); prints medians and spreads and
writes bench-output/results.json. Not part of npm test.`,
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    runs: { type: 'string', default: '3' },
    'no-browser': { type: 'boolean', default: false },
    'ingest-only': { type: 'string' },
    'ingest-rows': { type: 'string', default: '100000' },
    'foreign-only': { type: 'boolean', default: false },
  },
} as const;

async function main(): Promise<number> {
  const values = parseCliArgs(CLI, process.argv.slice(2));
  const sizes = values.sizes.split(',').map((text) => Number(text.trim()));
  const runs = Number(values.runs);
  const bad = sizes.map((size) => checkSynthSize(size)).find(Boolean);
  if (bad || !Number.isInteger(runs) || runs < 1 || runs > 50) {
    throw new UsageError(bad ?? `--runs must be a whole number from 1 to 50, got "${values.runs}"`);
  }
  const ingestRows = Number(values['ingest-only'] ?? values['ingest-rows']);
  if (!Number.isInteger(ingestRows) || ingestRows < 1 || ingestRows > 2_000_000) {
    throw new UsageError(`--ingest-rows must be a whole number from 1 to 2000000, got "${values['ingest-only'] ?? values['ingest-rows']}"`);
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(join(OUT, 'bundles'), { recursive: true });
  if (values['foreign-only']) {
    for (const size of sizes)
      await step(`foreign graph ${size}: attribute facets, ranges and histograms`, () => benchForeignGraph(size, runs, record));
    return report(runs);
  }
  await benchIngest(ingestRows, runs);
  if (values['ingest-only'] !== undefined) return report(runs);

  const bundles: BenchBundle[] = [];
  const pathEnds: Record<number, [string, string]> = {};
  for (const size of sizes) {
    const dataset = generateLandscape({ nodes: size, seed: 1 });
    const input = renderDatasetInput(dataset);
    let positions: Positions = {};
    await step(`pipeline ${size}: parse + validate + build`, () => {
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) {
        const [ms, graph] = time(() => {
          const { dataset, ends } = validateDataset(input);
          return buildGraph(dataset, {}, ends);
        });
        if (graph.order !== size) throw new Error(`built ${graph.order} nodes, expected ${size}`);
        samples.push(ms);
      }
      record('pipeline.parse_validate_build', size, 'ms', samples);
    });
    const graph = buildGraph(dataset);
    const layoutRuns = size >= 100_000 ? 1 : runs;
    await step(`pipeline ${size}: fresh layout`, () => {
      const samples: number[] = [];
      for (let i = 0; i < layoutRuns; i++) {
        const [ms, result] = time(() => computeLayout(graph, { fresh: true }));
        positions = result.positions;
        samples.push(ms);
      }
      record('pipeline.layout_fresh', size, 'ms', samples);
    });
    await step(`pipeline ${size}: incremental layout after +1% records`, () => {
      const grown = buildGraph(growByOnePercent(dataset));
      const samples: number[] = [];
      for (let i = 0; i < runs; i++) samples.push(time(() => computeLayout(grown, { cache: positions }))[0]);
      record('pipeline.layout_incremental_1pct', size, 'ms', samples);
      const fresh = figures.find((f) => f.figure === 'pipeline.layout_fresh' && f.size === size);
      if (fresh)
        record('pipeline.layout_incremental_ratio', size, 'ratio', [
          samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] / fresh.median,
        ]);
    });
    await step(`bundle ${size}`, () => {
      const file = `bundles/${size}.json`;
      const bundle = computeBundle(dataset, positions);
      const text = JSON.stringify(bundle);
      writeFileSync(join(OUT, file), text);
      recordWire('bundle', size, text);
      bundles.push({ size, file, variant: 'landscape' });
      // The compact form of the same bundle: bytes, and decoding against parsing the JSON.
      const compact = JSON.stringify(encodeCompactBundle(bundle));
      writeFileSync(join(OUT, `bundles/${size}.compact.json`), compact);
      recordWire('bundle.compact', size, compact);
      record('bundle.compact_share', size, 'ratio', [Buffer.byteLength(compact) / Buffer.byteLength(text)]);
      bundles.push({ size, file: `bundles/${size}.compact.json`, variant: 'compact' });
      // A graph of another shape, positions only: what the viewer fills in, against bare sigma on the same file.
      const foreign = generateForeignBundle(size);
      writeFileSync(join(OUT, `bundles/foreign-${size}.json`), foreign);
      recordWire('bundle.foreign', size, foreign);
      bundles.push({ size, file: `bundles/foreign-${size}.json`, variant: 'foreign' });
      const parse: number[] = [];
      const decode: number[] = [];
      for (let i = 0; i < runs; i++) {
        parse.push(time(() => JSON.parse(text))[0]);
        decode.push(time(() => decodeCompactBundle(JSON.parse(compact)))[0]);
      }
      record('bundle.json_parse', size, 'ms', parse);
      record('bundle.compact_parse_decode', size, 'ms', decode);
    });
    await step(`analysis ${size}: paths, PageRank, sampled betweenness, Louvain (Node, one thread)`, () => {
      const graph = buildGraph(dataset);
      const [indexMs, index] = time(() => computeAnalysisIndex(graph));
      record('analysis.index', size, 'ms', [indexMs]);
      const products = index.ids.filter((id) => id.startsWith('product:'));
      pathEnds[size] = [products[7919 % products.length], products[(104_729 + 13) % products.length]];
      const paths: number[] = [];
      for (let i = 0; i < 5; i++) {
        const [from, to] = [products[(i * 7919) % products.length], products[(i * 104_729 + 13) % products.length]];
        paths.push(time(() => computePaths(graph, from, to, { index, avoidKinds: HUB_KINDS }))[0]);
      }
      record('analysis.path_query', size, 'ms', paths);
      const measure = (figure: string, run: () => unknown) => {
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) samples.push(time(run)[0]);
        record(figure, size, 'ms', samples);
      };
      measure('analysis.pagerank', () => computeMetric(graph, 'pagerank', { index }));
      measure('analysis.betweenness', () => computeMetric(graph, 'betweenness', { index }));
      measure('analysis.louvain', () => computeCommunities(graph, { index }));
    });
  }

  for (const size of sizes)
    await step(`foreign graph ${size}: attribute facets, ranges and histograms`, () => benchForeignGraph(size, runs, record));

  if (!values['no-browser']) {
    await step('production build and shipped JS', async () => {
      const { build } = await import('vite');
      await build({
        root: ROOT,
        logLevel: 'warn',
        build: {
          outDir: join(OUT, 'site'),
          emptyOutDir: true,
          rollupOptions: { input: { main: join(ROOT, 'index.html'), bare: join(ROOT, 'src/bench/bare.html') } },
        },
      });
      await build({ root: ROOT, logLevel: 'warn', build: { outDir: join(OUT, 'site-app'), emptyOutDir: true } });
      record('build.shipped_js_gzip', null, 'KB', [shippedJsGzipKb(join(OUT, 'site-app'))]);
    });
    await step('browser', async () => {
      const results: BrowserFigures[] = await measureBrowser({
        chrome: findChromium({ install: false }),
        siteDir: join(OUT, 'site'),
        bundlesDir: join(OUT, 'bundles'),
        bundles,
        runs,
        pathEnds,
        onFailure: (message) => {
          failures.push(message);
          process.stderr.write(`bench: FAILED ${message}\n`);
        },
        onProgress: (message) => process.stderr.write(`bench: ${message}\n`),
      });
      for (const result of results) record(result.figure, result.size, result.unit, result.samples);
      recordRatiosToBare(sizes);
    });
  }

  return report(runs);
}

/**
 * Each case's figures over bare sigma's in the same run: our first frame and whole graph (by the frame callback, and
 * rasterised) and the heap. The compact bundle is set against bare sigma on the JSON one (bare sigma reads
 * graphology's JSON); the foreign graph against bare sigma on the foreign file.
 */
function recordRatiosToBare(sizes: readonly number[]): void {
  const median = (figure: string, size: number) => figures.find((f) => f.figure === figure && f.size === size)?.median;
  const pairs: [ours: string, bare: string, ratio: string][] = [
    ['load_to_ready', 'bare_load_to_ready', 'load_ratio_to_bare'],
    ['load_to_complete', 'bare_load_to_ready', 'complete_ratio_to_bare'],
    ['load_to_drawn', 'bare_load_to_drawn', 'drawn_ratio_to_bare'],
    ['load_to_complete_drawn', 'bare_load_to_drawn', 'complete_drawn_ratio_to_bare'],
    ['heap_after_load', 'bare_heap_after_load', 'heap_ratio_to_bare'],
  ];
  for (const size of sizes)
    for (const [variant, bareVariant] of [
      ['', ''],
      ['compact_', ''],
      ['foreign_', 'foreign_'],
    ])
      for (const [ours, bare, ratio] of pairs) {
        const a = median(`browser.${variant}${ours}`, size);
        const b = median(`browser.${bareVariant}${bare}`, size);
        if (a !== undefined && b !== undefined) record(`browser.${variant}${ratio}`, size, 'ratio', [a / b]);
      }
}

type BenchBundle = { size: number; file: string; variant: 'landscape' | 'compact' | 'foreign' };

/** Bytes on the wire: raw, gzip (level 6, as servers use by default) and brotli (quality 5, a common dynamic level). */
function recordWire(name: string, size: number, text: string): void {
  const bytes = Buffer.from(text);
  record(`${name}.size`, size, 'MB', [bytes.length / 1e6]);
  record(`${name}.size_gzip`, size, 'MB', [gzipSync(bytes).length / 1e6]);
  const brotli = brotliCompressSync(bytes, {
    params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 5, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  record(`${name}.size_brotli`, size, 'MB', [brotli.length / 1e6]);
}

function report(runs: number): number {
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nAI Landscape Graph bench — ${new Date().toISOString().slice(0, 10)} — ${machine} — ${runs} run(s), median [min–max]\n`);
  console.log('| figure | size | median | spread |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const f of figures) console.log(`| ${f.figure} | ${f.size ?? '-'} | ${f.median} ${f.unit} | ${f.min}–${f.max} |`);
  console.log('');
  for (const f of figures) console.log(JSON.stringify(f));
  writeFileSync(join(OUT, 'results.json'), JSON.stringify({ machine, date: new Date().toISOString(), figures, failures }, null, 2));
  if (failures.length > 0) {
    console.error(`\nbench: ${failures.length} step(s) failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
    return 1;
  }
  return 0;
}

exitWith(runCli(CLI, main));
