// A compact bundle opened with ?data= draws the same map as the JSON one (same nodes, same search), and a
// damaged one ends on the error page that names the problem, not on a half-drawn map.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_PATH, COMPACT_BUNDLE_PATH, encodeCompactBundle, type Bundle } from '../../src/core/bundle/index.js';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
let compact: string;

beforeAll(async () => {
  harness = await startHarness();
  const bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
  compact = JSON.stringify(encodeCompactBundle(bundle));
});

afterAll(async () => {
  await harness?.close();
});

async function visibleCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
}

describe('compact bundle', () => {
  it('draws the same map as the JSON bundle, with search and filters working', async () => {
    const plain = await harness.open('?m=vision');
    await waitForReady(plain.page);
    const expected = await visibleCount(plain.page);

    const { page, errors } = await harness.open();
    await page.route('**/compact/landscape.json', (route) => route.fulfill({ contentType: 'application/json', body: compact }));
    await page.goto(new URL('?data=compact/landscape.json&m=vision', harness.baseUrl).toString());
    await waitForReady(page);
    expect(await visibleCount(page)).toBe(expected);
    await page.locator('body').press('/');
    await page.keyboard.type('豆包');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toContain('豆包');
    expect(errors).toEqual([]);
  });

  it("loads the report's compact bundle by default, a third lighter than its JSON, and draws every node", async () => {
    const { page, errors } = await harness.open();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(harness.baseUrl);
    await waitForReady(page);
    expect(requested).toContain(`/${COMPACT_BUNDLE_PATH}`);
    expect(requested).not.toContain(`/${BUNDLE_PATH}`);
    const json = await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).text();
    const shipped = await (await fetch(new URL(COMPACT_BUNDLE_PATH, harness.baseUrl))).text();
    expect(shipped.length).toBeLessThan(json.length * 0.7);
    const bundle = JSON.parse(json) as Bundle;
    expect(Number(await page.getByTestId('visible-count').getAttribute('data-total'))).toBe(bundle.graph.nodes.length);
    expect(errors).toEqual([]);
  });

  it('names what is wrong with a damaged compact bundle', async () => {
    const damaged = JSON.parse(compact);
    damaged.graph.edges.targets.pop();
    const { page } = await harness.open();
    await page.route('**/compact/damaged.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(damaged) }),
    );
    await page.goto(new URL('?data=compact/damaged.json', harness.baseUrl).toString());
    const alert = page.locator('.error-page');
    await expect.poll(() => alert.count(), { timeout: 30_000 }).toBe(1);
    expect(await alert.textContent()).toMatch(/compact bundle is damaged: links have \d+ sources but \d+ targets/);
    expect(await page.locator('[data-ready="true"]').count()).toBe(0);
  });
});
