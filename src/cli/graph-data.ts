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
  return { sourcesFile, recordFiles, sourceTexts: readSourceTexts(dir, sourcesFile.text) };
}

/** Best effort: a malformed sources.yaml is reported by the validator, not here. */
function readSourceTexts(dir: string, sourcesYaml: string): Record<string, string> {
  const texts: Record<string, string> = {};
  let parsed: unknown;
  try {
    parsed = parse(sourcesYaml.replace(/^\uFEFF/, ''));
  } catch {
    return texts;
  }
  const list = (parsed as { sources?: unknown })?.sources;
  if (!Array.isArray(list)) return texts;
  for (const entry of list) {
    const { id, text } = (entry ?? {}) as { id?: unknown; text?: unknown };
    if (typeof id !== 'string' || typeof text !== 'string') continue;
    const path = resolve(dir, text);
    if (!path.startsWith(resolve(dir))) continue;
    if (existsSync(path)) texts[id] = readFileSync(path, 'utf8');
  }
  return texts;
}
