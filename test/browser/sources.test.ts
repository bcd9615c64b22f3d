// Many sources, one map, in real Chromium: the first view is the report's map with its vendors' Epoch models
// (one click to everything), the source facet narrows "N of M", colour by source, Qwen3's evidence from Epoch
// with its links to the Qwen family and Alibaba, a disagreement between sources, the credit line, and data
// from another origin said to be so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TEST_DIST } from './global-setup';
import { REPORT, computeFirstViewIds } from './first-view';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
let bundle: Bundle;
const EPOCH = 'epoch-ai-models';

beforeAll(async () => {
  harness = await startHarness();
  bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
});
afterAll(async () => {
  await harness?.close();
});

const sourcesOf = (id: string) => bundle.graph.nodes.find((node) => node.key === id)?.attributes?.sourceIds ?? [];

async function counts(page: Page): Promise<{ visible: number; total: number }> {
  const status = page.getByTestId('visible-count');
  return { visible: Number(await status.getAttribute('data-visible')), total: Number(await status.getAttribute('data-total')) };
}

describe('many sources, one map', () => {
  it('opens on the report’s map with its vendors’ models; one click shows every source, and the link keeps it', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const total = bundle.graph.nodes.length;
    const first = computeFirstViewIds(bundle).size;
    expect(first).toBeGreaterThan(800);
    expect(first).toBeLessThan(2500);
    expect(await counts(page)).toEqual({ visible: first, total });
    await page.getByRole('radio', { name: /全部来源的全部节点/ }).check();
    await expect.poll(async () => (await counts(page)).visible).toBe(total);
    await expect.poll(() => new URL(page.url()).searchParams.get('scope')).toBe('all');
    await page.reload();
    await waitForReady(page);
    expect((await counts(page)).visible).toBe(total);
    expect(await page.getByRole('radio', { name: /全部来源的全部节点/ }).isChecked()).toBe(true);
    // Clearing the filters keeps the scope: it is where the map starts, not a filter.
    await page.getByRole('checkbox', { name: /企业/ }).first().check();
    await page.getByRole('button', { name: '清除全部筛选' }).click();
    await expect.poll(async () => (await counts(page)).visible).toBe(total);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('narrows "N of M" by the sources that cite a node, and colours by source with counts that add up', async () => {
    const { page, errors } = await harness.open('?scope=all&lang=en');
    await waitForReady(page);
    const epochOnly = bundle.graph.nodes.filter((node) => sourcesOf(node.key).join('+') === EPOCH).length;
    const both = bundle.graph.nodes.filter((node) => sourcesOf(node.key).join('+') === `${REPORT}+${EPOCH}`).length;
    const facet = page.getByRole('group', { name: 'Cited by' });
    await facet.getByRole('checkbox', { name: /Epoch AI only/ }).check();
    await expect.poll(async () => (await counts(page)).visible).toBe(epochOnly);
    await facet.getByRole('checkbox', { name: /iResearch \+ Epoch AI/ }).check();
    await expect.poll(async () => (await counts(page)).visible).toBe(epochOnly + both);
    await expect.poll(() => new URL(page.url()).searchParams.get('src')).toBe(`${EPOCH},${REPORT}+${EPOCH}`);

    await page.getByRole('combobox', { name: /Colour by/ }).selectOption('source');
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect
      .poll(() => legend.locator('li').filter({ hasText: 'Epoch AI only' }).locator('.count').textContent())
      .toBe(String(epochOnly));
    expect(await legend.locator('li').filter({ hasText: 'iResearch + Epoch AI' }).locator('.count').textContent()).toBe(String(both));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds Qwen3 by search and shows Epoch’s row with its link to the Qwen family and to Alibaba, in both languages', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    await page.locator('body').press('/');
    await page.keyboard.type('Qwen3');
    const option = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: /^Qwen3-32B/ });
    await option.first().click();
    const details = page.locator('aside.details');
    await expect.poll(() => details.locator('h2').textContent()).toBe('Qwen3-32B');
    const epoch = details.locator('.evidence').first().locator('[data-source="epoch-ai-models"]');
    expect(await epoch.locator('figcaption').textContent()).toMatch(/AI模型数据（Epoch AI）.*行 \d+/);
    expect(await epoch.locator('figcaption a').getAttribute('href')).toBe('https://epoch.ai/data/ai-models');
    expect(await epoch.locator('dt').allTextContents()).toEqual(expect.arrayContaining(['Model', 'Parameters', 'Model accessibility']));
    expect(await details.locator('.facts').textContent()).toContain('328亿');
    const links = details.locator('.neighbours');
    await expect.poll(() => links.getByRole('button', { name: '通义千问' }).count()).toBe(1);
    expect(await links.getByRole('button', { name: '阿里巴巴' }).count()).toBe(1);
    await page.getByRole('button', { name: /EN（/ }).click();
    await expect.poll(() => links.getByRole('button', { name: 'Qwen', exact: true }).count()).toBe(1);
    expect(await links.getByRole('button', { name: 'Alibaba', exact: true }).count()).toBe(1);
    expect(await details.locator('.facts').textContent()).toContain('32.8 billion');
    // A click on the family goes to it: a node both the report and Epoch name says "2 sources".
    await links.getByRole('button', { name: 'Alibaba', exact: true }).click();
    await expect.poll(() => details.locator('h2').textContent()).toBe('Alibaba');
    expect(sourcesOf('company:alibaba')).toEqual([REPORT, EPOCH]);
    expect(await details.locator('.source-count').first().textContent()).toBe('2 sources');
    expect(await details.locator('.evidence').first().locator('blockquote').count()).toBeGreaterThan(0);
    expect(await details.locator('.evidence').first().locator('.row-citation').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says where the sources disagree on a developer, naming each claim, and not where one adds a co-developer', async () => {
    // Vidu: Epoch names ShengShu and Tsinghua, the report's editors ShengShu: no disagreement.
    const { page, errors } = await harness.open('?sel=model:vidu&lang=en');
    await waitForReady(page);
    await expect.poll(() => page.locator('aside.details h2').textContent()).toBe('Vidu');
    expect(await page.locator('aside.details .disagreement').count()).toBe(0);
    // The same bundle where the report says ByteDance made Qwen3-32B, which Epoch says Alibaba did.
    const disputed = structuredClone(bundle);
    disputed.graph.edges.push({
      key: 'model:qwen3-32b|developed_by|company:bytedance',
      source: 'model:qwen3-32b',
      target: 'company:bytedance',
      attributes: { relation: 'developed_by', label: '开发方', sources: [], sourceIds: [REPORT], size: 1, color: '#c8ccd4' },
    });
    mkdirSync(resolve(TEST_DIST, 'fixtures'), { recursive: true });
    writeFileSync(resolve(TEST_DIST, 'fixtures/disagree.json'), JSON.stringify(disputed));
    await page.goto(new URL('?data=fixtures/disagree.json&sel=model:qwen3-32b&lang=en', harness.baseUrl).toString());
    await waitForReady(page);
    const note = page.locator('aside.details .disagreement');
    await expect.poll(() => note.count()).toBe(1);
    expect(await note.textContent()).toBe('来源说法不一 / Sources disagreeDeveloper: iResearch: ByteDance; Epoch AI: Alibaba');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every source’s credit line under the map', async () => {
    const { page } = await harness.open('?lang=en');
    await waitForReady(page);
    const credits = page.getByRole('contentinfo', { name: 'Data sources' });
    expect(await credits.textContent()).toContain("Epoch AI, 'Data on AI Models', epoch.ai/data/ai-models (CC BY 4.0)");
    expect(await credits.textContent()).toContain('iResearch, 2024 China Artificial Intelligence Industry Research Report');
    expect(await page.locator('.topbar .subtitle').textContent()).toBe(
      '2024 China Artificial Intelligence Industry Research Report + Epoch AI',
    );
    await page.close();
  });

  it('marks a bundle from another origin in the header, beside its evidence and in the credit line', async () => {
    // The page is served from 127.0.0.1; the same bundle fetched through "localhost" is another origin.
    const other = new URL(BUNDLE_PATH, harness.baseUrl.replace('127.0.0.1', 'localhost')).toString();
    const { page, errors } = await harness.open(`?data=${encodeURIComponent(other)}&sel=company:alibaba&lang=en`);
    await waitForReady(page);
    const origin = new URL(other).origin;
    expect(await page.locator('.topbar .foreign-badge').textContent()).toBe(`Outside data: ${origin}`);
    expect(await page.locator('aside.details figcaption').first().textContent()).toContain(`Outside data: ${origin}`);
    expect(await page.getByRole('contentinfo', { name: 'Data sources' }).textContent()).toContain(origin);
    expect(errors).toEqual([]);
    await page.close();
  });
});
