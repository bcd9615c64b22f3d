// Reading PNGs the viewer or the browser wrote: size and colours, for tests that look at pictures.
import { unzlibSync } from 'fflate';
import { expect } from 'vitest';

/**
 * Width, height and colours of a non-interlaced 8-bit RGB(A) PNG (what canvas.toBlob and screenshots write): the
 * distinct colours, and how many pixels of each, on every fourth row.
 */
export function decodePng(bytes: Uint8Array): { width: number; height: number; colours: number; counts: Map<number, number> } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  const [depth, colourType, , , interlace] = bytes.subarray(24, 29);
  const chunks: Uint8Array[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === 'IDAT') chunks.push(bytes.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) joined.set(chunk, (offset += chunk.length) - chunk.length);
  const raw = unzlibSync(joined);
  expect(depth).toBe(8);
  expect(interlace).toBe(0);
  const channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
  expect(channels).toBeGreaterThan(0);
  // Unfilter (PNG filters 0–4) and count distinct colours on a sample of rows.
  const stride = width * channels;
  let previous = new Uint8Array(stride);
  const counts = new Map<number, number>();
  for (let y = 0; y < height; y++) {
    const start = y * (stride + 1);
    const filter = raw[start]!;
    const row = raw.slice(start + 1, start + 1 + stride);
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? row[x - channels]! : 0;
      const up = previous[x]!;
      const upLeft = x >= channels ? previous[x - channels]! : 0;
      if (filter === 1) row[x] = (row[x]! + left) & 255;
      else if (filter === 2) row[x] = (row[x]! + up) & 255;
      else if (filter === 3) row[x] = (row[x]! + ((left + up) >> 1)) & 255;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        row[x] = (row[x]! + (pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft)) & 255;
      }
    }
    if (y % 4 === 0)
      for (let x = 0; x < stride; x += channels) {
        const colour = (row[x]! << 16) | (row[x + 1]! << 8) | row[x + 2]!;
        counts.set(colour, (counts.get(colour) ?? 0) + 1);
      }
    previous = row;
  }
  return { width, height, colours: counts.size, counts };
}
