// The page loads the report graph and draws it on a non-blank canvas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

describe('viewer smoke', () => {
  it('draws the report graph without console errors', async () => {
    const { page, errors } = await harness.open();
    await waitForReady(page);
    const drawn = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('canvas')];
      return canvases.some((canvas) => canvas.width > 0 && canvas.height > 0);
    });
    expect(drawn).toBe(true);
    await harness.screenshot(page, 'smoke');
    expect(errors).toEqual([]);
  });
});
