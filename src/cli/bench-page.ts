// What `npm run bench` does in a page: the heap, settling, the GPU's drawing, and the timed interactions (a filter
// click, a brush move, play, a search keystroke). Functions run in the page hold no named helpers: tsx would wrap
// them in a __name() the page lacks.
import type { Page } from 'playwright-core';

/** Live JS heap once the page has settled (idle work such as the search index done), after a full GC. */
export async function heapMb(page: Page): Promise<number> {
  await page.evaluate(() => new Promise<void>((done) => requestIdleCallback(() => done(), { timeout: 10_000 })));
  await page.waitForTimeout(1000);
  const session = await page.context().newCDPSession(page);
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  await session.detach();
  return usedSize / 1e6;
}

/**
 * Waits until frames flow again: two requestAnimationFrame round trips under 100 ms each. With software
 * WebGL the GPU process can still be drawing what the load queued seconds after the first frame, and a
 * redraw timed then would include that backlog. Bare sigma and the viewer both settle before timing.
 */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const deadline = performance.now() + 120_000;
    let quick = 0;
    while (quick < 2 && performance.now() < deadline) {
      const started = performance.now();
      await new Promise<void>((done) => requestAnimationFrame(() => done()));
      quick = performance.now() - started < 100 ? quick + 1 : 0;
    }
  });
}

/**
 * A click on a filter: the time to the next frame (measured as bare sigma's redraw is: the work, then a
 * requestAnimationFrame and a task), and the viewer's own work in it (the click's synchronous time
 * minus sigma's redraw, which the viewer marks as `landscape:redraw`).
 */
export async function timeClick(page: Page, selector: ReturnType<Page['locator']>): Promise<{ frame: number; work: number }> {
  const handle = await selector.elementHandle({ timeout: 30_000 });
  if (!handle) throw new Error('control not found');
  // No named helpers inside evaluated functions: tsx would wrap them in a __name() the page lacks.
  return handle.evaluate(async (element) => {
    performance.clearMeasures('landscape:redraw');
    const started = performance.now();
    (element as HTMLElement).click();
    const clicked = performance.now() - started;
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const frame = performance.now() - started;
    const redraw = performance.getEntriesByName('landscape:redraw').reduce((sum, entry) => sum + entry.duration, 0);
    if (redraw === 0) throw new Error('the click did not redraw the graph');
    return { frame, work: clicked - redraw };
  });
}

/**
 * A move of the time brush: the slider's value set and its input event sent, as a drag or an arrow key does;
 * timed as a filter click is (the synchronous work minus sigma's redraw, and the time to the next frame).
 */
export async function timeSliderToMiddle(page: Page, testId: string) {
  const handle = await page.getByTestId(testId).elementHandle({ timeout: 30_000 });
  if (!handle) throw new Error(`${testId} not found`);
  return handle.evaluate(async (element) => {
    const input = element as HTMLInputElement;
    const next = Math.round((Number(input.min) + Number(input.max)) / 2);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    performance.clearMeasures('landscape:redraw');
    const started = performance.now();
    setter.call(input, String(next));
    input.dispatchEvent(new Event('input', { bubbles: true }));
    const moved = performance.now() - started;
    await new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
    const frame = performance.now() - started;
    const redraw = performance.getEntriesByName('landscape:redraw').reduce((sum, entry) => sum + entry.duration, 0);
    if (redraw === 0) throw new Error('the brush move did not redraw the graph');
    return { frame, work: moved - redraw };
  });
}

/**
 * Play: the viewer's own work per step, from the step's frame callback (mark `landscape:play-step`) to the start
 * of sigma's redraw of it, over the steps taken in `duration` ms.
 */
export async function timePlaySteps(page: Page, duration: number): Promise<number[]> {
  await page.evaluate(() => {
    performance.clearMarks('landscape:play-step');
    performance.clearMeasures('landscape:redraw');
  });
  await page.getByTestId('time-play').click();
  await page.waitForTimeout(duration);
  await page.getByTestId('time-play').click();
  return page.evaluate(() => {
    const redraws = performance.getEntriesByName('landscape:redraw');
    return performance.getEntriesByName('landscape:play-step').flatMap((step) => {
      const redraw = redraws.find((entry) => entry.startTime >= step.startTime);
      return redraw ? [redraw.startTime - step.startTime] : [];
    });
  });
}

export async function timeSearch(page: Page, query: string): Promise<number> {
  const box = page.getByRole('combobox').first();
  const handle = await box.elementHandle({ timeout: 30_000 });
  if (!handle) throw new Error('search box not found');
  return handle.evaluate(async (element, text) => {
    const input = element as HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const started = performance.now();
    setter.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 600; i++) {
      if (document.querySelectorAll('[role="option"]').length > 0) return performance.now() - started;
      await new Promise<void>((done) => setTimeout(done, 1));
    }
    throw new Error('no search results appeared');
  }, query);
}

/**
 * When the GPU has drawn what sigma asked of it: a one-pixel read from each of sigma's WebGL canvases returns only
 * after their commands have run. With software WebGL a frame's rasterisation comes after its animation frame (13–14 s
 * for bare sigma's first frame of the 100k landscape, against 10 ms to the frame callback), and whether a later
 * frame callback waits for it depends on what else the page draws — so "frame" figures alone compare unlike things.
 */
export async function drawnAt(page: Page): Promise<number> {
  return page.evaluate(() => {
    for (const canvas of document.querySelectorAll<HTMLCanvasElement>('canvas[class^="sigma-"]')) {
      const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
      gl?.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
    }
    return performance.now();
  });
}
