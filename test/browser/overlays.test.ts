// The panels over the map (legend, re-layout, zoom controls) never hide nodes when the camera fits:
// at the first view, after a filter and after the fit button, in Chinese and English, on a wide and a
// small screen. Read from real screenshots with the panels and labels hidden; and the legend folds
// from the keyboard.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkInBoxes, startHarness, waitForCameraSettled, waitForReady, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const OVERLAYS = { legend: '.overlay-top-left', relayout: '.overlay-bottom-left', zoom: '.zoom-controls' } as const;
type Overlay = keyof typeof OVERLAYS;

interface Ink {
  /** Drawn pixels of the whole map. */
  map: number;
  /** Drawn pixels under each panel. */
  under: Record<Overlay, number>;
}

/**
 * What the map draws under each panel: the panels and the label layer are hidden for one screenshot
 * (labels may run under a panel; nodes and links may not), then pixels that are not background are
 * counted inside each panel's box.
 */
async function inkUnderOverlays(page: Page): Promise<Ink> {
  const map = (await page.locator('.graph-view').boundingBox())!;
  const boxes = {} as Record<Overlay, { x: number; y: number; width: number; height: number }>;
  for (const [name, selector] of Object.entries(OVERLAYS) as [Overlay, string][]) {
    const box = (await page.locator(selector).boundingBox())!;
    boxes[name] = { x: box.x - map.x, y: box.y - map.y, width: box.width, height: box.height };
  }
  const hide = (hidden: boolean) =>
    page.evaluate(
      ({ selectors, hidden }) => {
        for (const element of document.querySelectorAll<HTMLElement>(selectors)) element.style.visibility = hidden ? 'hidden' : '';
      },
      { selectors: [...Object.values(OVERLAYS), 'canvas.sigma-labels'].join(', '), hidden },
    );
  await hide(true);
  const ink = await inkInBoxes(page, map, { ...boxes, map: { x: 0, y: 0, width: map.width, height: map.height } });
  await hide(false);
  const { map: drawn, ...under } = ink;
  return { map: drawn, under };
}

const legendToggle = (page: Page, name: RegExp) => page.locator('.legend').getByRole('button', { name });

describe('panels over the map', () => {
  const screens = [
    { lang: 'zh', width: 1400, height: 900, folded: false },
    { lang: 'en', width: 1280, height: 800, folded: false },
    { lang: 'zh', width: 800, height: 700, folded: true },
    { lang: 'en', width: 800, height: 700, folded: true },
  ] as const;
  for (const { lang, width, height, folded } of screens) {
    it(`leaves every node clear of the legend and the controls at the first view (${lang}, ${width}×${height})`, async () => {
      const { page, errors } = await harness.open(lang === 'en' ? '?lang=en' : '', { width, height });
      await waitForReady(page);
      const toggle = legendToggle(page, lang === 'en' ? /^Legend$/ : /^图例$/);
      // The legend starts open where there is room for it, folded on a small screen.
      expect(await toggle.getAttribute('aria-expanded')).toBe(String(!folded));
      await harness.screenshot(page, `overlays-${lang}-${width}x${height}`);
      const ink = await inkUnderOverlays(page);
      expect(ink.map, 'the map is drawn').toBeGreaterThan(2000);
      expect(ink.under).toEqual({ legend: 0, relayout: 0, zoom: 0 });
      // The first view is not written into the link: the link opens the same fitted view.
      expect(new URL(page.url()).searchParams.get('cam')).toBeNull();
      expect(errors).toEqual([]);
    });
  }

  it('keeps nodes clear of the panels when a filter or the fit button moves the camera', async () => {
    const { page, errors } = await harness.open('?lang=en', { width: 800, height: 700 });
    await waitForReady(page);
    // At 800 px (a tablet) the filters are in a drawer over the map.
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.locator('input[data-value="modality:vision"]').check();
    await page.locator('.filter-drawer').getByRole('button', { name: 'Close' }).click();
    await waitForCameraSettled(page);
    expect((await inkUnderOverlays(page)).under).toEqual({ legend: 0, relayout: 0, zoom: 0 });
    // Open the legend, zoom in, then fit: the open legend is kept clear too.
    await legendToggle(page, /^Legend$/).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await waitForCameraSettled(page);
    expect((await inkUnderOverlays(page)).under.legend, 'zoomed in, nodes run under the open legend').toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Fit visible nodes' }).click();
    await waitForCameraSettled(page);
    await harness.screenshot(page, 'overlays-fit-open-legend');
    const ink = await inkUnderOverlays(page);
    expect(ink.map).toBeGreaterThan(1000);
    expect(ink.under).toEqual({ legend: 0, relayout: 0, zoom: 0 });
    // Reset frames the whole graph, clear of the panels as well.
    await page.getByRole('button', { name: 'Reset view' }).click();
    await waitForCameraSettled(page);
    expect((await inkUnderOverlays(page)).under).toEqual({ legend: 0, relayout: 0, zoom: 0 });
    expect(errors).toEqual([]);
  });

  it('folds and unfolds the legend from the keyboard, and says which it is', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const toggle = legendToggle(page, /^图例$/);
    const rows = page.locator('.legend li');
    const colourBy = page.getByRole('combobox', { name: /着色依据/ });
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await rows.first().isVisible()).toBe(true);
    const controlled = (await toggle.getAttribute('aria-controls'))!;
    expect(await page.locator(`[id="${controlled}"]`).locator('li').count()).toBe(await rows.count());
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await rows.first().isVisible()).toBe(false);
    expect(await colourBy.isVisible()).toBe(false);
    const folded = (await page.locator(OVERLAYS.legend).boundingBox())!;
    expect(folded.height).toBeLessThan(60);
    await page.keyboard.press('Space');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await rows.first().isVisible()).toBe(true);
    // Tab goes on to the colour switch inside the open legend.
    await page.keyboard.press('Tab');
    expect(await colourBy.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
  });
});
