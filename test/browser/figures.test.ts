// The report's figures as charts: a figure with several values (the market size, with its 2029 forecast) draws a
// bar per value, beside a table holding the same numbers as the bundle; a share in per cent is drawn against 100 %.
// zh and en, and the panel passes axe. The chart's code is loaded with the panel, not with the first view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { expectNoViolations } from './axe';
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

const MARKET = 'figure:china-ai-industry-market-size';

describe('report figures as charts', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`draws the market size as bars with its table (${lang})`, async () => {
      const { page, errors } = await harness.open(lang === 'en' ? '?lang=en' : '');
      await waitForReady(page);
      const loaded: string[] = [];
      page.on('request', (request) => loaded.push(request.url()));
      await page.getByRole('button', { name: lang === 'en' ? 'Report figures' : '报告数据' }).click();
      const figure = bundle.figures.find((candidate) => candidate.id === MARKET)!;
      const article = page.locator(`article[data-figure="${MARKET}"]`);
      // A bar per value, the forecast among them.
      await article.locator('[data-testid="figure-chart"] svg').waitFor();
      expect(await article.locator('[data-testid="figure-chart"] svg g[aria-label="bar"] rect').count()).toBe(figure.points.length);
      // The table holds the bundle's numbers, the forecast marked.
      const rows = await article
        .getByTestId('figure-table')
        .locator('tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [tr.querySelector('th')!.textContent, tr.querySelector('td')!.textContent]));
      const format = (value: number) => value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
      expect(rows).toEqual(
        figure.points.map((point) => [
          `${typeof point.label === 'string' ? point.label : point.label[lang]}${point.estimate ? (lang === 'zh' ? ' · 预测' : ' · estimate') : ''}`,
          format(Number(point.value)),
        ]),
      );
      // The table is the accessible form; the chart, a picture of it, is hidden from screen readers.
      expect(await article.locator('svg').first().getAttribute('aria-hidden')).toBe('true');
      // A share in per cent is drawn too (against 0–100 %).
      const shares = bundle.figures.filter((candidate) => candidate.unit?.en === '%' && candidate.points.length === 1);
      expect(shares.length).toBeGreaterThan(3);
      await page.locator(`article[data-figure="${shares[0].id}"] [data-testid="figure-chart"] svg`).waitFor();
      // The chart's code came with the panel (a chunk of its own), not with the first view.
      expect(loaded.some((url) => /FigureChart[-.]/.test(url))).toBe(true);
      await harness.screenshot(page, `figures-charts-${lang}`);
      await expectNoViolations(page, `figures panel with charts (${lang})`);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
