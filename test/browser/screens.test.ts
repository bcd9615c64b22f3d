// The viewer on a phone (upright and on its side), a tablet and a desktop, in Chinese and English:
// the map draws and takes its share of the width, nothing scrolls sideways, every control is named
// and big enough to tap, search → select → details works, the filter drawer narrows "N of M".
// Then touch, the menu, the bottom sheet, rotation, and a container with no size.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { controlProblems, horizontalOverflow, mapShare, TAP_TARGET } from './controls';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
let bundle: Bundle;
beforeAll(async () => {
  harness = await startHarness();
  bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
});
afterAll(async () => {
  await harness?.close();
});

const SCREENS = [
  { kind: 'phone', width: 360, height: 740, share: 0.9 },
  { kind: 'phone', width: 390, height: 844, share: 0.9 },
  { kind: 'phone', width: 844, height: 390, share: 0.9 },
  { kind: 'tablet', width: 768, height: 1024, share: 0.5 },
  // The desktop keeps its three columns as they were: 620 of 1280 px for the map.
  { kind: 'desktop', width: 1280, height: 800, share: 0.48 },
] as const;
const WORDS = {
  zh: { query: '豆包', name: '豆包', filters: '筛选', close: '关闭' },
  en: { query: 'Doubao', name: 'Doubao', filters: 'Filters', close: 'Close' },
} as const;

const visibleCount = async (page: Page) => Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
const details = (page: Page) => page.locator('.details h2');

describe.each(SCREENS)('on a $kind, $width×$height', ({ kind, width, height, share }) => {
  const touch = kind !== 'desktop';
  const minTap = touch ? TAP_TARGET : 0;
  for (const lang of ['zh', 'en'] as const) {
    const words = WORDS[lang];
    it(`draws the map and works from search to details to filters (${lang})`, async () => {
      const { page, errors } = await harness.open(lang === 'en' ? '?lang=en' : '', { width, height }, { touch });
      await waitForReady(page);
      expect(await mapShare(page)).toBeGreaterThanOrEqual(share);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await controlProblems(page, minTap)).toEqual([]);
      await harness.screenshot(page, `screen-${width}x${height}-${lang}-start`);

      // Search → select → details.
      await page.getByRole('combobox', { name: /搜索|Search/ }).click();
      await page.keyboard.type(words.query);
      await page.getByRole('listbox').getByRole('option').first().click();
      await expect.poll(() => details(page).textContent()).toBe(words.name);
      expect(await details(page).isVisible()).toBe(true);
      if (kind === 'phone') expect(await page.locator('.bottom-sheet .details').count()).toBe(1);
      await expect.poll(() => mapShare(page)).toBeGreaterThanOrEqual(share);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(await controlProblems(page, minTap)).toEqual([]);
      await page.waitForTimeout(400);
      await harness.screenshot(page, `screen-${width}x${height}-${lang}-selected`);

      // Filters: in a drawer from a button that counts them on phones and tablets; a column on a desktop.
      const total = await visibleCount(page);
      const filtersButton = page.locator('.filters-button');
      if (touch) {
        expect(await filtersButton.textContent()).toBe(words.filters);
        await filtersButton.click();
        expect(await page.locator('.filter-drawer').isVisible()).toBe(true);
        expect(await controlProblems(page, minTap)).toEqual([]);
      } else {
        expect(await filtersButton.count()).toBe(0);
        expect(await page.locator('aside.filters').isVisible()).toBe(true);
      }
      await page.locator('label', { has: page.locator('input[data-value="modality:vision"]') }).click();
      await expect.poll(() => visibleCount(page)).toBeLessThan(total);
      expect(await page.getByTestId('visible-count').textContent()).toContain(String(await visibleCount(page)));
      await harness.screenshot(page, `screen-${width}x${height}-${lang}-filters`);
      if (touch) {
        await page.locator('.filter-drawer').getByRole('button', { name: words.close }).click();
        expect(await page.locator('.filter-drawer').isVisible()).toBe(false);
        expect(await filtersButton.textContent()).toBe(`${words.filters}${lang === 'zh' ? '（1）' : ' (1)'}`);
        expect(await page.evaluate(() => document.activeElement?.className)).toContain('filters-button');
      }
      expect(await mapShare(page)).toBeGreaterThanOrEqual(share);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
});

describe('on a phone', () => {
  const phone = { width: 390, height: 844 };

  it('reopens a shared link with its filters, selection and language, fitted to the phone', async () => {
    const { page, errors } = await harness.open('?m=vision&sel=product:doubao&lang=en', phone, { touch: true });
    await waitForReady(page);
    expect(await page.locator('.bottom-sheet .details h2').textContent()).toBe('Doubao');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.filters-button').textContent()).toBe('Filters (1)');
    const count = page.getByTestId('visible-count');
    expect(Number(await count.getAttribute('data-visible'))).toBeLessThan(Number(await count.getAttribute('data-total')));
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.9);
    expect(errors).toEqual([]);
  });

  it('selects a node tapped on the map, and announces it', async () => {
    // The link's selection centres the camera on it; clearing it leaves that node under the centre.
    const { page, errors } = await harness.open('?sel=company:bytedance', phone, { touch: true });
    await waitForReady(page);
    await page.locator('.bottom-sheet').getByRole('button', { name: '取消选择' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    await expect.poll(() => page.locator('.bottom-sheet').count()).toBe(0);
    const box = (await page.locator('.graph-view').boundingBox())!;
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    // Whichever node lies under the finger (ByteDance's models crowd it) is selected and announced by name and kind.
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).not.toBeNull();
    const tapped = new URL(page.url()).searchParams.get('sel')!;
    const node = bundle.graph.nodes.find((entry) => entry.key === tapped)!;
    const kind = bundle.kinds.find((entry) => entry.kind === node.attributes!.kind)!;
    await expect.poll(() => page.getByTestId('selection-announcer').textContent()).toBe(`已选择：${node.attributes!.nameZh}（${kind.zh}）`);
    expect(errors).toEqual([]);
  });

  it('folds the actions into a menu that Esc closes, giving focus back to its button', async () => {
    const { page, errors } = await harness.open('', phone, { touch: true });
    await waitForReady(page);
    expect(await page.getByRole('button', { name: '导出', exact: true }).isVisible()).toBe(false);
    await page.getByRole('button', { name: '菜单' }).click();
    for (const name of ['打开图谱', '导出', '表格视图', '报告数据'])
      expect(await page.getByRole('button', { name, exact: true }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /^EN/ }).isVisible()).toBe(true);
    expect(await controlProblems(page, TAP_TARGET)).toEqual([]);
    await harness.screenshot(page, 'screen-phone-menu');
    await page.keyboard.press('Escape');
    expect(await page.getByRole('button', { name: '导出', exact: true }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('menu-button'))).toBe(true);
    // A chosen action closes the menu: the table view opens as a list.
    await page.getByRole('button', { name: '菜单' }).click();
    await page.getByRole('button', { name: '表格视图', exact: true }).click();
    await page.locator('.table-list li').first().waitFor();
    expect(await page.getByRole('button', { name: '打开图谱', exact: true }).isVisible()).toBe(false);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await controlProblems(page, TAP_TARGET)).toEqual([]);
    await page.locator('.table-list li').nth(1).getByRole('button').click();
    await expect.poll(() => page.locator('.bottom-sheet .details h2').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('drags the bottom sheet up to read more and down to dismiss it', async () => {
    const { page, errors } = await harness.open('?sel=product:doubao', phone, { touch: true });
    await waitForReady(page);
    const sheet = page.locator('.bottom-sheet');
    const handle = sheet.locator('.sheet-handle');
    const height = async () => (await sheet.boundingBox())!.height;
    const low = await height();
    const drag = async (dy: number) => {
      const box = (await handle.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      for (let step = 1; step <= 5; step++) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + (dy * step) / 5);
      await page.mouse.up();
    };
    await drag(-150);
    await expect.poll(height).toBeGreaterThan(low + 200);
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    await drag(150);
    await expect.poll(height).toBeLessThan(low + 1);
    await drag(150);
    await expect.poll(() => sheet.count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBeNull();
    // The handle is a button too: a tap (or Enter) expands the sheet.
    await page.goto(`${harness.baseUrl}?sel=product:doubao`);
    await waitForReady(page);
    await handle.click();
    expect(await handle.getAttribute('aria-expanded')).toBe('true');
    expect(errors).toEqual([]);
  });

  it('keeps drawing when rotated and resized to any size', async () => {
    const { page, errors } = await harness.open('?sel=product:doubao', phone, { touch: true });
    await waitForReady(page);
    for (const [width, height, share] of [
      [844, 390, 0.9],
      [1280, 800, 0.4],
      [768, 1024, 0.5],
      [320, 568, 0.9],
      [200, 300, 0.9],
      [390, 844, 0.9],
    ] as const) {
      await page.setViewportSize({ width, height });
      // The layout follows the new size within a few frames (longer on a loaded machine): wait for it, not a fixed time.
      await expect.poll(() => mapShare(page), { message: `${width}×${height}`, timeout: 10_000 }).toBeGreaterThanOrEqual(share);
      await expect.poll(() => horizontalOverflow(page), { message: `${width}×${height}`, timeout: 10_000 }).toBeLessThanOrEqual(0);
      expect(await page.locator('.details h2').textContent()).toBe('豆包');
    }
    expect(await page.locator('[data-ready="true"]').count()).toBe(1);
    expect(await page.locator('[data-testid="drawing-error"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('never a blank page', () => {
  it('waits for a map container with no width instead of failing, then draws when it gets one', async () => {
    const page = await harness.browser.newPage({ viewport: { width: 360, height: 740 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
    // The stage is squeezed to nothing from the first layout, until the test lets go. A constructed
    // style sheet, not a <style> element (which the CSP refuses).
    await page.addInitScript(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('.stage { flex: 0 0 0px !important; width: 0 !important; height: 0 !important; }');
      document.adoptedStyleSheets = [sheet];
    });
    await page.goto(harness.baseUrl);
    await page.locator('.graph-view').waitFor({ state: 'attached' });
    await page.waitForTimeout(1500);
    expect(await page.locator('.graph-view').getAttribute('data-ready')).toBe('false');
    expect(await page.locator('.topbar').isVisible()).toBe(true);
    expect(await page.locator('.graph-view').evaluate((element) => element.getBoundingClientRect().width)).toBe(0);
    await page.evaluate(() => {
      document.adoptedStyleSheets = [];
    });
    await waitForReady(page);
    expect(await mapShare(page)).toBeGreaterThanOrEqual(0.9);
    expect(errors).toEqual([]);
    await page.close();
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 360, height: 740 },
  ]) {
    it(`shows a readable error with ways out when the map fails to draw (${viewport.width}×${viewport.height})`, async () => {
      const page = await harness.browser.newPage({ viewport });
      await page.addInitScript(() => {
        const getContext = HTMLCanvasElement.prototype.getContext;
        HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
          if (type.startsWith('webgl')) throw new Error('WebGL is switched off for this test');
          return (getContext as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
        } as typeof getContext;
      });
      await page.goto(`${harness.baseUrl}?lang=en`);
      const error = page.getByTestId('drawing-error');
      await error.waitFor();
      expect(await error.getAttribute('role')).toBe('alert');
      expect(await error.textContent()).toContain('The map could not be drawn');
      expect(await error.textContent()).toContain('地图绘制出错');
      expect(await error.locator('pre').textContent()).toContain('WebGL is switched off for this test');
      expect(await error.getByRole('button', { name: /Reload/ }).isVisible()).toBe(true);
      expect(await error.getByRole('link', { name: /Back to the report graph/ }).getAttribute('href')).toBe('/');
      // The rest of the page still works: search, filters, the table are there.
      expect(await page.getByRole('combobox', { name: /Search/ }).isVisible()).toBe(true);
      expect(await page.evaluate(() => document.body.innerText.length)).toBeGreaterThan(100);
      await harness.screenshot(page, `drawing-error-${viewport.width}`);
      await page.close();
    });
  }
});
