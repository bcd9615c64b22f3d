// Positions inside a valid JSON text without a YAML parse: the offset of the value at a path (or of the nearest
// parent that exists) and of a key in an object, found by walking the text along the path and skipping every value
// beside it. A record file of a large landscape is JSON; when a warning needs a position, parsing the whole file
// again as YAML cost about half a second per megabyte.
import { lineIndex } from '../io/lines.js';

export interface JsonLocator {
  /** Offset of the value at `path`, or of the nearest parent that exists. */
  valueAt(path: readonly PropertyKey[]): number;
  /** Offset of key `key` in the object at `path`; of the value at `path` when it has no such key. */
  keyAt(path: readonly PropertyKey[], key: string): number;
  /** 1-based line and column of an offset. */
  lineCol(offset: number): { line: number; col: number };
}

const WHITESPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

export function createJsonLocator(text: string): JsonLocator {
  const skipSpace = (at: number) => {
    while (at < text.length && WHITESPACE.has(text.charCodeAt(at))) at++;
    return at;
  };
  /** The offset just past the string that opens at `at`. */
  const skipString = (at: number) => {
    for (let end = at + 1; end < text.length; end++) {
      const code = text.charCodeAt(end);
      if (code === 0x5c /* \ */) end++;
      else if (code === 0x22 /* " */) return end + 1;
    }
    return text.length;
  };
  /** The offset just past the value that starts at `at`. */
  const skipValue = (at: number) => {
    const code = text.charCodeAt(at);
    if (code === 0x22) return skipString(at);
    if (code !== 0x7b /* { */ && code !== 0x5b /* [ */) {
      while (at < text.length && !',]} \t\n\r'.includes(text[at])) at++;
      return at;
    }
    let depth = 0;
    for (; at < text.length; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x22) at = skipString(at) - 1;
      else if (c === 0x7b || c === 0x5b) depth++;
      else if (c === 0x7d || c === 0x5d) {
        depth--;
        if (depth === 0) return at + 1;
      }
    }
    return text.length;
  };
  // Where each element of an array starts, found in one pass when the array is first entered: a file's records are
  // one long array, and the warnings of a large landscape are located in it a hundred times.
  const elements = new Map<number, number[]>();
  const elementsOf = (at: number): number[] => {
    let found = elements.get(at);
    if (found !== undefined) return found;
    found = [];
    for (let next = skipSpace(at + 1); next < text.length && text.charCodeAt(next) !== 0x5d;) {
      found.push(next);
      next = skipSpace(skipValue(next));
      if (text.charCodeAt(next) === 0x2c /* , */) next = skipSpace(next + 1);
    }
    elements.set(at, found);
    return found;
  };
  /** Offset of the member `step` of the object or array at `at` (and of its key), or undefined. */
  const member = (at: number, step: PropertyKey): { value: number; key?: number } | undefined => {
    const open = text.charCodeAt(at);
    let next = skipSpace(at + 1);
    if (open === 0x5b && typeof step === 'number') {
      const value = elementsOf(at)[step];
      return value === undefined ? undefined : { value };
    }
    if (open === 0x7b && typeof step === 'string') {
      while (next < text.length && text.charCodeAt(next) === 0x22) {
        const keyEnd = skipString(next);
        const name = JSON.parse(text.slice(next, keyEnd)) as string;
        const value = skipSpace(skipSpace(keyEnd) + 1);
        if (name === step) return { value, key: next };
        next = skipSpace(skipValue(value));
        if (text.charCodeAt(next) === 0x2c) next = skipSpace(next + 1);
      }
    }
    return undefined;
  };
  const walk = (path: readonly PropertyKey[]) => {
    let at = skipSpace(0);
    for (const step of path) {
      const found = member(at, step);
      if (!found) break;
      at = found.value;
    }
    return at;
  };
  const lines = lineIndex(text);
  return {
    valueAt: walk,
    keyAt(path, key) {
      const at = walk(path);
      return member(at, key)?.key ?? at;
    },
    lineCol(offset) {
      const { line, column } = lines.position(offset);
      return { line, col: column };
    },
  };
}
