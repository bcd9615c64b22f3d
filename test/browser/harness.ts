// Browser-test harness: serves the production build with `vite preview` and drives Debian's
// Chromium through playwright-core (software WebGL via SwiftShader).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = resolve(ROOT, 'test-output/screenshots');

export interface Harness {
  browser: Browser;
  server: PreviewServer;
  baseUrl: string;
  /** Opens a page (1400×900 unless told); console errors and page errors are collected in `errors`. */
  open(path?: string, viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
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
    async open(path = '', viewport = { width: 1400, height: 900 }) {
      const page = await browser.newPage({ viewport });
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
