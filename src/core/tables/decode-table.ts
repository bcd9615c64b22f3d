// Bytes of a table file → text: strict UTF-8 (an invalid byte is an error naming its line, never a silent U+FFFD),
// without a leading byte-order mark.
import type { TableProblem } from './types.js';

export function decodeTableText(file: string, bytes: Uint8Array): { text: string } | { problem: TableProblem } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text };
  } catch {
    const at = firstInvalidByte(bytes);
    let line = 1;
    for (let index = 0; index < at; index++) if (bytes[index] === 0x0a) line++;
    return {
      problem: {
        file,
        row: 0,
        line,
        col: 0,
        message: `not valid UTF-8 (byte ${at + 1}, line ${line}): save the table as UTF-8`,
      },
    };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let at = 0;
  while (at < bytes.length) {
    const byte = bytes[at];
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return at;
    for (let next = 1; next < length; next++) {
      if (at + next >= bytes.length || (bytes[at + next] & 0xc0) !== 0x80) return at;
    }
    at += length;
  }
  return Math.max(0, bytes.length - 1);
}
