// The timeline in the browser: a brushed window gives the "N of M" the data says, the URL reopens it, undated
// nodes follow the chosen option, play advances and stops at the end, new-in-period buttons select, dates show
// with their precision and source, the table sorts by date; in Chinese and English, on a desktop and a phone.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/graph-data.js';
import { formatMonth, overlapsRange, readDate } from '../../src/core/dates/index.js';
import { validateDataset } from '../../src/core/records/index.js';
import { startHarness, waitForReady, type Harness } from './harness';

const { dataset } = validateDataset(readGraphData(resolve(import.meta.dirname, '../../graph-data')));
const dates = dataset.entities.map((entity) => readDate(entity.released) ?? readDate(entity.founded));
const firstMonths = dates.flatMap((date) => (date ? [date.firstMonth] : []));
const EXTENT = { from: Math.min(...firstMonths), until: Math.max(...firstMonths) };
const month = (year: number, number: number) => year * 12 + number - 1;

/** What the data says the window shows: the entities dated in it, and the undated ones when kept. */
function expectedVisible(from: number, until: number, undated: 'keep' | 'hide'): number {
  return dates.filter((date) => (date ? overlapsRange(date.firstMonth, date.lastMonth, { from, until }) : undated === 'keep')).length;
}

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function open(query: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { page, errors } = await harness.open(query, viewport, { touch: viewport !== undefined });
  await waitForReady(page);
  expect(errors).toEqual([]);
  return page;
}

const visibleCount = async (page: Page) => Number(await page.getByTestId('visible-count').getAttribute('data-visible'));

describe('timeline', () => {
  it('has dated entities from the report and from Epoch AI to work on', () => {
    expect(firstMonths.length).toBeGreaterThan(1900);
    expect(dates.filter((date) => date === undefined).length).toBeGreaterThan(100);
  });

  it('brushing a window with the keyboard shows the nodes the data dates in it; undated kept or hidden; the URL reopens it', async () => {
    const page = await open('?lang=en&scope=all');
    const total = Number(await page.getByTestId('visible-count').getAttribute('data-total'));
    expect(total).toBe(dataset.entities.length);
    await page.getByRole('checkbox', { name: 'Filter by time' }).check();
    await expect.poll(() => page.url()).toContain(`time=${formatMonth(EXTENT.from)}..${formatMonth(EXTENT.until)}`);
    expect(await visibleCount(page)).toBe(total);

    const from = page.getByRole('slider', { name: 'From (month)' });
    const until = page.getByRole('slider', { name: 'Until (month)' });
    await from.fill(String(month(2023, 1)));
    await until.fill(String(month(2025, 2)));
    // The arrow keys move an end by a month.
    await until.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => until.getAttribute('aria-valuetext')).toBe('2024-12');
    await from.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => from.getAttribute('aria-valuetext')).toBe('2023-01');

    const keep = expectedVisible(month(2023, 1), month(2024, 12), 'keep');
    await expect.poll(() => visibleCount(page)).toBe(keep);
    expect(await page.getByTestId('visible-count').textContent()).toBe(`Visible ${keep} of ${total} nodes`);
    await page.getByTestId('time-undated').selectOption('hide');
    const hide = expectedVisible(month(2023, 1), month(2024, 12), 'hide');
    expect(hide).toBeGreaterThan(100);
    expect(hide).toBeLessThan(keep);
    await expect.poll(() => visibleCount(page)).toBe(hide);
    expect(await page.getByTestId('new-in-period').getAttribute('data-total')).toBe(String(hide));
    await expect.poll(() => page.url()).toContain('time=2023-01..2024-12&undated=hide');
    await harness.screenshot(page, 'time-window-en');

    const again = await open(new URL(page.url()).search);
    await expect.poll(() => visibleCount(again)).toBe(hide);
    expect(await again.getByTestId('time-from').getAttribute('aria-valuetext')).toBe('2023-01');
    expect(await again.getByTestId('time-until').getAttribute('aria-valuetext')).toBe('2024-12');
    expect(await again.getByTestId('time-undated').inputValue()).toBe('hide');
  });

  it('"new in this period" lists the newest first, and its buttons select', async () => {
    const page = await open('?lang=en&scope=all&time=2024-01..2024-12&undated=hide');
    const list = page.getByTestId('new-in-period');
    const expected = expectedVisible(month(2024, 1), month(2024, 12), 'hide');
    expect(expected).toBeGreaterThan(30);
    expect(await list.getAttribute('data-total')).toBe(String(expected));
    const buttons = list.getByRole('button');
    expect(await buttons.count()).toBe(30);
    expect(await list.textContent()).toContain(`${expected - 30} more`);
    const shown = (await list.locator('li .muted').allTextContents()).map((text) => readDate(text.trim())!.firstMonth);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    const first = await buttons.first().getAttribute('data-id');
    await buttons.first().click();
    await expect.poll(() => page.url()).toContain(`sel=${first}`);
    await page.locator('aside.details h2').waitFor();
  });

  it('play grows the window step by step and stops at the last date', async () => {
    const page = await open('?lang=en&scope=all&time=2019-01..2019-01&undated=hide');
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('4');
    // Every value the large date shows, as it changes.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const element = document.querySelector('[data-testid="time-current"]')!;
      seen.push(element.textContent ?? '');
      new MutationObserver(() => seen.push(element.textContent ?? '')).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.getByTestId('time-play').click();
    expect(await page.getByTestId('time-play').textContent()).toBe('Pause');
    await expect.poll(() => page.getByTestId('time-current').textContent(), { timeout: 30_000 }).toBe(formatMonth(EXTENT.until));
    await expect.poll(() => page.getByTestId('time-play').textContent()).toBe('Play');
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect([...seen].sort()).toEqual(seen);
    expect(new Set(seen).size).toBe(seen.length);
    await expect.poll(() => visibleCount(page)).toBe(expectedVisible(month(2019, 1), EXTENT.until, 'hide'));
  });

  it('shows a date with its precision and source, and sorts the table by date', async () => {
    const page = await open('?lang=en&scope=all&sel=product:chatgpt&table=1');
    const date = page.getByTestId('date-released');
    expect(await date.getAttribute('data-precision')).toBe('month');
    expect(await date.textContent()).toContain('2022-11 (Precision: month)');
    expect(await date.textContent()).toContain('iresearch-2024: 「2022年11月，GPT3.5的ChatGPT面世');
    await page.getByRole('button', { name: 'Sort by Date' }).click();
    const firstDate = await page.locator('.table-view tbody tr td[data-column="date"]').first().textContent();
    expect(readDate(firstDate)?.firstMonth).toBe(EXTENT.from);

    // A link's date: Ola Friend has run on the Doubao model since October 2024, the report says.
    const ola = await open('?lang=en&sel=hardware:ola-friend');
    const since = ola.getByTestId('date-since');
    expect(await since.count()).toBe(1);
    expect(await since.textContent()).toContain('2024-10 (Precision: month)');
    expect(await since.textContent()).toContain('Ola Friend');
  });

  it('speaks Chinese, and works on a phone', async () => {
    const page = await open('?time=2023-01..2024-12', { width: 390, height: 844 });
    const timeline = page.getByRole('region', { name: '时间线' });
    await expect.poll(() => timeline.isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: '按时间筛选' }).isChecked()).toBe(true);
    expect(await page.getByRole('slider', { name: '起始月份' }).getAttribute('aria-valuetext')).toBe('2023-01');
    expect(await page.getByTestId('new-in-period').getByRole('heading').textContent()).toMatch(/^本时段新增（\d+）$/);
    const box = (await timeline.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    await harness.screenshot(page, 'time-window-zh-phone');
  });
});
