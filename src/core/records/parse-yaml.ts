// YAML with positions: parse one file, keep its syntax tree so any path inside the data
// can be turned into file:line:col, and refuse keys that could pollute prototypes.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Position, Problem, TextFile } from './types.js';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParsedYaml {
  data: unknown;
  problems: Problem[];
  /** Position of the value at `path` (or of the nearest parent that exists). */
  locate(path: readonly PropertyKey[]): Position;
  /** Position of the key `key` inside the map at `path`. */
  locateKey(path: readonly PropertyKey[], key: string): Position;
}

const MAX_ALIAS_COUNT = 100;

export function parseYamlFile(file: TextFile): ParsedYaml {
  const text = file.text.startsWith('\uFEFF') ? file.text.slice(1) : file.text;
  return parseAsJson(file.path, text) ?? parseAsYaml(file.path, text);
}

/**
 * Fast path: a file that is JSON (which is also YAML) is read with JSON.parse, about fifty times faster
 * than the YAML parser; positions are then computed only if a problem needs one.
 */
function parseAsJson(path: string, text: string): ParsedYaml | undefined {
  if (!/^\s*[{[]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  let positions: ParsedYaml | undefined;
  const slow = () => (positions ??= parseAsYaml(path, text));
  const located: ParsedYaml = {
    data,
    problems: [],
    locate: (at) => slow().locate(at),
    locateKey: (at, key) => slow().locateKey(at, key),
  };
  dropForbiddenJsonKeys(data, [], (at, key) =>
    located.problems.push({ ...located.locateKey(at, key), id: '-', message: `key "${key}" is not allowed` }),
  );
  return located;
}

function dropForbiddenJsonKeys(value: unknown, path: PropertyKey[], report: (path: PropertyKey[], key: string) => void): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => dropForbiddenJsonKeys(item, [...path, index], report));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) {
        report(path, key);
        delete (value as Record<string, unknown>)[key];
      } else {
        dropForbiddenJsonKeys((value as Record<string, unknown>)[key], [...path, key], report);
      }
    }
  }
}

function parseAsYaml(path: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problems: Problem[] = [];

  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(Math.max(0, offset));
    return { file: path, line, col };
  };
  const nodeAt = (at: readonly PropertyKey[]): Node | undefined => {
    for (let n = at.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(at.slice(0, n) as unknown[], true);
      if (node && typeof node === 'object' && 'range' in node && node.range) return node as Node;
    }
    return undefined;
  };
  const locate = (at: readonly PropertyKey[]): Position => position(nodeAt(at)?.range?.[0] ?? 0);
  const locateKey = (at: readonly PropertyKey[], key: string): Position => {
    const node = nodeAt(at);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === key);
      if (pair && isScalar(pair.key) && pair.key.range) return position(pair.key.range[0]);
    }
    return position(node?.range?.[0] ?? 0);
  };

  for (const error of [...doc.errors, ...doc.warnings]) {
    const where = position(error.pos[0]);
    const message = error.message.split('\n')[0];
    problems.push({ ...where, id: '-', message: `YAML ${error.code === 'DUPLICATE_KEY' ? 'duplicate key' : 'syntax error'}: ${message}` });
  }
  if (doc.errors.length > 0) return { data: undefined, problems, locate, locateKey };

  removeForbiddenKeys(doc, doc.contents, (offset, key) =>
    problems.push({ ...position(offset), id: '-', message: `key "${key}" is not allowed` }),
  );

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    problems.push({ ...position(0), id: '-', message: `YAML could not be read: ${(error as Error).message}` });
  }
  return { data, problems, locate, locateKey };
}

function removeForbiddenKeys(doc: Document, node: unknown, report: (offset: number, key: string) => void): void {
  if (isMap(node)) {
    node.items = node.items.filter((pair) => {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key !== undefined && FORBIDDEN_KEYS.has(key)) {
        report(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0, key);
        return false;
      }
      removeForbiddenKeys(doc, pair.value, report);
      return true;
    });
  } else if (isSeq(node)) {
    for (const item of node.items) removeForbiddenKeys(doc, item, report);
  }
}
