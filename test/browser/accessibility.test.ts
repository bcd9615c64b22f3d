// axe-core (WCAG 2.0/2.1 A and AA) over every view a user can reach, in Chinese and English, on the
// production build with its CSP on. A violation fails with the rule, the element and how to fix it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations, formatFindings, runAxe } from './axe';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const LANGS = ['zh', 'en'] as const;
type Lang = (typeof LANGS)[number];
const WORDS = {
  zh: { export: '导出', figures: '报告数据', relayout: '重新布局可见节点', sortName: '按名称排序', showAll: /显示全部/ },
  en: { export: 'Export', figures: 'Report figures', relayout: 'Re-layout visible nodes', sortName: 'Sort by Name', showAll: /Show all/ },
} as const;

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 768, height: 1024 };

async function open(lang: Lang, query = '', viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
  const params = new URLSearchParams(query);
  if (lang === 'en') params.set('lang', 'en');
  const search = params.toString();
  const opened = await harness.open(search ? `?${search}` : '', viewport, { touch: viewport !== undefined && viewport.width <= 1024 });
  await waitForReady(opened.page);
  return opened;
}

describe('the axe harness', () => {
  it('runs the rules in the page despite the CSP, and reports a planted violation with its element and help', async () => {
    const { page } = await open('zh');
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'planted';
      document.body.append(button);
    });
    const findings = await runAxe(page);
    const planted = findings.find((finding) => finding.rule === 'button-name');
    expect(planted, formatFindings('planted', findings)).toBeTruthy();
    expect(planted!.nodes.map((node) => node.target)).toContain('#planted');
    expect(formatFindings('planted', findings)).toMatch(
      /button-name \(critical\): Buttons must have discernible text — https:\/\/dequeuniversity/,
    );
  });
});

describe.each(LANGS)('axe, WCAG 2.1 A/AA (%s)', (lang) => {
  const words = WORDS[lang];

  it('first view', async () => {
    const { page } = await open(lang);
    await expectNoViolations(page, `${lang} first view`);
  });

  it('a selection with its details', async () => {
    const { page } = await open(lang, 'sel=product:doubao');
    await page.locator('aside.details h2').waitFor();
    await expectNoViolations(page, `${lang} selection`);
  });

  it('a node from two sources: Epoch’s row, the report’s quote, coloured by source, every source shown', async () => {
    const { page } = await open(lang, 'sel=company:alibaba&col=source&scope=all&src=epoch-ai-models,iresearch-2024%2Bepoch-ai-models');
    await page.locator('aside.details .source-count').first().waitFor();
    await expectNoViolations(page, `${lang} two sources`);
  });

  it('table view, sorted, with a selected row', async () => {
    const { page } = await open(lang, 'sel=product:doubao&table=1');
    await page.getByRole('button', { name: words.sortName }).click();
    await page.locator('.table-view tr.selected').waitFor();
    await expectNoViolations(page, `${lang} table`);
  });

  it('filters with a facet narrowed and a long facet opened', async () => {
    const { page } = await open(lang);
    await page.locator('input[data-value="modality:vision"]').check();
    await page.locator('aside.filters').getByRole('button', { name: words.showAll }).first().click();
    await expectNoViolations(page, `${lang} filters`);
  });

  it('export dialog', async () => {
    const { page } = await open(lang, 'sel=product:doubao');
    await page.getByRole('button', { name: words.export, exact: true }).click();
    await page.locator('dialog[open]').waitFor();
    await expectNoViolations(page, `${lang} export dialog`);
  });

  it('import error', async () => {
    const { page } = await open(lang);
    await page
      .getByTestId('import-input')
      .setInputFiles([{ name: 'broken.gexf', mimeType: 'application/xml', buffer: Buffer.from('<gexf><graph><nodes><node id="a">') }]);
    await page.getByTestId('import-error').waitFor();
    await expectNoViolations(page, `${lang} import error`);
  });

  it('report figures', async () => {
    const { page } = await open(lang);
    await page.getByRole('button', { name: words.figures }).click();
    await page.locator('section.figures').waitFor();
    await expectNoViolations(page, `${lang} figures`);
  });

  it('analysis: a path with its evidence, then rankings', async () => {
    const { page } = await open(lang, 'an=path&pf=product:doubao&pt=company:deepseek');
    await page.locator('.path-result').waitFor({ timeout: 30_000 });
    await expectNoViolations(page, `${lang} analysis path`);
    await page.locator('.analysis-tabs button').nth(1).click();
    await page.locator('table.rank-table').waitFor({ timeout: 30_000 });
    await expectNoViolations(page, `${lang} analysis rankings`);
  });

  it('communities: coloured by community, one shown alone from the legend, the community facet', async () => {
    const { page } = await open(lang, 'col=community&cm=1');
    await page.locator('.legend-pick[aria-pressed="true"]').waitFor({ timeout: 30_000 });
    await page.locator('.community-facet [data-community="1"]').waitFor();
    await expectNoViolations(page, `${lang} communities`);
  });

  it('analysis: comparison with the evidence of a cell open', async () => {
    const { page } = await open(lang, 'an=compare&cmp=company:bytedance&cmp=company:alibaba');
    await page.locator('table.compare-table .cell-button').first().click();
    await page.locator('.cell-evidence').waitFor();
    await expectNoViolations(page, `${lang} analysis compare`);
  });

  it('analysis: no path, and the reason', async () => {
    const { page } = await open(lang, 'an=path&pf=product:doubao&pt=product:doubao');
    await page.locator('.path-none').waitFor();
    await expectNoViolations(page, `${lang} analysis no path`);
  });

  it('phone: analysis in the bottom sheet', async () => {
    const { page } = await open(lang, 'an=rank', PHONE);
    await page.locator('table.rank-table').waitFor({ timeout: 30_000 });
    await expectNoViolations(page, `${lang} phone analysis`);
  });

  it('re-layout running', async () => {
    const { page } = await open(lang);
    // A worker that never answers keeps the control in its running state for as long as axe needs.
    await page.evaluate(() => {
      (window as unknown as { Worker: unknown }).Worker = class {
        onmessage = null;
        onerror = null;
        postMessage() {}
        terminate() {}
      };
    });
    await page.getByRole('button', { name: words.relayout }).click();
    await page.locator('.relayout progress').waitFor();
    await expectNoViolations(page, `${lang} re-layout running`);
  });

  it('timeline with a window, undated hidden, new in this period and a dated selection', async () => {
    const { page } = await open(lang, 'time=2023-01..2024-12&undated=hide&sel=product:chatgpt');
    await page.getByTestId('new-in-period').waitFor();
    await page.getByTestId('date-released').waitFor();
    await expectNoViolations(page, `${lang} timeline`);
  });

  it('phone: timeline open with a window', async () => {
    const { page } = await open(lang, 'time=2024-01..2024-12', PHONE);
    await page.getByTestId('timeline-histogram').waitFor();
    await expectNoViolations(page, `${lang} phone timeline`);
  });

  it('phone: filter drawer open, a facet ticked', async () => {
    const { page } = await open(lang, '', PHONE);
    await page.locator('.filters-button').click();
    await page.locator('label', { has: page.locator('input[data-value="modality:vision"]') }).click();
    await expectNoViolations(page, `${lang} phone drawer`);
  });

  it('phone: details in the bottom sheet, expanded', async () => {
    const { page } = await open(lang, 'sel=product:doubao', PHONE);
    await page.locator('.sheet-handle').click();
    await page.locator('.bottom-sheet[data-expanded="true"]').waitFor();
    await expectNoViolations(page, `${lang} phone bottom sheet`);
  });

  it('phone: menu open over the table list', async () => {
    const { page } = await open(lang, 'table=1&sel=product:doubao', PHONE);
    await page.locator('.menu-button').click();
    await page.locator('.menu-panel:not([hidden])').waitFor();
    await expectNoViolations(page, `${lang} phone menu and table list`);
  });

  it('tablet: details column and filter drawer open', async () => {
    const { page } = await open(lang, 'sel=product:doubao', TABLET);
    await page.locator('.filters-button').click();
    await page.locator('.filter-drawer').waitFor();
    await expectNoViolations(page, `${lang} tablet`);
  });
});
