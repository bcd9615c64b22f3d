// The Content-Security-Policy of the built site: served as a header by `vite preview` and as a
// <meta> in the page; the map draws, searches, shows the table and re-lays out under it with no
// violation; inline script and eval are refused.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../vite.config.ts';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

async function openWithPolicyWatch(): Promise<{ page: Page; errors: string[]; header: string | null }> {
  const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    const watch = window as unknown as { __violations: string[] };
    watch.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      watch.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`),
    );
  });
  const response = await page.goto(harness.baseUrl);
  return { page, errors, header: (await response?.headerValue('content-security-policy')) ?? null };
}

describe('Content-Security-Policy', () => {
  it('is strict: scripts from our files only, no eval, no plugins, workers from self or blob', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });

  it('is on in the production build, as a header and a meta, and the map works under it without a violation', async () => {
    const { page, errors, header } = await openWithPolicyWatch();
    expect(header).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(CONTENT_SECURITY_POLICY);
    await waitForReady(page);
    expect(
      await page.evaluate(() => [...document.querySelectorAll('canvas')].some((canvas) => canvas.width > 0 && canvas.height > 0)),
    ).toBe(true);

    // Search, the table, the figures and a re-layout in the worker: the parts that load or style things.
    await page.locator('body').press('/');
    await page.keyboard.type('DeepSeek');
    await page.getByRole('listbox').getByRole('option').first().click();
    await page.getByRole('button', { name: '表格视图' }).click();
    await page.locator('.table-view').waitFor();
    await page.getByRole('button', { name: '重新布局可见节点' }).click();
    await page.getByRole('button', { name: '恢复原布局' }).waitFor({ timeout: 60_000 });
    await harness.screenshot(page, 'csp-relayout');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses inline script and eval (the policy is in force, not only declared)', async () => {
    const { page } = await openWithPolicyWatch();
    await waitForReady(page);
    // Code run through the DevTools protocol is exempt from CSP: the eval probe is a same-origin script file.
    await page.route('**/csp-probe.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: "try { window.__evalProbe = String(eval('1 + 1')); } catch (error) { window.__evalProbe = error.name; }",
      }),
    );
    await page.evaluate(() => {
      const inline = document.createElement('script');
      inline.textContent = 'window.__inline = 1';
      document.body.append(inline);
      const probe = document.createElement('script');
      probe.src = '/csp-probe.js';
      document.body.append(probe);
    });
    await expect.poll(() => page.evaluate(() => (window as unknown as { __evalProbe?: string }).__evalProbe)).toBe('EvalError');
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    // Both refusals are reported (once per policy: the header and the meta), and nothing else is.
    await expect
      .poll(() => violations(page))
      .toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^script-src-elem inline /),
          expect.stringMatching(/^script-src eval .*csp-probe\.js/),
        ]),
      );
    expect((await violations(page)).every((entry) => /^script-src-elem inline |^script-src eval .*csp-probe\.js/.test(entry))).toBe(true);
    await page.close();
  });
});
