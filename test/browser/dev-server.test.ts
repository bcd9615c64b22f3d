// The dev server rebuilds the bundle when graph-data/ changes; a validation error shows in the page
// overlay and the terminal, and the last good graph stays served and on screen.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { landscapePlugin } from '../../src/cli/vite-plugin-landscape.js';
import { waitForReady } from './harness.js';
import { BUNDLE_PATH } from '../../src/core/bundle/index.js';

const ROOT = resolve(import.meta.dirname, '../..');
let dataDir: string;
let server: ViteDevServer;
let browser: Browser;
let baseUrl: string;
const logged: string[] = [];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'landscape-dev-'));
  cpSync(join(ROOT, 'graph-data/sources.yaml'), join(dataDir, 'sources.yaml'));
  cpSync(join(ROOT, 'graph-data/sources'), join(dataDir, 'sources'), { recursive: true });
  cpSync(join(ROOT, 'graph-data/records/00-taxonomy.yaml'), join(dataDir, 'records/00-taxonomy.yaml'));
  server = await createServer({
    root: ROOT,
    configFile: false,
    plugins: [(await import('@vitejs/plugin-react')).default(), landscapePlugin({ dataDir })],
    server: { port: 0, host: '127.0.0.1' },
    logLevel: 'info',
    customLogger: {
      info: (message) => logged.push(message),
      warn: (message) => logged.push(message),
      warnOnce: (message) => logged.push(message),
      error: (message) => logged.push(message),
      clearScreen: () => {},
      hasErrorLogged: () => false,
      hasWarned: false,
    },
  });
  await server.listen();
  const address = server.httpServer!.address();
  baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function bundleText(): Promise<{ status: number; text: string }> {
  const response = await fetch(new URL(BUNDLE_PATH, baseUrl));
  return { status: response.status, text: await response.text() };
}

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('dev server', () => {
  it('rebuilds on change, and keeps the last good graph on a validation error', async () => {
    const page = await browser.newPage();
    await page.goto(baseUrl);
    await waitForReady(page);
    const before = await bundleText();
    expect(before.status).toBe(200);
    expect(before.text).toContain('modality:vision');

    const file = join(dataDir, 'records/50-new.yaml');
    writeFileSync(file, 'entities:\n  - id: company:example\n    name: { zh: 示例公司, en: Example }\n    editorial: { note: test }\n');
    await waitFor(async () => (await bundleText()).text.includes('company:example'), 'the rebuilt bundle');
    await page.waitForLoadState('load');
    await waitForReady(page);

    writeFileSync(file, 'entities:\n  - id: company:example\n    name: { zh: 示例公司 }\n    editorial: { note: test }\n');
    await page.waitForSelector('vite-error-overlay', { state: 'attached', timeout: 20_000 });
    const overlay = await page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '');
    expect(overlay).toContain('50-new.yaml:3:');
    expect(overlay).toContain('name.en');
    expect(logged.join('\n')).toMatch(/50-new\.yaml:3:\d+ {2}company:example {2}name\.en: is required/);
    // The last good graph is still served and still drawn.
    expect((await bundleText()).text).toContain('company:example');
    // A reload from the good rebuild may still be drawing on a busy machine: wait for it, then count.
    await waitForReady(page);
    expect(await page.locator('[data-ready="true"]').count()).toBe(1);
    expect(readFileSync(file, 'utf8')).toContain('示例公司');
    await page.close();
  });
});
