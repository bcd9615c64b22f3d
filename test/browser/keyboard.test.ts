// The main tasks with the keyboard only, on the production build: search → select → open a
// neighbour → filter → export, then closing panels. At every stop focus is visible (an outline or a
// shadow), and it never falls back to <body> when what held it goes away.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Focus {
  tag: string;
  text: string;
  value: string | null;
  /** Drawn with an outline or a box shadow. */
  visible: boolean;
  onBody: boolean;
}

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: 'body', text: '', value: null, visible: false, onBody: true };
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 60),
      value: element.getAttribute('data-value'),
      visible: outlined || style.boxShadow !== 'none',
      onBody: false,
    };
  });
}

async function expectVisibleFocus(page: Page, where: string): Promise<Focus> {
  // What closed may hand focus on in the next task: wait a moment for it, not longer.
  await expect
    .poll(async () => (await focus(page)).onBody, { timeout: 1000 })
    .toBe(false)
    .catch(() => {});
  const now = await focus(page);
  expect(now.onBody, `${where}: focus fell to <body>`).toBe(false);
  expect(now.visible, `${where}: focus on <${now.tag}> "${now.text}" is not drawn`).toBe(true);
  return now;
}

/** Presses Tab (or Shift+Tab) until `wanted` holds, checking at every stop that focus shows. */
async function tabUntil(page: Page, wanted: (focus: Focus) => boolean, backwards = false, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const now = await expectVisibleFocus(page, `after ${presses + 1} ${backwards ? 'Shift+Tab' : 'Tab'}`);
    if (wanted(now)) return;
  }
  throw new Error(`not reached in ${limit} presses`);
}

const selected = (page: Page) => new URL(page.url()).searchParams.get('sel');

describe('keyboard only', () => {
  it('searches, selects, opens a neighbour, filters and exports, with focus always shown and kept', async () => {
    const { page, errors } = await harness.open('', { width: 1280, height: 800 });
    await waitForReady(page);

    // The first stop is the skip link to the table view.
    await page.keyboard.press('Tab');
    expect((await expectVisibleFocus(page, 'first Tab')).text).toBe('跳到表格视图（地图的文字版）');
    expect(await page.locator('.skip-link').boundingBox()).toMatchObject({ y: expect.any(Number) });
    expect((await page.locator('.skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);

    // Search → select.
    await page.keyboard.press('/');
    await expectVisibleFocus(page, 'search');
    await page.keyboard.type('豆包');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toBe('product:doubao');
    await expect.poll(() => page.getByTestId('selection-announcer').textContent()).toBe('已选择：豆包（产品）');

    // Open a neighbour: Tab to it in the details, Enter. Its list is redrawn; focus goes to the new heading.
    await tabUntil(page, (now) => now.tag === 'button' && now.text === '字节跳动');
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toBe('company:bytedance');
    await expect.poll(async () => (await focus(page)).tag).toBe('h2');
    expect((await expectVisibleFocus(page, 'after opening a neighbour')).text).toBe('字节跳动');

    // Filter: back to the vision modality, Space ticks it.
    const count = () => page.getByTestId('visible-count').getAttribute('data-visible');
    const before = Number(await count());
    await tabUntil(page, (now) => now.value === 'modality:vision', true);
    await page.keyboard.press('Space');
    await expect.poll(async () => Number(await count())).toBeLessThan(before);

    // Export: back to the top bar's button, Enter opens the dialog, Enter downloads.
    await tabUntil(page, (now) => now.tag === 'button' && now.text === '导出', true);
    await page.keyboard.press('Enter');
    await page.locator('dialog[open]').waitFor();
    await expectVisibleFocus(page, 'export dialog');
    const download = page.waitForEvent('download');
    await tabUntil(page, (now) => now.text === '下载');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/vision/);
    await expect.poll(() => page.locator('dialog[open]').count()).toBe(0);
    expect((await expectVisibleFocus(page, 'after the export dialog')).text).toBe('导出');

    // The figures panel: open with Enter, close with Esc; focus stays on the page.
    await tabUntil(page, (now) => now.text === '报告数据');
    await page.keyboard.press('Enter');
    await page.locator('section.figures').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('section.figures').count()).toBe(0);
    expect((await expectVisibleFocus(page, 'after closing the figures')).text).toBe('报告数据');

    // Clearing the selection from its × button: focus does not fall to <body>.
    await page.locator('aside.details').getByRole('button', { name: '取消选择' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => selected(page)).toBeNull();
    await expectVisibleFocus(page, 'after clearing the selection');
    expect(errors).toEqual([]);
  });

  it('jumps to the table view from the skip link, which lists the same nodes', async () => {
    const { page, errors } = await harness.open('?lang=en', { width: 1280, height: 800 });
    await waitForReady(page);
    await page.keyboard.press('Tab');
    expect((await focus(page)).text).toBe('Skip to the table view (the map as text)');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).tag).toBe('section');
    await expectVisibleFocus(page, 'table view');
    expect(await page.locator('.table-view tbody tr').count()).toBeGreaterThan(100);
    await expect.poll(() => new URL(page.url()).searchParams.get('table')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('closes the filter drawer and the menu on a phone with Esc, and gives focus back to their buttons', async () => {
    const { page, errors } = await harness.open('', { width: 390, height: 844 }, { touch: true });
    await waitForReady(page);
    await page.locator('.filters-button').focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focus(page)).text).toBe('关闭');
    await expectVisibleFocus(page, 'drawer open');
    await tabUntil(page, (now) => now.value === 'company');
    await page.keyboard.press('Space');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.filter-drawer').isVisible()).toBe(false);
    expect((await expectVisibleFocus(page, 'drawer closed')).text).toBe('筛选（1）');
    await page.keyboard.press('Tab');
    expect((await focus(page)).text).toContain('菜单');
    await page.keyboard.press('Enter');
    await expectVisibleFocus(page, 'menu open');
    await page.keyboard.press('Escape');
    expect((await expectVisibleFocus(page, 'menu closed')).text).toContain('菜单');
    expect(errors).toEqual([]);
  });
});
