// `npm run export -- --format F --out PATH [filters] [--input FILE | --nodes N.csv --edges E.csv]`:
// the report graph (or a graph file) → filtered with the viewer's filters → written atomically in
// one of the export formats. Progress and problems on stderr; exit 1 on any problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import type Graph from 'graphology';
import { parseRangeEnd } from '../core/dates/index.js';
import {
  computeVisibleNodes,
  MAX_EGO_DEPTH,
  MIN_EGO_DEPTH,
  normalizeFilter,
  type FilterState,
  type TimeFilter,
} from '../core/filters/index.js';
import { buildGraph } from '../core/graph/index.js';
import {
  EXPORT_FORMATS,
  computeExportFileName,
  computeSubgraph,
  computeZip,
  exportGraph,
  importCsv,
  importGraph,
  type DomParserLike,
  type ExportFormat,
  type ImportResult,
} from '../core/io/index.js';
import { ENTITY_KINDS, formatProblem } from '../core/records/index.js';
import { UsageError, exitWith, parseCliArgs, runCli } from './args.js';
import { DEFAULT_DATA_DIR } from './graph-data.js';
import { runPipeline } from './pipeline.js';
import { writeFileAtomic } from './write-file.js';

export const USAGE = `Usage: npm run export -- --format <format> --out PATH [filters] [input]

Formats:
  json        graphology JSON (lossless; Graph.from() reads it)
  gexf        GEXF 1.3 for Gephi
  graphml     GraphML for Cytoscape, yEd, NetworkX
  csv         nodes + edges tables in Gephi's spreadsheet convention (UTF-8 with BOM)
  cypher      a Cypher script for Neo4j (cypher-shell -f FILE)
  neo4j-csv   CSV files for neo4j-admin database import, with the command to run

Filters (repeatable; a node must match every kind of filter given, and any value of each):
  --kind K               entity kind (${ENTITY_KINDS.join(', ')})
  --modality M           modality, as an id or a slug: modality:vision or vision
  --track T              track (track:… or slug)
  --business-model B     business model (business_model:… or slug)
  --market M             target market (market:… or slug)
  --company C            company (company:… or slug)
  --ego ID [--depth N]   only the neighbourhood of node ID, N hops (${MIN_EGO_DEPTH}–${MAX_EGO_DEPTH}, default 1)
  --since D, --until D   only nodes dated in this window (D: YYYY or YYYY-MM, both ends included;
                         a date overlapping the window counts: 2024 is in --since 2024-06)
  --undated keep|hide    with --since/--until: keep undated nodes (default, as the viewer) or hide them

Input (default: graph-data/, validated and laid out; LANDSCAPE_DATA_DIR picks another folder):
  --input FILE           a GEXF, GraphML or graphology JSON file
  --nodes N.csv --edges E.csv
                         a pair of CSV tables (Id,Label,… / Source,Target,…)

Output:
  --out PATH             the file to write, atomically; an existing directory or a PATH ending
                         in / gets a file named after the filters (landscape-vision-tracks.gexf).
                         For csv and neo4j-csv (several files):
                         PATH ending in .zip → one ZIP archive;
                         PATH ending in / or an existing directory → files nodes.csv, edges.csv
                           (neo4j-csv: nodes.csv, relationships.csv, import-command.txt) inside it;
                         any other PATH is a prefix → PATH-nodes.csv, PATH-edges.csv, …

Example:
  npm run export -- --format gexf --modality vision --kind track --out landscape-vision-tracks.gexf
`;

/** Facet filters of the CLI: option name → filter facet and the kind of node its values are. */
const FACET_OPTIONS = {
  modality: { facet: 'modalities', kind: 'modality' },
  track: { facet: 'tracks', kind: 'track' },
  'business-model': { facet: 'businessModels', kind: 'business_model' },
  market: { facet: 'markets', kind: 'market' },
  company: { facet: 'companies', kind: 'company' },
} as const;

const OPTIONS = {
  format: { type: 'string' },
  out: { type: 'string' },
  kind: { type: 'string', multiple: true },
  modality: { type: 'string', multiple: true },
  track: { type: 'string', multiple: true },
  'business-model': { type: 'string', multiple: true },
  market: { type: 'string', multiple: true },
  company: { type: 'string', multiple: true },
  ego: { type: 'string' },
  since: { type: 'string' },
  until: { type: 'string' },
  undated: { type: 'string' },
  depth: { type: 'string' },
  input: { type: 'string' },
  nodes: { type: 'string' },
  edges: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const CLI = { name: 'export', usage: USAGE, options: OPTIONS };

type Values = ReturnType<typeof parseCliArgs<typeof OPTIONS>>;

const log = (message: string) => process.stderr.write(`${message}\n`);

export function nodeDomParser(): DomParserLike {
  const quiet = () => undefined;
  return new DOMParser({ errorHandler: { warning: quiet, error: quiet, fatalError: quiet } }) as unknown as DomParserLike;
}

function reportImport(result: ImportResult, name: (file?: 'nodes' | 'edges') => string): Graph {
  if (!result.ok) {
    const { error } = result;
    const where = `${name(error.file)}${error.line === undefined ? '' : `:${error.line}`}`;
    throw new UsageError(`${where}: ${error.message}`);
  }
  for (const warning of result.warnings)
    log(`warning: ${name(warning.file)}${warning.line === undefined ? '' : `:${warning.line}`}: ${warning.message}`);
  return result.graph;
}

function loadGraph(values: Values): Graph {
  if (values.input !== undefined && (values.nodes !== undefined || values.edges !== undefined)) {
    throw new UsageError('give either --input FILE or --nodes and --edges, not both');
  }
  if ((values.nodes === undefined) !== (values.edges === undefined))
    throw new UsageError('--nodes and --edges go together: a CSV graph is two files');
  const read = (path: string) => {
    if (!existsSync(path)) throw new UsageError(`${path}: no such file`);
    return new Uint8Array(readFileSync(path));
  };
  if (values.input !== undefined) {
    const input = values.input;
    log(`export: reading ${input}`);
    return reportImport(importGraph({ name: input, content: read(input) }, { domParser: nodeDomParser() }), () => input);
  }
  if (values.nodes !== undefined && values.edges !== undefined) {
    const paths = { nodes: values.nodes, edges: values.edges };
    log(`export: reading ${paths.nodes} and ${paths.edges}`);
    return reportImport(importCsv({ nodes: read(paths.nodes), edges: read(paths.edges) }), (file) => (file ? paths[file] : paths.nodes));
  }
  log(`export: reading ${DEFAULT_DATA_DIR}`);
  const result = runPipeline(DEFAULT_DATA_DIR, { onProgress: (done, total) => process.stderr.write(`\rexport: layout ${done}/${total}`) });
  if (result.layout.moved > 0) process.stderr.write('\n');
  if (result.problemCount > 0) {
    for (const problem of result.problems) log(formatProblem(problem));
    throw new UsageError(`graph-data has ${result.problemCount} problem(s); nothing exported. Run npm run validate for details.`);
  }
  return buildGraph(result.dataset, result.layout.positions);
}

function suggestions(graph: Graph, kind: string, wanted: string): string {
  const slug = wanted.slice(wanted.indexOf(':') + 1);
  const close = graph.filterNodes((node, attributes) => attributes.kind === kind && node.includes(slug.slice(0, 4))).slice(0, 5);
  return close.length > 0 ? ` (did you mean ${close.join(', ')}?)` : '';
}

function buildFilter(graph: Graph, values: Values): FilterState {
  const kindsInGraph = new Set(graph.mapNodes((_node, attributes) => attributes.kind).filter((kind) => typeof kind === 'string'));
  const kinds = values.kind ?? [];
  for (const kind of kinds) {
    if (!(ENTITY_KINDS as readonly string[]).includes(kind) && !kindsInGraph.has(kind)) {
      throw new UsageError(`unknown kind "${kind}"; kinds are: ${[...new Set([...ENTITY_KINDS, ...kindsInGraph])].join(', ')}`);
    }
  }
  const filter: Partial<FilterState> = { kinds };
  for (const [option, { facet, kind }] of Object.entries(FACET_OPTIONS)) {
    const ids = (values[option as keyof typeof FACET_OPTIONS] ?? []).map((value) => (value.includes(':') ? value : `${kind}:${value}`));
    for (const id of ids) {
      const inFacets = graph.someNode((_node, attributes) => Array.isArray(attributes[facet]) && attributes[facet].includes(id));
      if (!graph.hasNode(id) && !inFacets) throw new UsageError(`unknown ${option} "${id}"${suggestions(graph, kind, id)}`);
    }
    filter[facet] = ids;
  }
  if (values.ego !== undefined) {
    if (!graph.hasNode(values.ego)) throw new UsageError(`unknown node "${values.ego}" for --ego`);
    filter.ego = { id: values.ego, depth: egoDepth(values) };
  }
  filter.time = timeWindow(values);
  return normalizeFilter(filter);
}

/** The time window of --since/--until/--undated, or null without --since and --until. */
function timeWindow(values: Values): TimeFilter | null {
  const end = (option: 'since' | 'until') => {
    const text = values[option];
    if (text === undefined) return undefined;
    const parsed = parseRangeEnd(text);
    if ('error' in parsed) throw new UsageError(`--${option}: ${parsed.error}`);
    return parsed.value;
  };
  const since = end('since');
  const until = end('until');
  const undated = values.undated;
  if (undated !== undefined && undated !== 'keep' && undated !== 'hide')
    throw new UsageError(`--undated must be keep or hide, got "${undated}"`);
  if (since === undefined && until === undefined) {
    if (undated !== undefined) throw new UsageError('--undated needs --since or --until');
    return null;
  }
  const window = { from: since?.firstMonth ?? 0, until: until?.lastMonth ?? LAST_MONTH };
  if (window.from > window.until) throw new UsageError(`--since ${values.since} is after --until ${values.until}`);
  return { ...window, undated: undated ?? 'keep' };
}

/** The last month of year 9999: --since without --until runs to the end of time. */
const LAST_MONTH = 9999 * 12 + 11;

function egoDepth(values: Values): number {
  if (values.depth !== undefined && values.ego === undefined) throw new UsageError('--depth needs --ego ID');
  const depth = values.depth === undefined ? MIN_EGO_DEPTH : Number(values.depth);
  if (!Number.isInteger(depth) || depth < MIN_EGO_DEPTH || depth > MAX_EGO_DEPTH) {
    throw new UsageError(`--depth must be a whole number from ${MIN_EGO_DEPTH} to ${MAX_EGO_DEPTH}, got "${values.depth}"`);
  }
  return depth;
}

function writeOutput(out: string, format: ExportFormat, graph: Graph, filter: FilterState): string[] {
  const files = exportGraph(graph, format);
  const isDirectory = out.endsWith('/') || (existsSync(out) && statSync(out).isDirectory());
  if (files.length === 1) {
    // Into a folder, the file is named after what it holds: landscape-vision-tracks.gexf.
    const path = isDirectory ? join(out, computeExportFileName({ filters: filter, format })) : out;
    writeFileAtomic(path, files[0].content);
    return [path];
  }
  if (out.endsWith('.zip')) {
    writeFileAtomic(out, computeZip(files));
    return [out];
  }
  const prefix = out.replace(/\.csv$/, '');
  const paths = files.map((file) => (isDirectory ? join(out, file.name) : `${prefix}-${file.name}`));
  files.forEach((file, index) => writeFileAtomic(paths[index], file.content));
  return paths;
}

export function main(argv: string[]): number {
  const values: Values = parseCliArgs(CLI, argv);
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required: one of ${EXPORT_FORMATS.join(', ')}`);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`unknown format "${format}"; formats are: ${EXPORT_FORMATS.join(', ')}`);
  }
  if (!values.out) throw new UsageError('--out PATH is required');
  // Mistakes that need no graph are reported before the (slower) reading of one.
  egoDepth(values);
  timeWindow(values);

  const graph = loadGraph(values);
  const filter = buildFilter(graph, values);
  const visible = computeVisibleNodes(graph, filter);
  if (visible.size === 0) throw new UsageError('the filters match no node; nothing written');
  const subgraph = visible.size === graph.order ? graph : computeSubgraph(graph, visible);
  const paths = writeOutput(values.out, format as ExportFormat, subgraph, filter);
  log(`export: ${subgraph.order} of ${graph.order} nodes, ${subgraph.size} of ${graph.size} edges → ${paths.join(', ')}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  exitWith(runCli(CLI, () => main(process.argv.slice(2))));
}
