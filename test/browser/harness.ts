// Browser-test harness: serves the production build with `vite preview` and drives Debian's
// Chromium through playwright-core (software WebGL via SwiftShader).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = resolve(ROOT, 'test-output/screenshots');

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  baseUrl: string;
  /**
   * Opens a page (1400×900 unless told; `touch` for a phone or tablet's touch screen); console errors
   * and page errors are collected in `errors`.
   */
  open(
    path?: string,
    viewport?: { width: number; height: number },
    options?: { touch?: boolean },
  ): Promise<{ page: Page; errors: string[] }>;
  screenshot(page: Page, name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const executablePath = process.env.CHROME_PATH;
  if (!executablePath) throw new Error('CHROME_PATH is not set: run the tests with `npm test`, which finds or installs Chromium.');
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: resolve(ROOT, 'test-output/dist') },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  const baseUrl = `http://127.0.0.1:${address.port}/`;
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    browser,
    server,
    baseUrl,
    async open(path = '', viewport = { width: 1400, height: 900 }, options = {}) {
      const page = await browser.newPage({ viewport, hasTouch: options.touch ?? false });
      const errors: string[] = [];
      page.on('console', (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(new URL(path, baseUrl).toString());
      return { page, errors };
    },
    async screenshot(page, name) {
      await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`) });
    },
    async close() {
      await browser.close();
      await new Promise<void>((done) => server.httpServer.close(() => done()));
    },
  };
}

/** Waits until the graph container says it has drawn. */
export async function waitForReady(page: Page): Promise<void> {
  await page.waitForSelector('[data-ready="true"]', { timeout: 60_000, state: 'attached' });
}

/**
 * Waits until sigma's camera has stopped: its state (mirrored on the container's data-camera every frame) the
 * same over ten animation frames in a row, so fits and zooms have ended and their last frame is drawn. Replaces
 * fixed sleeps before a picture or a comparison.
 */
export async function waitForCameraSettled(page: Page): Promise<void> {
  const stillForTenFrames = () =>
    page.evaluate(
      () =>
        new Promise<boolean>((done) => {
          const read = () => document.querySelector('.sigma-container')?.getAttribute('data-camera') ?? null;
          const first = read();
          let frames = 0;
          const tick = () => {
            if (first === null || read() !== first) done(false);
            else if (++frames >= 10) done(true);
            else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        }),
    );
  await expect.poll(stillForTenFrames, { timeout: 20_000, interval: 50 }).toBe(true);
}

export interface PixelBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A real screenshot of `clip`, and in each of `boxes` (relative to the clip) the number of pixels that
 * differ from the white background: what the page has drawn there.
 */
export async function inkInBoxes<K extends string>(page: Page, clip: PixelBox, boxes: Record<K, PixelBox>): Promise<Record<K, number>> {
  const png = (await page.screenshot({ clip })).toString('base64');
  return page.evaluate(
    async ({ data, boxes }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const counts: Record<string, number> = {};
      for (const [name, box] of Object.entries(boxes)) {
        // Inside the image: the clip's fractional size is rounded in the screenshot.
        const x = Math.max(0, Math.round(box.x));
        const y = Math.max(0, Math.round(box.y));
        const width = Math.min(Math.round(box.width), canvas.width - x);
        const height = Math.min(Math.round(box.height), canvas.height - y);
        if (width <= 0 || height <= 0) {
          counts[name] = 0;
          continue;
        }
        const pixels = context.getImageData(x, y, width, height).data;
        let ink = 0;
        for (let at = 0; at < pixels.length; at += 4) if (pixels[at] < 235 || pixels[at + 1] < 235 || pixels[at + 2] < 235) ink++;
        counts[name] = ink;
      }
      return counts;
    },
    { data: png, boxes: boxes as Record<string, PixelBox> },
  ) as Promise<Record<K, number>>;
}
