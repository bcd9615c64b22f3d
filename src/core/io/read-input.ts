// The first gate of every import: size limit, binary garbage, text encoding, byte-order mark, emptiness.
import type { ImportError, ImportInput, ImportWarning } from './types.js';

export type ReadInputResult = { ok: true; text: string; warnings: ImportWarning[] } | { ok: false; error: ImportError };

const SAMPLE = 65_536;

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

/** Bytes of the UTF-8 encoding, counted without building it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function tooLarge(bytes: number, maxBytes: number, file?: 'nodes' | 'edges'): ReadInputResult {
  return {
    ok: false,
    error: { code: 'too-large', file, message: `the file is ${formatBytes(bytes)}; the limit is ${formatBytes(maxBytes)}` },
  };
}

function binary(message: string, file?: 'nodes' | 'edges'): ReadInputResult {
  return { ok: false, error: { code: 'binary', file, message } };
}

/** Control characters other than tab, line breaks and form feed: text files have almost none. */
function looksBinary(codes: ArrayLike<number>, length: number): boolean {
  let control = 0;
  for (let i = 0; i < length; i++) {
    const code = codes[i];
    if (code === 0) return true;
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) control++;
  }
  return control > length * 0.05;
}

const BINARY_MESSAGE = 'this is not a text file (it holds binary data)';
const ZIP_MESSAGE = 'this is a ZIP archive (or an Excel .xlsx workbook), not a text file: unzip it, or save the sheet as "CSV UTF-8"';

export function readInput(input: ImportInput, maxBytes: number, file?: 'nodes' | 'edges'): ReadInputResult {
  const warnings: ImportWarning[] = [];
  let text: string;
  if (typeof input === 'string') {
    if (input.length > maxBytes) return tooLarge(input.length, maxBytes, file);
    if (input.length * 3 > maxBytes) {
      const bytes = utf8Length(input);
      if (bytes > maxBytes) return tooLarge(bytes, maxBytes, file);
    }
    if (input.startsWith('PK\u0003\u0004')) return binary(ZIP_MESSAGE, file);
    const sample = input.slice(0, SAMPLE);
    const codes = Array.from(sample, (char) => char.charCodeAt(0));
    if (looksBinary(codes, codes.length)) return binary(BINARY_MESSAGE, file);
    text = input;
  } else {
    if (input.byteLength > maxBytes) return tooLarge(input.byteLength, maxBytes, file);
    if (input[0] === 0x50 && input[1] === 0x4b && input[2] === 0x03 && input[3] === 0x04) return binary(ZIP_MESSAGE, file);
    if (looksBinary(input, Math.min(input.byteLength, SAMPLE))) return binary(BINARY_MESSAGE, file);
    const decoded = decode(input);
    if (decoded === undefined) {
      return binary('this file is not UTF-8 text (nor GB18030): save it with the UTF-8 encoding', file);
    }
    if (decoded.encoding !== 'utf-8') {
      warnings.push({ file, message: `the file is not UTF-8; it was read as ${decoded.encoding.toUpperCase()}` });
    }
    text = decoded.text;
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  if (text.trim() === '') return { ok: false, error: { code: 'empty', file, message: 'the file is empty' } };
  return { ok: true, text, warnings };
}

function decode(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  for (const encoding of ['utf-8', 'gb18030']) {
    try {
      return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
    } catch {
      // not this encoding (or the runtime does not know it): try the next one
    }
  }
  return undefined;
}
