// The viewer in real Chromium on the production build: drawing, search and evidence, facets and the
// table, the URL round trip, language, safe rendering of hostile data, error pages and keyboard use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { computeFirstViewIds } from './first-view';
import { inkInBoxes, startHarness, waitForCameraSettled, waitForReady, type Harness } from './harness';

let harness: Harness;
let bundle: Bundle;

beforeAll(async () => {
  harness = await startHarness();
  bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
});
afterAll(async () => {
  await harness?.close();
});

const node = (id: string) => bundle.graph.nodes.find((entry) => entry.key === id)?.attributes;
const details = (page: Page) => page.locator('aside.details');

async function visibleCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
}

/** Pixels of the graph area that differ from the white background, read from a real screenshot. */
async function inkPixels(page: Page): Promise<number> {
  const box = (await page.locator('.graph-view').boundingBox())!;
  return (await inkInBoxes(page, box, { all: { x: 0, y: 0, width: box.width, height: box.height } })).all;
}

/** A hash of sigma's label layer (a 2D canvas): it changes when the drawn labels change. */
async function labelLayerHash(page: Page): Promise<number> {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('canvas.sigma-labels')!;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let hash = 0;
    for (let at = 0; at < pixels.length; at += 4) hash = (Math.imul(hash, 31) + pixels[at + 3]) | 0;
    return hash;
  });
}

async function search(page: Page, text: string): Promise<void> {
  await page.locator('body').press('/');
  await page.keyboard.type(text);
  await page.getByRole('listbox').getByRole('option').first().waitFor();
}

const results = (page: Page) => page.getByRole('listbox').getByRole('option');

describe('viewer', () => {
  it('draws the map, marks it ready, and every control has an accessible name', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    expect(await inkPixels(page)).toBeGreaterThan(2000);
    // The first view: the report's map with its vendors' models from Epoch (see sources.test.ts).
    expect(await visibleCount(page)).toBe(computeFirstViewIds(bundle).size);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, [role="combobox"]')]
        .filter((element) => {
          const labelled = (element as HTMLInputElement).labels?.length;
          return !element.getAttribute('aria-label') && !labelled && !element.textContent?.trim() && !element.title;
        })
        .map((element) => element.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await harness.screenshot(page, 'viewer-start');
    expect(errors).toEqual([]);
  });

  it('finds 豆包 from the keyboard, selects it, and lists 字节跳动 with the quote', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await search(page, '豆包');
    await expect.poll(() => results(page).first().textContent()).toContain('豆包');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('product:doubao');
    await expect.poll(() => details(page).locator('h2').textContent()).toBe('豆包');

    const edge = bundle.graph.edges.find(
      (entry) => entry.source === 'product:doubao' && entry.target === 'company:bytedance' && entry.attributes?.relation === 'developed_by',
    )!;
    expect(edge, 'the data has 豆包 developed_by 字节跳动').toBeTruthy();
    const link = details(page).locator('li', { has: page.getByRole('button', { name: '字节跳动', exact: true }) });
    await expect.poll(() => link.count()).toBeGreaterThan(0);
    const citation = edge.attributes!.sources[0];
    const quote = 'quote' in citation ? citation.quote : '';
    expect(await link.first().locator('blockquote').allTextContents()).toContain(quote);
    await waitForCameraSettled(page);
    await harness.screenshot(page, 'viewer-doubao-selected');

    // The neighbour button moves the selection.
    await link.first().getByRole('button', { name: '字节跳动', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('company:bytedance');
    // Esc outside a field clears it.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('lights up a hovered node and its neighbours', async () => {
    // A selection from the URL centres the camera on it; Esc clears it, so the node sits under the centre.
    const { page, errors } = await harness.open('?sel=company:bytedance');
    await waitForReady(page);
    await waitForCameraSettled(page);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await waitForCameraSettled(page);
    const before = await labelLayerHash(page);
    const box = (await page.locator('.graph-view').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.sigma-container').evaluate((element) => (element as HTMLElement).style.cursor)).toBe('pointer');
    await expect.poll(() => labelLayerHash(page)).not.toBe(before);
    await harness.screenshot(page, 'viewer-hover');
    await page.mouse.move(box.x + 2, box.y + box.height - 2);
    await expect.poll(() => page.locator('.sigma-container').evaluate((element) => (element as HTMLElement).style.cursor)).toBe('');
    expect(errors).toEqual([]);
  });

  it('moves through search results with the arrow keys and closes them with Esc', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await search(page, 'AI');
    const options = results(page);
    expect(await options.count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const second = await options.nth(1).locator('.result-name').textContent();
    await page.keyboard.press('Enter');
    await expect.poll(() => details(page).locator('h2').textContent()).toBe(second);
    // Esc closes the results and keeps the query's selection as it was.
    await search(page, 'AI');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('listbox').count()).toBe(0);
    expect(await details(page).locator('h2').textContent()).toBe(second);
    expect(errors).toEqual([]);
  });

  it('draws a view reached by filter, language and selection changes exactly as the same view loaded afresh', async () => {
    // The viewer redraws only what a change touches; a fresh load draws everything. Same pixels or it is stale.
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await page.locator('input[data-value="modality:vision"]').check();
    await page.locator('input[data-value="company"]').check();
    await page.locator('input[data-value="company"]').uncheck();
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await page.locator('input[data-value="modality:vision"]').uncheck();
    await page.locator('input[data-value="market:overseas"]').check();
    await search(page, '可灵');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/kling/);
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await page.locator('input[data-value="product"]').check();
    await search(page, '可灵');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toMatch(/kling/);
    const pixels = async (target: Page) => {
      await target.getByRole('button', { name: 'Reset view' }).click();
      await waitForCameraSettled(target);
      return (await target.locator('.graph-view canvas.sigma-nodes').screenshot()).toString('base64');
    };
    const incremental = await pixels(page);
    const url = page.url();
    const fresh = await harness.open(url.slice(url.indexOf('?')));
    await waitForReady(fresh.page);
    expect(await visibleCount(fresh.page)).toBe(await visibleCount(page));
    expect(await pixels(fresh.page)).toBe(incremental);
    expect(errors).toEqual([]);
  });

  it('narrows to the vision modality: fewer visible, and every product in the table is in vision', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const before = await visibleCount(page);
    // Filtering never recreates sigma: the canvas marked now is the one drawing at the end.
    await page.locator('canvas.sigma-nodes').evaluate((canvas) => (canvas.dataset.mark = 'first'));
    await page.locator('input[data-value="modality:vision"]').check();
    await expect.poll(() => visibleCount(page)).toBeLessThan(before);
    await page.locator('input[data-value="product"]').check();
    const products = await visibleCount(page);
    expect(products).toBeGreaterThan(0);
    await page.getByRole('button', { name: '表格视图' }).click();
    const rows = page.locator('.table-view tbody tr');
    await expect.poll(() => rows.count()).toBe(Math.min(products, 500));

    // Vision tracks: tracks whose modalities (closed over parents) include vision. A product is in
    // vision through such a track, or directly (in_modality vision) when the report names no track.
    const visionTracks = new Set(
      bundle.graph.nodes
        .filter((entry) => entry.attributes?.kind === 'track' && entry.attributes.modalities.includes('modality:vision'))
        .map((entry) => entry.key),
    );
    const direct = new Set(
      bundle.graph.edges
        .filter((entry) => entry.attributes?.relation === 'in_modality' && entry.target === 'modality:vision')
        .map((entry) => entry.source),
    );
    const table = await rows.evaluateAll((elements) =>
      elements.map((row) => ({
        id: row.getAttribute('data-id')!,
        kind: row.getAttribute('data-kind'),
        tracks: row.getAttribute('data-tracks')!.split(' '),
      })),
    );
    const inTrack = table.filter((row) => row.tracks.some((track) => visionTracks.has(track)));
    const outside = table.filter(
      (row) => row.kind !== 'product' || (!row.tracks.some((track) => visionTracks.has(track)) && !direct.has(row.id)),
    );
    expect(outside).toEqual([]);
    expect(inTrack.length).toBeGreaterThan(0);
    await harness.screenshot(page, 'viewer-vision-products-table');

    // Sorting by a column header says so.
    const nameHeader = page.locator('th', { has: page.getByRole('button', { name: /名称/ }) });
    await nameHeader.getByRole('button').click();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    // Clear all restores everything.
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect.poll(() => visibleCount(page)).toBe(before);
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await page.getByRole('combobox', { name: /Colour by/ }).selectOption('track');
    expect(await page.locator('canvas.sigma-nodes').count()).toBe(1);
    expect(await page.locator('canvas.sigma-nodes').getAttribute('data-mark')).toBe('first');
    expect(errors).toEqual([]);
  });

  it('keeps the view in the URL and restores it on reload: filters, selection, language, camera, table', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await page.locator('input[data-value="modality:vision"]').check();
    await search(page, '豆包');
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await page.getByRole('button', { name: 'Table view' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    // The URL's camera catches up with sigma's once the animation ends (debounced).
    const liveCamera = () => page.locator('.sigma-container').getAttribute('data-camera');
    const agree = async () => {
      const inUrl = new URL(page.url()).searchParams.get('cam')?.split(',').map(Number) ?? [];
      const live = ((await liveCamera()) ?? '').split(',').map(Number);
      return inUrl.length === 3 && inUrl.every((value, index) => Math.abs(value - live[index]) < 1e-3);
    };
    await waitForCameraSettled(page);
    // The URL is written shortly after the camera stops (debounced).
    await expect.poll(agree, { timeout: 20_000 }).toBe(true);
    const url = page.url();
    const params = new URL(url).searchParams;
    expect(params.get('m')).toBe('vision');
    expect(params.get('sel')).toBe('product:doubao');
    expect(params.get('lang')).toBe('en');
    expect(params.get('table')).toBe('1');
    const camera = await liveCamera();
    const count = await visibleCount(page);

    const again = await harness.open(url.slice(harness.baseUrl.length));
    await waitForReady(again.page);
    expect(await again.page.locator('input[data-value="modality:vision"]').isChecked()).toBe(true);
    expect(await visibleCount(again.page)).toBe(count);
    expect(await details(again.page).locator('h2').textContent()).toBe('Doubao');
    expect(await again.page.locator('html').getAttribute('lang')).toBe('en');
    expect(await again.page.locator('.table-view').count()).toBe(1);
    await expect.poll(() => again.page.locator('.sigma-container').getAttribute('data-camera')).toBe(camera);
    await waitForCameraSettled(again.page);
    expect(again.page.url()).toBe(url);
    await harness.screenshot(again.page, 'viewer-restored-from-url');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
  });

  it('switches node labels and every string with the language toggle', async () => {
    const { page, errors } = await harness.open('?sel=product:doubao');
    await waitForReady(page);
    await waitForCameraSettled(page);
    const zh = await labelLayerHash(page);
    await page.getByRole('button', { name: '切换到英文界面' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => labelLayerHash(page)).not.toBe(zh);
    expect(await details(page).locator('h2').textContent()).toBe(node('product:doubao')!.nameEn);
    expect(await page.getByTestId('visible-count').textContent()).toMatch(/^Visible \d+ of \d+ nodes$/);
    await harness.screenshot(page, 'viewer-english');
    const en = await labelLayerHash(page);
    await page.getByRole('button', { name: 'Switch to Chinese' }).click();
    await expect.poll(() => labelLayerHash(page)).not.toBe(en);
    expect(await details(page).locator('h2').textContent()).toBe('豆包');
    expect(await page.getByTestId('visible-count').textContent()).toMatch(/^显示 \d+ \/ \d+ 个节点$/);
    expect(errors).toEqual([]);
  });

  it('names the link parameters it ignored in a dismissible notice', async () => {
    const { page, errors } = await harness.open('?foo=bar&sel=product:no-such-thing&m=vision');
    await waitForReady(page);
    const notice = page.locator('.notice');
    expect(await notice.textContent()).toContain('foo=bar');
    expect(await notice.textContent()).toContain('sel=product:no-such-thing');
    expect(await page.locator('input[data-value="modality:vision"]').isChecked()).toBe(true);
    await harness.screenshot(page, 'viewer-notice');
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('re-lays out the visible nodes in a worker, with progress, and restores the layout', async () => {
    const { page, errors } = await harness.open('?m=vision');
    await waitForReady(page);
    await page.getByRole('button', { name: '重新布局可见节点' }).click();
    await page.getByRole('button', { name: '恢复原布局' }).waitFor({ timeout: 60_000 });
    // The page stayed responsive: a search still answers.
    await search(page, '豆包');
    await harness.screenshot(page, 'viewer-relayout');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '恢复原布局' }).click();
    expect(await page.getByRole('button', { name: '恢复原布局' }).count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('viewer with bad input', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const hostileBundle = (): Bundle => ({
    ...bundle,
    graph: {
      ...bundle.graph,
      nodes: [
        {
          key: 'product:evil',
          attributes: {
            ...node('product:doubao')!,
            label: hostile,
            nameZh: hostile,
            nameEn: hostile,
            aliases: ['<script>window.pwned = 1</script>'],
            descriptionZh: '<b onmouseover=alert(2)>bold</b>',
            url: 'javascript:alert(3)',
            sources: [{ source: 'iresearch-2024', section: '<i>s</i>', quote: '<svg onload=alert(4)>' }],
          },
        },
        { key: 'company:safe', attributes: { ...node('company:bytedance')! } },
      ],
      edges: [
        {
          key: 'e',
          source: 'product:evil',
          target: 'company:safe',
          attributes: {
            relation: 'developed_by',
            label: '',
            sources: [],
            size: 1,
            color: '#ccc',
            editorial: '<img src=y onerror=alert(5)>',
          },
        },
      ],
    },
    sources: bundle.sources.map((source) => ({ ...source, url: 'javascript:alert(6)' })),
  });

  it('renders labels, quotes and links from data as text, and runs nothing', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    const dialogs: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.route('**/hostile.json', (route) => route.fulfill({ json: hostileBundle() }));
    await page.goto(new URL('?data=hostile.json&sel=product:evil', harness.baseUrl).toString());
    await waitForReady(page);
    const panel = details(page);
    expect(await panel.locator('h2').textContent()).toBe(hostile);
    expect(await panel.locator('img, script, svg, b, i').count()).toBe(0);
    expect(await panel.textContent()).toContain('<svg onload=alert(4)>');
    expect(await panel.textContent()).toContain('<img src=y onerror=alert(5)>');
    // javascript: URLs are not links.
    expect(await page.locator('a[href^="javascript"]').count()).toBe(0);
    await page.getByRole('button', { name: '表格视图' }).click();
    expect(await page.locator('.table-view').textContent()).toContain(hostile);
    await page.mouse.move(700, 450);
    await waitForCameraSettled(page);
    await harness.screenshot(page, 'viewer-hostile-data');
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a readable bilingual error page for a bundle that fails to load', async () => {
    const page = await harness.browser.newPage();
    await page.route('**/gone.json', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'no such bundle' }));
    await page.goto(new URL('?data=gone.json', harness.baseUrl).toString());
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('无法加载图谱数据');
    expect(await alert.textContent()).toContain('The graph data could not be loaded');
    expect(await alert.textContent()).toContain('gone.json');
    expect(await alert.textContent()).toContain('HTTP 404');
    expect(await alert.textContent()).toContain('no such bundle');
    await harness.screenshot(page, 'viewer-error-page');
    await page.close();

    const scheme = await harness.open('?data=javascript:alert(1)');
    await scheme.page.getByRole('alert').waitFor();
    expect(await scheme.page.getByRole('alert').textContent()).toContain('only http(s)');

    const html = await harness.open('?data=index.html');
    await html.page.getByRole('alert').waitFor();
    expect(await html.page.getByRole('alert').textContent()).toContain('HTML page');
    expect(html.errors).toEqual([]);

    const wrong = await harness.browser.newPage();
    await wrong.route('**/other.json', (route) => route.fulfill({ json: { format: 'something-else', graph: {} } }));
    await wrong.goto(new URL('?data=other.json', harness.baseUrl).toString());
    await wrong.getByRole('alert').waitFor();
    expect(await wrong.getByRole('alert').textContent()).toContain('expected "ai-landscape-bundle"');
    await wrong.close();
  });
});
