// A strict JSON syntax scan with positions, run before JSON.parse: engines word (and place) their
// errors differently, this gives one message with a line everywhere, bounds the nesting depth, and
// can report where the values at shallow paths (nodes[3], edges[7]) start, for later errors.

export type JsonPath = readonly (string | number)[];

export type JsonScanResult = { ok: true } | { ok: false; offset: number; message: string; truncated: boolean };

export interface ScanJsonOptions {
  maxDepth: number;
  /** Called with the path and offset of every value at most `pathDepth` levels deep. */
  onValue?: (path: JsonPath, offset: number) => void;
  pathDepth?: number;
}

class JsonSyntaxError {
  constructor(
    readonly offset: number,
    readonly message: string,
    readonly truncated = false,
  ) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// eslint-disable-next-line no-control-regex -- control characters are what a JSON string may not hold raw
const STRING_RUN = /[^"\\\x00-\x1F]*/y;
const WHITESPACE = /[ \t\n\r]*/y;

export function scanJson(text: string, options: ScanJsonOptions): JsonScanResult {
  const { maxDepth, onValue } = options;
  const pathDepth = options.pathDepth ?? 0;
  const length = text.length;
  let pos = 0;

  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(at, message, at >= length);
  };
  const skipWhitespace = () => {
    WHITESPACE.lastIndex = pos;
    WHITESPACE.exec(text);
    pos = WHITESPACE.lastIndex;
  };
  const expectChar = (char: string, message: string) => {
    skipWhitespace();
    if (text[pos] !== char) fail(pos >= length ? `the file ends early: ${message}` : message);
    pos++;
  };

  const scanString = (): string | undefined => {
    const start = pos;
    pos++;
    for (;;) {
      STRING_RUN.lastIndex = pos;
      STRING_RUN.exec(text);
      pos = STRING_RUN.lastIndex;
      if (pos >= length) fail('the file ends inside a string', length);
      const char = text[pos];
      if (char === '"') {
        pos++;
        return undefined === onValue ? undefined : text.slice(start, pos);
      }
      if (char === '\\') {
        const next = text[pos + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail('\\u must be followed by four hex digits');
          pos += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) pos += 2;
        else fail(next === undefined ? 'the file ends inside a string' : `invalid escape \\${next} in a string`);
      } else fail('a line break or control character inside a string (it must be escaped)');
    }
  };

  /** `path` is null below the depth whose values are reported. */
  const scanValue = (depth: number, path: (string | number)[] | null): void => {
    skipWhitespace();
    if (pos >= length) fail('the file ends where a value was expected');
    if (onValue && path) onValue(path, pos);
    const char = text[pos];
    if (char === '{' || char === '[') {
      if (depth + 1 > maxDepth) fail(`values are nested deeper than ${maxDepth} levels`);
      const close = char === '{' ? '}' : ']';
      pos++;
      skipWhitespace();
      if (text[pos] === close) {
        pos++;
        return;
      }
      for (let index = 0; ; index++) {
        let key: string | number = index;
        if (char === '{') {
          skipWhitespace();
          if (text[pos] !== '"') fail(pos >= length ? 'the file ends inside an object' : 'expected a property name in double quotes');
          const raw = scanString();
          key = raw === undefined || !path ? '' : (JSON.parse(raw) as string);
          expectChar(':', 'expected ":" after a property name');
        }
        scanValue(depth + 1, onValue && path && path.length < pathDepth ? [...path, key] : null);
        skipWhitespace();
        if (text[pos] === ',') {
          pos++;
          continue;
        }
        if (text[pos] === close) {
          pos++;
          return;
        }
        fail(pos >= length ? `the file ends inside ${char === '{' ? 'an object' : 'an array'}` : `expected "," or "${close}"`);
      }
    }
    if (char === '"') {
      scanString();
      return;
    }
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, pos)) {
        pos += literal.length;
        return;
      }
    }
    NUMBER.lastIndex = pos;
    if (NUMBER.exec(text)) {
      pos = NUMBER.lastIndex;
      return;
    }
    fail(`unexpected character "${char}"`);
  };

  try {
    scanValue(0, []);
    skipWhitespace();
    if (pos < length) fail('unexpected text after the end of the JSON value');
    return { ok: true };
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, offset: error.offset, message: error.message, truncated: error.truncated };
  }
}

/** Offsets where the values at the given shallow paths start (e.g. every element of `nodes`). */
export function locateJsonValues(text: string, maxDepth: number, pathDepth: number): Map<string, number> {
  const offsets = new Map<string, number>();
  scanJson(text, { maxDepth, pathDepth, onValue: (path, offset) => offsets.set(path.join('\u0000'), offset) });
  return offsets;
}
