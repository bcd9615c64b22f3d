// A large graph (30,000 nodes) arrives in stages: the most connected tenth is drawn first, the rest follows while
// the map is on screen. Checked against the graph in Node: at every stage the page showed, "N of M" counts exactly
// what the link's filter keeps among the nodes arrived so far (M = those nodes), the node the link selects is
// there from the first frame, a filter ticked and a search typed while the rest arrives end as on the whole graph.
import Graph from 'graphology';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeBundle, planLoadStages, type Bundle } from '../../src/core/bundle/index.js';
import { computeVisibleNodes, normalizeFilter, type FilterState } from '../../src/core/filters/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { startHarness, waitForReady, type Harness } from './harness';

const NODES = 30_000;
let harness: Harness;
let bundle: Bundle;
let body: string;

beforeAll(async () => {
  harness = await startHarness();
  const dataset = generateLandscape({ nodes: NODES, seed: 11 });
  // Places on a spiral: no layout needed, and none started by the page.
  const positions = Object.fromEntries(
    dataset.entities.map((entity, at): [string, [number, number]] => [
      entity.id,
      [Math.sqrt(at) * Math.cos(at), Math.sqrt(at) * Math.sin(at)],
    ]),
  );
  bundle = computeBundle(dataset, positions);
  body = JSON.stringify(bundle);
});

afterAll(async () => {
  await harness?.close();
});

/** Opens `query` on the generated bundle, recording every (visible, arrived) pair the count shows and each full draw. */
async function openStaged(query: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await harness.open();
  const { page } = opened;
  await page.addInitScript(() => {
    // Every clear of the node layer is a full draw of the map (with software WebGL, seconds at 100k nodes).
    const draws: number[] = [];
    (window as unknown as { __draws: number[] }).__draws = draws;
    for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
      const clear = proto.clear;
      proto.clear = function (this: WebGLRenderingContext, mask: number) {
        if ((this.canvas as HTMLCanvasElement).classList.contains('sigma-nodes')) draws.push(performance.now());
        clear.call(this, mask);
      };
    }
    const seen: { visible: number; arrived: number; expected: number }[] = [];
    (window as unknown as { __counts: typeof seen }).__counts = seen;
    new MutationObserver(() => {
      const count = document.querySelector('[data-testid="visible-count"]');
      if (!count) return;
      const state = {
        visible: Number(count.getAttribute('data-visible')),
        arrived: Number(count.getAttribute('data-total')),
        expected: Number(count.getAttribute('data-expected')),
      };
      const last = seen.at(-1);
      if (!last || last.visible !== state.visible || last.arrived !== state.arrived) seen.push(state);
    }).observe(document, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-visible', 'data-total'] });
  });
  await page.route('**/staged/big.json', (route) => route.fulfill({ contentType: 'application/json', body }));
  await page.goto(new URL(`?data=staged/big.json${query}`, harness.baseUrl).toString());
  await waitForReady(page);
  return opened;
}

const whole = (page: Page) =>
  page.waitForFunction(() => performance.getEntriesByName('landscape:complete').length > 0, undefined, { timeout: 120_000 });

/** What `filter` shows of the graph made of the first `arrived` nodes in the stages' order (and their links). */
function expectedVisible(stages: ReturnType<typeof planLoadStages>, arrived: number, filter: FilterState): number {
  const graph = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
  let count = 0;
  for (const stage of stages) {
    if (count >= arrived) break;
    graph.import({
      nodes: stage.nodes.map((at) => bundle.graph.nodes[at]),
      edges: stage.edges.map((at) => bundle.graph.edges[at]),
    } as never);
    count += stage.nodes.length;
  }
  expect(count).toBe(arrived);
  return computeVisibleNodes(graph, filter).size;
}

describe('a large graph arriving in stages', () => {
  it('draws the most connected tenth first, with an honest count at every stage, and ends on the whole graph', async () => {
    const modality = bundle.facets.modalities[0].id;
    // A node of few links, which would come last, selected by the link: it is pinned into the first stage.
    const quiet = bundle.graph.nodes.at(-1)!.key;
    const stages = planLoadStages(bundle.graph, new Set([quiet]));
    expect(stages.length).toBe(2);
    const { page, errors } = await openStaged(`&m=${encodeURIComponent(modality)}&sel=${encodeURIComponent(quiet)}`);
    // The first frame: the first stage (as the count showed it before the rest came), the selected node's details.
    const counts = () =>
      page.evaluate(() => (window as unknown as { __counts: { visible: number; arrived: number; expected: number }[] }).__counts);
    expect((await counts())[0].arrived).toBe(stages[0].nodes.length);
    expect(await page.locator('.details h2').first().textContent()).toContain(bundle.graph.nodes.at(-1)!.attributes!.nameZh as string);
    await whole(page);
    await expect.poll(() => page.locator('.arriving').count(), { timeout: 30_000 }).toBe(0);
    const filter = normalizeFilter({ modalities: [modality] });
    const seen = await page.evaluate(
      () => (window as unknown as { __counts: { visible: number; arrived: number; expected: number }[] }).__counts,
    );
    const partial = seen.filter((state) => state.arrived < NODES);
    expect(partial.length).toBeGreaterThan(0);
    for (const state of seen) {
      expect(state.expected).toBe(NODES);
      expect(state.visible).toBe(expectedVisible(stages, state.arrived, filter));
    }
    expect(seen.at(-1)).toEqual({ visible: expectedVisible(stages, NODES, filter), arrived: NODES, expected: NODES });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps a filter ticked and a search typed as soon as the map shows, ending as on the whole graph', async () => {
    const { page, errors } = await openStaged('&lang=en');
    // Straight after the first frame (the rest may still be arriving): tick "Model", then search a node of the last
    // stage. Every count the page showed meanwhile is checked stage by stage in the test above.
    await page
      .getByRole('checkbox', { name: /^Model/ })
      .first()
      .check();
    const stages = planLoadStages(bundle.graph);
    const late = bundle.graph.nodes[stages.at(-1)!.nodes.at(-1)!];
    await whole(page);
    const full = new Graph({ type: 'mixed', multi: true, allowSelfLoops: true });
    full.import(bundle.graph as never);
    await expect
      .poll(() => page.getByTestId('visible-count').getAttribute('data-visible'), { timeout: 30_000 })
      .toBe(String(computeVisibleNodes(full, normalizeFilter({ kinds: ['model'] })).size));
    await page.locator('body').press('/');
    await page.keyboard.type(String(late.attributes!.nameEn));
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await page.getByRole('listbox').getByRole('option').first().textContent()).toContain(String(late.attributes!.nameEn));
    await harness.screenshot(page, 'staged-load-whole-en');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('draws the first view once, camera placed, and the rest once when it arrives', async () => {
    const { page, errors } = await openStaged('');
    await whole(page);
    // Frames flow again and nothing else is due: the count is final.
    await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 500)));
    const { draws, ready, complete } = await page.evaluate(() => ({
      draws: (window as unknown as { __draws: number[] }).__draws,
      ready: performance.getEntriesByName('landscape:ready')[0].startTime,
      complete: performance.getEntriesByName('landscape:complete')[0].startTime,
    }));
    // Not once as sigma is made and again for the fit clear of the legend; not once for the arrival and again for
    // the view that counts it.
    expect(draws.filter((at) => at <= ready).length).toBe(1);
    const afterFirstFrame = draws.filter((at) => at > ready);
    expect(afterFirstFrame.length).toBe(1);
    expect(afterFirstFrame[0]).toBeLessThanOrEqual(complete);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a large bundle whose link names a node it lacks before drawing anything, naming the link', async () => {
    const broken = {
      ...bundle,
      graph: { ...bundle.graph, edges: [...bundle.graph.edges, { source: bundle.graph.nodes[0].key, target: 'model:nowhere' }] },
    };
    const { page } = await harness.open();
    await page.route('**/staged/broken.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(broken) }));
    await page.goto(new URL('?data=staged/broken.json', harness.baseUrl).toString());
    const alert = page.locator('.error-page');
    await expect.poll(() => alert.count(), { timeout: 60_000 }).toBe(1);
    expect(await alert.textContent()).toContain(`link ${broken.graph.edges.length} has the target "model:nowhere", which is not a node`);
    expect(await page.locator('[data-ready="true"]').count()).toBe(0);
    await page.close();
  });
});
