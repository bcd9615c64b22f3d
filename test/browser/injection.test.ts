// A graph whose every string is an attack, loaded with ?data= into the production build (CSP on):
// the payloads appear as text in the details panel, the table, the search results, the figures and
// the notices; no script runs, no dialog opens, no element is injected, no javascript: link is
// clickable, and keys such as __proto__ pollute nothing.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPANY_TEXT, HOSTILE_IDS, hostileBundleJson, prototypeKeyBundleJson } from '../fixtures/hostile/hostile-bundle.js';
import { FORMAT_PAYLOADS, MARKUP_PAYLOADS } from '../fixtures/hostile/payloads.js';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
}

/** A page that serves the hostile bundles, records dialogs, errors and CSP violations, and remembers Object.prototype. */
async function openWatched(query: string): Promise<Watched> {
  const page = await harness.browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const watch = window as unknown as { __violations: string[]; __protoKeys: string };
    watch.__violations = [];
    watch.__protoKeys = Object.getOwnPropertyNames(Object.prototype).sort().join('|');
    document.addEventListener('securitypolicyviolation', (event) =>
      watch.__violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.route('**/hostile/bundle.json', (route) => route.fulfill({ contentType: 'application/json', body: hostileBundleJson() }));
  await page.route('**/hostile/proto.json', (route) => route.fulfill({ contentType: 'application/json', body: prototypeKeyBundleJson() }));
  await page.goto(new URL(query, harness.baseUrl).toString());
  return { page, errors, dialogs };
}

/** Nothing ran, nothing was injected, nothing polluted: checked at the end of every test. */
async function expectNothingRan({ page, dialogs }: Watched): Promise<void> {
  const state = await page.evaluate(() => {
    const watch = window as unknown as { __pwned?: unknown; __violations: string[]; __protoKeys: string };
    const eventAttributes = [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].filter((attribute) => /^on/i.test(attribute.name)).map((attribute) => `${element.tagName} ${attribute.name}`),
    );
    const links = [...document.querySelectorAll('a[href]')].map((anchor) => (anchor as HTMLAnchorElement).href);
    return {
      pwned: watch.__pwned,
      parentPwned: (window.parent as unknown as { __pwned?: unknown }).__pwned,
      violations: watch.__violations,
      prototypeUnchanged: Object.getOwnPropertyNames(Object.prototype).sort().join('|') === watch.__protoKeys,
      polluted: ({} as Record<string, unknown>).polluted ?? ({} as Record<string, unknown>).previous,
      // The viewer's own pictures (a figure's chart, a range's histogram) are SVG it draws itself: allowed, while
      // anything of the list inside them (an <img>, a <style>…) still counts.
      injected: [
        ...document.querySelectorAll(
          'img, iframe, object, embed, frame, svg, math, style, details, base, form, meta[http-equiv="refresh"]',
        ),
      ]
        .filter((element) => !element.matches('svg.figure-plot, svg.range-histogram'))
        .map((element) => element.outerHTML.slice(0, 120)),
      scripts: [...document.querySelectorAll('script')].map(
        (script) => script.getAttribute('src') ?? `inline: ${script.textContent?.slice(0, 60)}`,
      ),
      eventAttributes,
      badLinks: links.filter((href) => !/^https?:\/\//i.test(href)),
    };
  });
  expect(state.pwned).toBeUndefined();
  expect(state.parentPwned).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(state.violations).toEqual([]);
  expect(state.prototypeUnchanged).toBe(true);
  expect(state.polluted).toBeUndefined();
  expect(state.injected).toEqual([]);
  expect(
    state.scripts.every((src) => /^\/assets\/[\w.-]+\.js$/.test(src)),
    state.scripts.join(', '),
  ).toBe(true);
  expect(state.eventAttributes).toEqual([]);
  expect(state.badLinks).toEqual([]);
}

const id = encodeURIComponent;
// eslint-disable-next-line no-control-regex -- the payload holds control characters, which the DOM may keep or drop
const withoutControls = (text: string) => text.replace(/[\u0000-\u001f\u007f]/g, '');

describe('hostile data in the viewer', () => {
  it('shows names, aliases, descriptions, quotes and notes as text in the panel and the table', async () => {
    const watched = await openWatched(
      `?data=hostile/bundle.json&sel=${id(HOSTILE_IDS.company)}&table=1&${id(MARKUP_PAYLOADS[1])}=${id(MARKUP_PAYLOADS[0])}`,
    );
    const { page, errors } = watched;
    await waitForReady(page);
    const panel = page.locator('aside.details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(COMPANY_TEXT.nameZh);
    const text = (await panel.textContent()) ?? '';
    for (const shown of [
      COMPANY_TEXT.nameEn,
      COMPANY_TEXT.alias,
      COMPANY_TEXT.description,
      COMPANY_TEXT.quote,
      COMPANY_TEXT.editorial,
      COMPANY_TEXT.url,
    ]) {
      expect(text, shown).toContain(shown);
    }
    // The javascript: website and the source's javascript: URL are text, not links.
    expect(await panel.locator('a').count()).toBe(0);
    const table = (await page.locator('.table-view').textContent()) ?? '';
    for (const shown of [`产品 ${MARKUP_PAYLOADS[1]}`, `ID ${MARKUP_PAYLOADS[0]}`, withoutControls(FORMAT_PAYLOADS[8])]) {
      expect(withoutControls(table), shown).toContain(shown);
    }
    // The unknown parameter, itself a payload, is named in the notice as text.
    expect(await page.getByRole('status').first().textContent()).toContain(MARKUP_PAYLOADS[1]);
    await harness.screenshot(page, 'injection-panel-table');
    await expectNothingRan(watched);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows payloads as text in search results, neighbours, figures and in English', async () => {
    const watched = await openWatched('?data=hostile/bundle.json&lang=en');
    const { page, errors } = watched;
    await waitForReady(page);
    await page.locator('body').press('/');
    await page.keyboard.type('Evil Corp');
    const option = page.getByRole('listbox').getByRole('option').first();
    await option.waitFor();
    expect(await option.textContent()).toContain(COMPANY_TEXT.nameEn);
    await option.click();
    const panel = page.locator('aside.details');
    await expect.poll(() => panel.locator('h2').textContent()).toBe(COMPANY_TEXT.nameEn);
    // Neighbours: the product's payload name is a button label; the odd relation's label is text.
    await panel.getByRole('button', { name: `Product ${MARKUP_PAYLOADS[5]}` }).click();
    await expect.poll(() => panel.locator('h2').textContent()).toBe(`Product ${MARKUP_PAYLOADS[5]}`);
    expect(await panel.textContent()).toContain(FORMAT_PAYLOADS[5]);
    expect(await panel.locator('a').count()).toBe(1);
    expect(await panel.locator('a').getAttribute('href')).toMatch(/^https:\/\/example\.com\//);
    // The figures: titles, units, labels and quotes as text.
    await page.getByRole('button', { name: 'Report figures' }).click();
    const figures = (await page.locator('section.figures').textContent()) ?? '';
    for (const shown of [`Figure ${MARKUP_PAYLOADS[1]}`, MARKUP_PAYLOADS[5], MARKUP_PAYLOADS[3], MARKUP_PAYLOADS[8], MARKUP_PAYLOADS[7]]) {
      expect(figures, shown).toContain(shown);
    }
    await harness.screenshot(page, 'injection-search-figures');
    await expectNothingRan(watched);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('selects a node whose id is markup, from the link, and shows the id as text', async () => {
    const watched = await openWatched(`?data=hostile/bundle.json&sel=${id(HOSTILE_IDS.markupId)}`);
    await waitForReady(watched.page);
    await expect.poll(() => watched.page.locator('aside.details code.node-id').textContent()).toBe(HOSTILE_IDS.markupId);
    await expectNothingRan(watched);
    await watched.page.close();
  });

  it('refuses node ids such as __proto__ and toString instead of polluting objects', async () => {
    const watched = await openWatched('?data=hostile/proto.json');
    const { page } = watched;
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('__proto__');
    await expectNothingRan(watched);
    await page.close();
  });
});
