// Node-side reading of graph-data/: the files the core validates, plus each source's text.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { DatasetInput, TextFile } from '../core/records/index.js';

/** graph-data/ of this checkout, or LANDSCAPE_DATA_DIR (another data set, e.g. a generated one for benchmarks). */
export const DEFAULT_DATA_DIR = process.env.LANDSCAPE_DATA_DIR
  ? resolve(process.env.LANDSCAPE_DATA_DIR)
  : resolve(import.meta.dirname, '../../graph-data');

function readText(path: string, root: string): TextFile {
  return { path: relative(process.cwd(), path) || root, text: readFileSync(path, 'utf8') };
}

/** Reads sources.yaml, every records/*.yaml (sorted, so the order never depends on the disk) and the source texts. */
export function readGraphData(dir = DEFAULT_DATA_DIR): DatasetInput {
  const sourcesPath = join(dir, 'sources.yaml');
  const sourcesFile = existsSync(sourcesPath) ? readText(sourcesPath, dir) : { path: relative(process.cwd(), sourcesPath), text: '' };
  const recordsDir = join(dir, 'records');
  const names = existsSync(recordsDir)
    ? readdirSync(recordsDir)
        .filter((name) => /\.(ya?ml|json)$/.test(name))
        .sort()
    : [];
  const recordFiles = names.map((name) => readText(join(recordsDir, name), dir));
  const mappingsDir = join(dir, 'mappings');
  const mappingFiles = existsSync(mappingsDir)
    ? readdirSync(mappingsDir)
        .filter((name) => /\.ya?ml$/.test(name))
        .sort()
        .map((name) => readText(join(mappingsDir, name), dir))
    : [];
  const resolutionPath = join(dir, 'resolution.yaml');
  const input: DatasetInput = { sourcesFile, recordFiles, ...readSourceFiles(dir, sourcesFile.text), mappingFiles };
  if (existsSync(resolutionPath)) input.resolutionFile = readText(resolutionPath, dir);
  return input;
}

/** Best effort: a malformed sources.yaml is reported by the validator, not here. Tables are read as bytes (decoded strictly by the core). */
function readSourceFiles(dir: string, sourcesYaml: string): Pick<DatasetInput, 'sourceTexts' | 'sourceTables'> {
  const texts: Record<string, string> = {};
  const tables: NonNullable<DatasetInput['sourceTables']> = {};
  let parsed: unknown;
  try {
    parsed = parse(sourcesYaml.replace(/^\uFEFF/, ''));
  } catch {
    return { sourceTexts: texts, sourceTables: tables };
  }
  const list = (parsed as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) return { sourceTexts: texts, sourceTables: tables };
  const inside = (relativePath: string): string | undefined => {
    const path = resolve(dir, relativePath);
    return path.startsWith(resolve(dir)) && existsSync(path) ? path : undefined;
  };
  for (const entry of list) {
    const { id, text, table } = (entry ?? {}) as { id?: unknown; text?: unknown; table?: unknown };
    if (typeof id !== 'string') continue;
    const textPath = typeof text === 'string' ? inside(text) : undefined;
    if (textPath) texts[id] = readFileSync(textPath, 'utf8');
    const tablePath = typeof table === 'string' ? inside(table) : undefined;
    if (tablePath) tables[id] = { path: relative(process.cwd(), tablePath) || tablePath, bytes: readFileSync(tablePath) };
  }
  return { sourceTexts: texts, sourceTables: tables };
}
