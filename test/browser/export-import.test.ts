// Export and import through the viewer's UI in real Chromium: the current view as GEXF (read back
// with graphology-gexf), a PNG at 2× with the legend, an SVG of the view, the selection's
// neighbourhood as JSON, a CSV pair opened through the file input and the way back to the report
// graph, files dropped on the map, and malformed files that leave the graph on screen.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { SerializedGraph } from 'graphology-types';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { SCREENSHOTS, startHarness, waitForCameraSettled, waitForReady, type Harness } from './harness';
import { decodePng } from './png';

let harness: Harness;
let bundle: Bundle;

beforeAll(async () => {
  harness = await startHarness();
  bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
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
/** Filters the report graph to vision and opens the table: how many nodes are visible, and the table's ids. */
async function showVisionInTable(page: Page): Promise<{ visible: number; ids: string[] }> {
  await waitForReady(page);
  await page.locator('input[data-value="modality:vision"]').check();
  const total = Number(await page.getByTestId('visible-count').getAttribute('data-total'));
  await expect.poll(() => visibleCount(page)).toBeLessThan(total);
  const visible = await visibleCount(page);
  await page.getByRole('button', { name: '表格视图' }).click();
  await expect.poll(async () => (await tableIds(page)).length).toBe(Math.min(visible, 500));
  return { visible, ids: await tableIds(page) };
}

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

interface DroppedFile {
  name: string;
  type: string;
  text: string;
}

/**
 * Drags files over the map and drops them as a file manager does: dragenter, dragover and drop, all
 * carrying one DataTransfer that holds the files. `whileOver` runs between dragover and drop.
 */
async function dropFiles(page: Page, files: DroppedFile[], whileOver?: () => Promise<void>): Promise<void> {
  const target = page.locator('.graph-area');
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const file of list) transfer.items.add(new File([file.text], file.name, { type: file.type }));
    return transfer;
  }, files);
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await whileOver?.();
  await target.dispatchEvent('drop', { dataTransfer });
  await dataTransfer.dispose();
}

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A GEXF 1.3 file: nodes with a label, a kind, a position and a size; directed edges. */
function gexfOf(nodes: { id: string; label: string; kind: string; x: number; y: number }[], edges: [string, string][]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    '<graph defaultedgetype="directed">',
    '<attributes class="node"><attribute id="kind" title="kind" type="string"/></attributes>',
    '<nodes>',
    ...nodes.map(
      (node) =>
        `<node id="${xml(node.id)}" label="${xml(node.label)}"><attvalues><attvalue for="kind" value="${node.kind}"/></attvalues>` +
        `<viz:position x="${node.x}" y="${node.y}"/><viz:size value="12"/></node>`,
    ),
    '</nodes>',
    '<edges>',
    ...edges.map(([source, target], index) => `<edge id="e${index}" source="${source}" target="${target}"/>`),
    '</edges>',
    '</graph>',
    '</gexf>',
  ].join('\n');
}

/** Parses an SVG file strictly: any XML error fails the test. */
function parseSvg(text: string): Element {
  const problems: string[] = [];
  const report = (message: string) => void problems.push(message);
  const document = new DOMParser({ errorHandler: { warning: report, error: report, fatalError: report } }).parseFromString(
    text,
    'image/svg+xml',
  );
  expect(problems).toEqual([]);
  const root = document.documentElement as unknown as Element;
  expect(root.tagName).toBe('svg');
  expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
  return root;
}

/** The elements under `root` with the tag name (xmldom's lists are not iterable). */
function byTag(root: Element, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  return Array.from({ length: list.length }, (_, index) => list.item(index)!);
}

/** The children of the SVG's `<g class="…">` with the given tag name. */
function inGroup(root: Element, group: string, tag: string): Element[] {
  const groups = byTag(root, 'g').filter((g) => g.getAttribute('class') === group);
  expect(groups, `one <g class="${group}">`).toHaveLength(1);
  return byTag(groups[0]!, tag);
}

describe('export and import', () => {
  it('exports the vision view as GEXF holding exactly the visible nodes, named after the filter', async () => {
    const { page, errors } = await harness.open();
    const { visible, ids } = await showVisionInTable(page);

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

  it('opens a GEXF file dropped on the map, and names a dropped file it cannot read', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const reportCount = await visibleCount(page);
    const camera = await page.locator('.sigma-container').getAttribute('data-camera');
    const nodes = [
      { id: 'bytedance', label: '字节跳动', kind: 'company', x: 0, y: 0 },
      { id: 'doubao', label: '豆包', kind: 'product', x: 100, y: 40 },
      { id: 'jimeng', label: '即梦AI', kind: 'product', x: -80, y: 90 },
      { id: 'seed', label: 'Seed 大模型', kind: 'model', x: 20, y: -120 },
    ];
    const gexfText = gexfOf(nodes, [
      ['doubao', 'bytedance'],
      ['jimeng', 'bytedance'],
      ['doubao', 'seed'],
    ]);
    await dropFiles(page, [{ name: 'bytedance.gexf', type: 'application/xml', text: gexfText }], async () => {
      // While files are over the map it says what it can open.
      await page.locator('.drop-hint').waitFor();
      expect(await page.locator('.drop-hint').textContent()).toContain('GEXF');
      await harness.screenshot(page, 'import-drop-hint');
    });
    await expect.poll(() => visibleCount(page)).toBe(4);
    expect(reportCount).toBeGreaterThan(4);
    expect(await page.locator('.drop-hint').count()).toBe(0);
    expect(await page.getByTestId('imported-banner').textContent()).toContain('bytedance.gexf（4 个节点，3 条边）');
    await page.getByRole('button', { name: '表格视图' }).click();
    await expect.poll(async () => (await tableIds(page)).sort()).toEqual(['bytedance', 'doubao', 'jimeng', 'seed']);
    expect(await page.locator('.table-view').textContent()).toContain('Seed 大模型');
    // The new graph is framed: the camera moved.
    await expect.poll(() => page.locator('.sigma-container').getAttribute('data-camera')).not.toBe(camera);
    await harness.screenshot(page, 'import-drop-gexf');

    // A broken JSON file: an alert that names it, and the dropped graph stays.
    await dropFiles(page, [{ name: 'broken-graph.json', type: 'application/json', text: '{"nodes": [{"key": "a"}, ' }]);
    const alert = page.getByTestId('import-error');
    await alert.waitFor();
    expect(await alert.getAttribute('role')).toBe('alert');
    expect(await alert.textContent()).toMatch(/无法打开这个文件.*broken-graph\.json/);
    expect(await visibleCount(page)).toBe(4);
    expect(await page.getByTestId('imported-banner').textContent()).toContain('bytedance.gexf');
    await harness.screenshot(page, 'import-drop-error');
    expect(errors).toEqual([]);
  });

  it('exports the vision view as SVG: a circle per visible node, a line per link between them, labels of visible nodes', async () => {
    const { page, errors } = await harness.open();
    const { visible, ids } = await showVisionInTable(page);
    const names = new Map(bundle.graph.nodes.map((node) => [node.key, node.attributes!.nameZh as string]));
    const visibleNames = new Set(ids.map((id) => names.get(id)));
    // The fit after the filter animates: the picture is taken once the camera has stopped.
    await waitForCameraSettled(page);

    let edges = -1;
    const download = await exportAs(page, /SVG/, async (dialog) => {
      const summary = dialog.getByTestId('export-summary');
      expect(await summary.getAttribute('data-nodes')).toBe(String(visible));
      edges = Number(await summary.getAttribute('data-edges'));
    });
    expect(download.suggestedFilename()).toBe('landscape-vision-2024.svg');
    const root = parseSvg(await readFile((await download.path())!, 'utf8'));
    const box = (await page.locator('.graph-view').boundingBox())!;
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(width).toBe(Math.round(box.width));
    expect(height).toBe(Math.round(box.height));

    const circles = inGroup(root, 'nodes', 'circle');
    expect(circles).toHaveLength(visible);
    expect(edges).toBeGreaterThan(0);
    expect(inGroup(root, 'edges', 'line')).toHaveLength(edges);
    // What is on screen after the fit: every node inside the picture.
    const outside = circles.filter((circle) => {
      const [x, y] = [Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy'))];
      return !(x >= 0 && x <= width && y >= 0 && y <= height);
    });
    expect(outside).toEqual([]);
    const labels = inGroup(root, 'labels', 'text').map((text) => text.textContent);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((label) => !visibleNames.has(label!))).toEqual([]);
    expect(inGroup(root, 'legend', 'text')[0]!.textContent).toBe('图例 · 类型');
    expect(errors).toEqual([]);
  });

  it('escapes names in the SVG: labels, the source file and the title stay text', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const hostile = [
      '<img src=x onerror=alert(1)>',
      'Tom & Jerry "Co" \'Ltd\'',
      ']]></text><script>alert(2)</script>',
      '豆包 <b>&amp;</b>',
    ];
    const fileName = 'a<b>&"c".gexf';
    const gexfText = gexfOf(
      hostile.map((label, index) => ({ id: `n${index}`, label, kind: 'product', x: index * 60, y: (index % 2) * 80 })),
      [
        ['n0', 'n1'],
        ['n0', 'n2'],
        ['n0', 'n3'],
      ],
    );
    await dropFiles(page, [{ name: fileName, type: 'application/xml', text: gexfText }]);
    await expect.poll(() => visibleCount(page)).toBe(4);
    // Selecting the hub forces its neighbours' labels on: all four are drawn.
    await page.getByRole('button', { name: '表格视图' }).click();
    await page.locator('.table-view tbody tr[data-id="n0"]').getByRole('button').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('n0');
    await waitForCameraSettled(page);

    let shownName = '';
    const download = await exportAs(page, /SVG/, async (dialog) => {
      shownName = (await dialog.getByTestId('export-file-name').textContent())!;
    });
    expect(download.suggestedFilename()).toBe(shownName);
    const text = await readFile((await download.path())!, 'utf8');
    expect(text).not.toMatch(/<(img|script|b)\b/);
    const root = parseSvg(text);
    expect(
      inGroup(root, 'labels', 'text')
        .map((label) => label.textContent)
        .sort(),
    ).toEqual([...hostile].sort());
    expect(byTag(root, 'title')[0]!.textContent).toBe(shownName);
    const source = byTag(root, 'text').find((element) => element.textContent?.startsWith('来源'));
    expect(source?.textContent).toBe(`来源：${fileName}`);
    expect(errors).toEqual([]);
  });

  it("exports the selection's neighbourhood: the node and its neighbours, and the links between them", async () => {
    // 豆包 and every node one link away, whichever way the link points.
    const around = (centre: string, depth: number) => {
      let reached = new Set([centre]);
      for (let step = 0; step < depth; step++) {
        const next = new Set(reached);
        for (const edge of bundle.graph.edges) {
          if (reached.has(edge.source)) next.add(edge.target);
          if (reached.has(edge.target)) next.add(edge.source);
        }
        reached = next;
      }
      return reached;
    };
    const linksWithin = (nodes: Set<string>) =>
      bundle.graph.edges.filter((edge) => nodes.has(edge.source) && nodes.has(edge.target)).map((edge) => edge.key!);

    const { page, errors } = await harness.open();
    await waitForReady(page);
    // Without a selection there is no neighbourhood to export.
    await page.getByRole('button', { name: '导出' }).click();
    expect(
      await page
        .getByRole('dialog')
        .getByRole('radio', { name: /所选节点的邻域/ })
        .isDisabled(),
    ).toBe(true);
    await page.keyboard.press('Escape');

    await page.goto(new URL('?sel=product:doubao', harness.baseUrl).toString());
    await waitForReady(page);
    const expected = around('product:doubao', 1);
    expect(expected.size).toBeGreaterThan(3);
    expect(expected.size).toBeLessThan(bundle.graph.nodes.length / 4);
    const download = await exportAs(page, /graphology JSON/, async (dialog) => {
      await dialog.getByRole('radio', { name: /所选节点的邻域（深度 1）/ }).check();
      expect(await dialog.getByTestId('export-summary').getAttribute('data-nodes')).toBe(String(expected.size));
    });
    expect(download.suggestedFilename()).toBe('landscape-around-doubao-2024.json');
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as SerializedGraph;
    expect(new Set(data.nodes.map((node) => node.key))).toEqual(expected);
    expect(data.edges.map((edge) => edge.key).sort()).toEqual(linksWithin(expected).sort());
    expect(data.nodes.find((node) => node.key === 'product:doubao')?.attributes?.nameZh).toBe('豆包');

    // Depth 2 from the neighbourhood filter: the export follows the depth.
    await page.goto(new URL('?sel=product:doubao&ego=product:doubao&d=2', harness.baseUrl).toString());
    await waitForReady(page);
    const two = around('product:doubao', 2);
    expect(two.size).toBeGreaterThan(expected.size);
    const wider = await exportAs(page, /graphology JSON/, (dialog) =>
      dialog.getByRole('radio', { name: /所选节点的邻域（深度 2）/ }).check(),
    );
    const widerData = JSON.parse(await readFile((await wider.path())!, 'utf8')) as SerializedGraph;
    expect(new Set(widerData.nodes.map((node) => node.key))).toEqual(two);
    expect(wider.suggestedFilename()).toBe('landscape-around-doubao-d2-2024.json');
    expect(errors).toEqual([]);
  });
});
