// YAML with positions: parse one file, keep its syntax tree so any path inside the data
// can be turned into file:line:col, and refuse keys that could pollute prototypes.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { FORBIDDEN_KEYS } from './forbidden-keys.js';
import { createJsonLocator, type JsonLocator } from './json-positions.js';
import type { Position, Problem, TextFile } from './types.js';

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
 * than the YAML parser; positions are then found in the text only if a problem needs one (json-positions.ts).
 */
function parseAsJson(path: string, text: string): ParsedYaml | undefined {
  if (!/^\s*[{[]/.test(text)) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  let positions: JsonLocator | undefined;
  const locator = () => (positions ??= createJsonLocator(text));
  const position = (offset: number): Position => ({ file: path, ...locator().lineCol(offset) });
  const located: ParsedYaml = {
    data,
    problems: [],
    locate: (at) => position(locator().valueAt(at)),
    locateKey: (at, key) => position(locator().keyAt(at, key)),
  };
  // One walk counts the keys JSON.parse kept and drops forbidden ones (noting where, for the messages below).
  const forbidden: [PropertyKey[], string][] = [];
  const keys = walkJson(data, [], forbidden);
  // JSON.parse keeps the last of two equal keys without a word; the YAML path reports them. It kept fewer keys
  // than the text has exactly when some object repeats a key.
  if (keys < 0 ? hasDuplicateKeys(text) : keys !== countJsonKeys(text)) return undefined;
  // Records are a few levels deep; a deeper file is refused here rather than overflowing the stack below.
  if (keys < 0) {
    return {
      ...located,
      data: undefined,
      problems: [{ file: path, line: 1, col: 1, id: '-', message: `values are nested deeper than ${MAX_JSON_DEPTH} levels` }],
    };
  }
  for (const [at, key] of forbidden) {
    located.problems.push({ ...located.locateKey(at, key), id: '-', message: `key "${key}" is not allowed` });
  }
  return located;
}

const MAX_JSON_DEPTH = 64;

/** Keys in the objects of a valid JSON text: a colon outside strings follows a key, and only a key. */
function countJsonKeys(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x3a /* : */) {
      count++;
    } else if (code === 0x22 /* " */) {
      // The closing quote is the next one not escaped, i.e. not after an odd run of backslashes.
      let end = text.indexOf('"', at + 1);
      for (;;) {
        let slashes = 0;
        while (text.charCodeAt(end - 1 - slashes) === 0x5c /* \ */) slashes++;
        if (slashes % 2 === 0) break;
        end = text.indexOf('"', end + 1);
      }
      at = end;
    }
  }
  return count;
}

/** Whether an object of a valid JSON text repeats a key. Iterative, so any depth is fine. */
function hasDuplicateKeys(text: string): boolean {
  const open: (Set<string> | null)[] = [];
  let keyNext = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '"') {
      let end = at + 1;
      while (text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      const keys = open[open.length - 1];
      if (keys && keyNext) {
        const key = JSON.parse(text.slice(at, end + 1)) as string;
        if (keys.has(key)) return true;
        keys.add(key);
        keyNext = false;
      }
      at = end;
    } else if (char === '{' || char === '[') {
      open.push(char === '{' ? new Set() : null);
      keyNext = char === '{';
    } else if (char === '}' || char === ']') {
      open.pop();
    } else if (char === ',') {
      keyNext = open[open.length - 1] !== null;
    }
  }
  return false;
}

/**
 * Counts the keys of every object under `value` (forbidden ones included), deletes the forbidden ones and
 * notes where they were. Returns -1, having stopped, when a value is nested deeper than MAX_JSON_DEPTH.
 * `path` is the path of `value`; it is shared along the walk and copied only for a forbidden key.
 */
function walkJson(value: unknown, path: PropertyKey[], forbidden: [PropertyKey[], string][]): number {
  if (value === null || typeof value !== 'object') return 0;
  // Children of this value would sit deeper than allowed.
  const deepest = path.length >= MAX_JSON_DEPTH;
  let keys = 0;
  if (Array.isArray(value)) {
    if (deepest && value.length > 0) return -1;
    for (let index = 0; index < value.length; index++) {
      const item: unknown = value[index];
      if (item === null || typeof item !== 'object') continue;
      path.push(index);
      const inner = walkJson(item, path, forbidden);
      path.pop();
      if (inner < 0) return -1;
      keys += inner;
    }
    return keys;
  }
  const object = value as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    keys++;
    if (FORBIDDEN_KEYS.has(key)) {
      keys += countKeys(object[key]);
      forbidden.push([[...path], key]);
      delete object[key];
      continue;
    }
    if (deepest) return -1;
    const item = object[key];
    if (item === null || typeof item !== 'object') continue;
    path.push(key);
    const inner = walkJson(item, path, forbidden);
    path.pop();
    if (inner < 0) return -1;
    keys += inner;
  }
  return keys;
}

/** Keys of every object under `value`, without recursion (the value of a forbidden key is not depth-checked). */
function countKeys(value: unknown): number {
  let keys = 0;
  const stack = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === null || typeof item !== 'object') continue;
    const values = Array.isArray(item) ? (item as unknown[]) : Object.values(item);
    if (!Array.isArray(item)) keys += values.length;
    for (const inner of values) stack.push(inner);
  }
  return keys;
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
