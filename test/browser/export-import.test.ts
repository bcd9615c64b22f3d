// Export and import through the viewer's UI in real Chromium: the current view as GEXF (read back
// with graphology-gexf), a PNG at 2× with the legend, a CSV pair opened through the file input and
// the way back to the report graph, and a malformed file that leaves the graph on screen.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { unzlibSync } from 'fflate';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function visibleCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
}

async function tableIds(page: Page): Promise<string[]> {
  return page.locator('.table-view tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-id') ?? ''));
}

/** Opens the export dialog, picks a format, downloads; returns the download. */
async function exportAs(page: Page, format: RegExp, extra?: (dialog: ReturnType<Page['locator']>) => Promise<void>): Promise<Download> {
  await page.getByRole('button', { name: /^(导出|Export)$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await dialog.getByRole('radio', { name: format }).check();
  if (extra) await extra(dialog);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /^(下载|Download)$/ }).click()]);
  await dialog.waitFor({ state: 'detached' });
  return download;
}

/** Width, height and the decoded RGBA rows of a non-interlaced 8-bit RGBA PNG (what canvas.toBlob writes). */
function decodePng(bytes: Uint8Array): { width: number; height: number; colours: number } {
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
  const colours = new Set<number>();
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
    if (y % 4 === 0) for (let x = 0; x < stride; x += channels) colours.add((row[x]! << 16) | (row[x + 1]! << 8) | row[x + 2]!);
    previous = row;
  }
  return { width, height, colours: colours.size };
}

describe('export and import', () => {
  it('exports the vision view as GEXF holding exactly the visible nodes, named after the filter', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await page.locator('input[data-value="modality:vision"]').check();
    const total = Number(await page.getByTestId('visible-count').getAttribute('data-total'));
    await expect.poll(() => visibleCount(page)).toBeLessThan(total);
    const visible = await visibleCount(page);
    await page.getByRole('button', { name: '表格视图' }).click();
    await expect.poll(async () => (await tableIds(page)).length).toBe(Math.min(visible, 500));
    const ids = await tableIds(page);

    await page.getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await harness.screenshot(page, 'export-dialog');
    expect(await dialog.getByTestId('export-summary').getAttribute('data-nodes')).toBe(String(visible));
    expect(await dialog.getByTestId('export-file-name').textContent()).toBe('landscape-vision-2024.gexf');
    // Esc closes the dialog and gives focus back to the button.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('导出');

    const download = await exportAs(page, /GEXF/);
    expect(download.suggestedFilename()).toBe('landscape-vision-2024.gexf');
    const text = await readFile((await download.path())!, 'utf8');
    const graph = gexf.parse(Graph, new DOMParser().parseFromString(text, 'application/xml') as unknown as Document);
    expect(graph.order).toBe(visible);
    if (visible <= 500) expect(new Set(graph.nodes())).toEqual(new Set(ids));
    else for (const id of ids) expect(graph.hasNode(id)).toBe(true);
    expect(errors).toEqual([]);
  });

  it('exports a PNG at 2× of the stated size, not blank', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await page.getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /PNG/ }).check();
    await dialog.getByRole('radio', { name: '2×' }).check();
    const note = (await dialog.getByText(/像素/).textContent())!;
    const [, width, height] = note.match(/(\d+) × (\d+)/)!.map(Number);
    await harness.screenshot(page, 'export-dialog-png');
    await page.keyboard.press('Escape');
    const download = await exportAs(page, /PNG/, (d) => d.getByRole('radio', { name: '2×' }).check());
    expect(download.suggestedFilename()).toBe('landscape-2024.png');
    await download.saveAs(resolve(SCREENSHOTS, 'export-download-2x.png'));
    const png = decodePng(new Uint8Array(await readFile((await download.path())!)));
    const box = (await page.locator('.graph-view').boundingBox())!;
    expect(png.width).toBe(width);
    expect(png.height).toBe(height);
    expect(png.width).toBe(Math.round(box.width * 2));
    expect(png.colours).toBeGreaterThan(20);
    expect(errors).toEqual([]);
  });

  it('opens a CSV pair through the file input, shows its nodes, and goes back to the report graph', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const reportCount = await visibleCount(page);
    const nodes = ['Id,Label,kind', 'a,"字节跳动, 北京","company"', 'b,"豆包 ""Doubao""",product', 'c,可灵AI,product'].join('\r\n');
    const edges = ['Source,Target,Type,Relation', 'b,a,Directed,developed_by', 'c,a,Directed,competes_with'].join('\r\n');
    await page.getByTestId('import-input').setInputFiles([
      { name: 'nodes.csv', mimeType: 'text/csv', buffer: Buffer.from(nodes) },
      { name: 'edges.csv', mimeType: 'text/csv', buffer: Buffer.from(edges) },
    ]);
    await expect.poll(() => visibleCount(page)).toBe(3);
    await page.getByTestId('imported-banner').waitFor();
    await page.getByRole('button', { name: '表格视图' }).click();
    await expect.poll(() => page.locator('.table-view tbody tr').count()).toBe(3);
    const table = (await page.locator('.table-view').textContent())!;
    expect(table).toContain('字节跳动, 北京');
    expect(table).toContain('豆包 "Doubao"');
    // Only the facets this graph has: kinds, no modality or track lists.
    expect(await page.locator('input[data-value="modality:vision"]').count()).toBe(0);
    await harness.screenshot(page, 'import-csv-pair');

    await page.getByRole('button', { name: '返回报告图谱' }).click();
    await expect.poll(() => visibleCount(page)).toBe(reportCount);
    expect(await page.getByTestId('imported-banner').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows what is wrong with a malformed file, with its line, and keeps the graph', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const before = await visibleCount(page);
    const broken = '<?xml version="1.0"?>\n<gexf xmlns="http://gexf.net/1.3" version="1.3">\n<graph>\n<nodes>\n<node id="a">\n</nodes>\n';
    await page
      .getByTestId('import-input')
      .setInputFiles([{ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from(broken) }]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.gexf, line \d+/);
    expect(await visibleCount(page)).toBe(before);
    expect(await page.locator('[data-ready="true"]').count()).toBe(1);
    await harness.screenshot(page, 'import-error');
    await alert.getByRole('button', { name: '关闭提示' }).click();
    expect(await alert.count()).toBe(0);
    expect(errors).toEqual([]);
  });
});
