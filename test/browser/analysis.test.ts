// The analysis panel in real Chromium, in Chinese and English: paths (every hop a link of the graph, with its
// evidence; the reasons there is none; the question in the URL and back), rankings equal to graphology-metrics
// computed here on the same graph (within the view), communities, comparison, exports and the empty states.
// Most views here are of every source (scope=all), so the answers can be checked against the whole bundle.
import { readFile } from 'node:fs/promises';
import Graph from 'graphology';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAnalysisIndex, computeNodeMask, computeSimpleGraph } from '../../src/core/analysis/index.js';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
let bundle: Bundle;
let graph: Graph;

beforeAll(async () => {
  harness = await startHarness();
  bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
  graph = Graph.from(bundle.graph as never);
});
afterAll(async () => {
  await harness?.close();
});

const LANGS = ['zh', 'en'] as const;
const WORDS = {
  zh: {
    compare: '加入对比',
    compareSearch: '搜索要对比的企业、产品或模型',
    csv: '下载 CSV',
    from: '从这里找路径',
    to: '找到这里的路径',
    analyse: '分析',
    rank: '排名',
    hubs: /绕开枢纽/,
    search: '搜索企业、产品、模型（按 / 聚焦）',
  },
  en: {
    compare: 'Add to comparison',
    compareSearch: 'Search a company, product or model to compare',
    csv: 'Download CSV',
    from: 'Path from here',
    to: 'Path to here',
    analyse: 'Analyse',
    rank: 'Rankings',
    hubs: /Avoid hubs/,
    search: 'Search companies, products, models (press /)',
  },
} as const;

async function open(query: string, viewport?: { width: number; height: number }) {
  const opened = await harness.open(query, viewport, { touch: viewport !== undefined && viewport.width <= 1024 });
  await waitForReady(opened.page);
  return opened;
}

/** The paths listed, each as its nodes in order. */
async function listedPaths(page: Page): Promise<string[][]> {
  return page
    .locator('section.path')
    .evaluateAll((sections) =>
      sections.map((section) => [...section.querySelectorAll('.path-node')].map((node) => node.getAttribute('data-node')!)),
    );
}

/** The view's graph as the viewer ranks it: the nodes kept, read both ways, one link per pair. */
function simpleView(keep: (id: string) => boolean): Graph {
  const index = computeAnalysisIndex(graph);
  return computeSimpleGraph(index, computeNodeMask(index, new Set(graph.filterNodes((id) => keep(id)))));
}

async function rankRows(page: Page): Promise<{ id: string; value: number }[]> {
  await page.locator('table.rank-table').waitFor({ timeout: 30_000 });
  return page
    .locator('table.rank-table tbody tr')
    .evaluateAll((rows) => rows.map((row) => ({ id: row.getAttribute('data-node')!, value: Number(row.getAttribute('data-value')) })));
}

describe.each(LANGS)('analysis (%s)', (lang) => {
  const words = WORDS[lang];
  const langParam = lang === 'en' ? '&lang=en' : '';

  it('finds 豆包 → DeepSeek from the details buttons: each hop a link of the graph with its evidence, lit on the map, in the URL and back', async () => {
    const { page, errors } = await open(`?sel=product:doubao&scope=all${langParam}`);
    await page.getByRole('button', { name: words.from }).click();
    await page.getByRole('combobox', { name: words.search }).fill('DeepSeek');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    // The company itself (the search may list its models first).
    const option = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: lang === 'zh' ? /^DeepSeek.*企业$/ : /^DeepSeek.*Company$/ });
    await ((await option.count()) > 0 ? option.first() : page.getByRole('listbox').getByRole('option').first()).click();
    const selected = () => page.evaluate(() => new URLSearchParams(window.location.search).get('sel'));
    await expect.poll(selected).not.toBe('product:doubao');
    const chosen = await selected();
    expect(chosen).toMatch(/deepseek/);
    await page.getByRole('button', { name: words.to }).click();
    await page.locator('.path-result').waitFor({ timeout: 30_000 });
    const paths = await listedPaths(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.length).toBeLessThanOrEqual(3);
    const hops = Number(await page.locator('.path-result').getAttribute('data-hops'));
    for (const path of paths) {
      expect(path[0]).toBe('product:doubao');
      expect(path.at(-1)).toBe(chosen);
      expect(path.length).toBe(hops + 1);
    }
    // Every hop shown is a link of the graph between its two nodes, and shows its evidence.
    const links = await page.locator('.path-hop').evaluateAll((items) =>
      items.flatMap((item) =>
        [...item.querySelectorAll('.path-link')].map((link) => ({
          from: item.getAttribute('data-from')!,
          to: item.getAttribute('data-to')!,
          edge: link.getAttribute('data-edge')!,
          evidence: link.querySelectorAll('.citation, .editorial').length,
        })),
      ),
    );
    expect(links.length).toBeGreaterThanOrEqual(hops);
    for (const link of links) {
      expect(graph.hasEdge(link.edge), link.edge).toBe(true);
      expect(new Set(graph.extremities(link.edge))).toEqual(new Set([link.from, link.to]));
      expect(link.evidence, `evidence of ${link.edge}`).toBeGreaterThan(0);
    }
    // Shortest indeed: graphology's own search agrees on the number of hops.
    const { bidirectional } = await import('graphology-shortest-path/unweighted.js');
    const undirected = simpleView(() => true);
    expect(bidirectional(undirected, 'product:doubao', chosen!)!.length).toBe(hops + 1);
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain(`pf=product:doubao&pt=${chosen}`);
    await harness.screenshot(page, `analysis-path-${lang}`);

    // The link reopens the same paths.
    const link = await page.evaluate(() => window.location.search);
    const again = await open(link);
    await again.page.locator('.path-result').waitFor({ timeout: 30_000 });
    expect(await listedPaths(again.page)).toEqual(paths);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('avoids hubs when asked, and says why there is no path: unknown id, same node, hidden by filters', async () => {
    const { page, errors } = await open(`?pf=product:doubao&pt=company:deepseek&scope=all${langParam}&an=path`);
    await page.locator('.path-result').waitFor({ timeout: 30_000 });
    await page.getByRole('checkbox', { name: words.hubs }).check();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('ph=1');
    await page.locator('.path-result, .path-none').first().waitFor();
    const hubKinds = new Set(['market', 'concept', 'region', 'modality', 'business_model']);
    for (const path of await listedPaths(page))
      for (const node of path.slice(1, -1)) expect(hubKinds.has(String(graph.getNodeAttribute(node, 'kind'))), node).toBe(false);
    await page.close();

    const reasons: [string, string][] = [
      ['?pf=product:doubao&pt=product:no-such-thing', 'unknown-node'],
      ['?pf=product:doubao&pt=product:doubao', 'same-node'],
      ['?k=company&pf=product:doubao&pt=company:deepseek', 'hidden'],
    ];
    for (const [query, reason] of reasons) {
      const opened = await open(`${query}${langParam}&an=path`);
      await expect(opened.page.locator('.path-none').getAttribute('data-reason')).resolves.toBe(reason);
      expect(await opened.page.locator('.path-none').innerText()).not.toBe('');
      expect(opened.errors).toEqual([]);
      await opened.page.close();
    }
    expect(errors).toEqual([]);
  });

  it('ranks the view by PageRank and degree as graphology-metrics does; a row selects its node', async () => {
    const { page, errors } = await open(`?an=rank&rk=pagerank&scope=all${langParam}`);
    const rows = await rankRows(page);
    expect(rows.length).toBe(50);
    const expected = pagerank(
      simpleView(() => true),
      { getEdgeWeight: null },
    );
    const best = Object.entries(expected).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    for (const [at, row] of rows.entries()) {
      expect(row.value).toBeCloseTo(expected[row.id], 9);
      expect(row.value).toBeCloseTo(best[at][1], 9);
    }
    await harness.screenshot(page, `analysis-rank-${lang}`);

    // Within a filter: companies only, by degree in the graph they induce.
    await page.goto(new URL(`?an=rank&rk=degree&k=company&scope=all${langParam}`, harness.baseUrl).toString());
    await waitForReady(page);
    const companies = simpleView((id) => graph.getNodeAttribute(id, 'kind') === 'company');
    const degreeRows = await rankRows(page);
    const topDegree = Math.max(...companies.mapNodes((id) => companies.degree(id)));
    expect(degreeRows[0].value).toBe(topDegree);
    for (const row of degreeRows) expect(row.value).toBe(companies.degree(row.id));
    await page.locator('table.rank-table tbody tr').first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('sel'))).toBe(degreeRows[0].id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('colours by community: the legend names communities by their members and its counts add up to the view', async () => {
    const { page, errors } = await open(`?col=community&k=company,product,model${langParam}`);
    await page.locator('.legend-summary').waitFor({ timeout: 30_000 });
    const communities = Number(await page.locator('.legend-summary').getAttribute('data-communities'));
    expect(communities).toBeGreaterThan(1);
    const more = page.locator('.legend .text-button');
    if ((await more.count()) > 0) await more.click();
    const rows = await page.locator('.legend li[data-count]').evaluateAll((items) =>
      items.map((item) => ({
        key: item.getAttribute('data-key')!,
        count: Number(item.getAttribute('data-count')),
        text: item.textContent!,
      })),
    );
    const visible = Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
    expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(visible);
    expect(rows[0].key).toBe('community:0');
    // Named by members: the first community's name holds a name of one of the view's nodes.
    const names = new Set(graph.mapNodes((_id, attributes) => String(lang === 'zh' ? attributes.nameZh : attributes.nameEn)));
    const firstName = rows[0].text.replace(/\d+$/, '');
    expect([...names].some((name) => name !== '' && firstName.startsWith(name))).toBe(true);
    await harness.screenshot(page, `analysis-communities-${lang}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows one community alone from its legend row and the filter facet: N of M, counts and the URL follow, a link reopens it', async () => {
    const base = `?col=community&k=company,product,model${langParam}`;
    const { page, errors } = await open(base);
    await page.locator('.legend-summary').waitFor({ timeout: 30_000 });
    const total = Number(await page.getByTestId('visible-count').getAttribute('data-visible'));
    const second = page.locator('.legend li[data-key="community:1"]');
    const size = Number(await second.getAttribute('data-count'));
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(total);
    const pick = second.getByRole('button');
    await expect.poll(() => pick.getAttribute('aria-pressed')).toBe('false');
    await pick.click();
    await expect.poll(() => page.getByTestId('visible-count').getAttribute('data-visible'), { timeout: 15_000 }).toBe(String(size));
    expect(await pick.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.evaluate(() => new URLSearchParams(window.location.search).get('cm')), { timeout: 15_000 }).toBe('1');
    // The legend still names every community (counts of the filters' view); the facet has community 1 checked and
    // the kind facet counts only its members.
    expect(Number(await page.locator('.legend li[data-key="community:0"]').getAttribute('data-count'))).toBeGreaterThan(0);
    const facet = page.getByRole('group', { name: lang === 'zh' ? '社区' : 'Community' });
    expect(await facet.locator('[data-community="1"] input').isChecked()).toBe(true);
    const kindCounts = await page
      .getByRole('group', { name: lang === 'zh' ? '类型' : 'Kind' })
      .locator('.facet-row .count')
      .allTextContents();
    await expect
      .poll(async () =>
        (
          await page
            .getByRole('group', { name: lang === 'zh' ? '类型' : 'Kind' })
            .locator('.facet-row .count')
            .allTextContents()
        ).reduce((sum, text) => sum + Number(text), 0),
      )
      .toBe(size);
    expect(kindCounts.length).toBeGreaterThan(0);
    // A link reopens the same community (Louvain is seeded), coloured or not.
    const link = await page.evaluate(() => window.location.search);
    const again = await open(link);
    await expect.poll(() => again.page.getByTestId('visible-count').getAttribute('data-visible'), { timeout: 30_000 }).toBe(String(size));
    await harness.screenshot(again.page, `analysis-community-alone-${lang}`);
    // "All communities" in the facet brings the whole view back; a filter change lets the community go.
    await again.page.getByRole('radio', { name: lang === 'zh' ? '所有社区' : 'All communities' }).check();
    await expect.poll(() => again.page.getByTestId('visible-count').getAttribute('data-visible'), { timeout: 15_000 }).toBe(String(total));
    await expect
      .poll(() => again.page.evaluate(() => new URLSearchParams(window.location.search).has('cm')), { timeout: 15_000 })
      .toBe(false);
    await again.page.locator('.legend li[data-key="community:1"]').getByRole('button').click();
    await expect.poll(() => again.page.getByTestId('visible-count').getAttribute('data-visible'), { timeout: 15_000 }).toBe(String(size));
    await again.page.getByRole('button', { name: lang === 'zh' ? '清除全部筛选' : 'Clear all filters' }).click();
    await expect
      .poll(() => again.page.evaluate(() => new URLSearchParams(window.location.search).has('cm')), { timeout: 15_000 })
      .toBe(false);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it("compares 字节跳动 and 阿里巴巴 (added from the details and the panel's search): shared tracks marked, cell evidence, CSV, in the URL and back", async () => {
    const { page, errors } = await open(`?sel=company:bytedance${langParam}`);
    await page.getByRole('button', { name: words.compare }).click();
    await page.getByRole('combobox', { name: words.compareSearch }).fill(lang === 'zh' ? '阿里巴巴' : 'Alibaba');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    const alibaba = page
      .getByRole('listbox')
      .getByRole('option')
      .filter({ hasText: lang === 'zh' ? /^阿里巴巴.*企业$/ : /^Alibaba.*Company$/ });
    await alibaba.first().click();
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('cmp=company:bytedance,company:alibaba');
    const tracks = page.locator('table.compare-table[data-dimension="tracks"] tbody tr');
    await tracks.first().waitFor();
    const rows = await tracks.evaluateAll((items) =>
      items.map((item) => ({ value: item.getAttribute('data-value')!, shared: item.getAttribute('data-shared') === 'true' })),
    );
    const shared = rows.filter((row) => row.shared).map((row) => row.value);
    expect(shared.length).toBeGreaterThan(0);
    // Shared indeed: both companies are in each shared track, and each track held by both is marked shared.
    const tracksOf = (id: string) => new Set(graph.getNodeAttribute(id, 'tracks') as string[]);
    const both = [...tracksOf('company:bytedance')].filter((track) => tracksOf('company:alibaba').has(track));
    expect(new Set(shared)).toEqual(new Set(both));
    // A cell's evidence is one click away.
    const cell = page.locator('table.compare-table[data-dimension="tracks"] tr[data-shared="true"] .cell-button').first();
    await cell.click();
    expect(await cell.getAttribute('aria-expanded')).toBe('true');
    const evidence = page.locator('.cell-evidence').first();
    expect(await evidence.locator('.citation, .editorial, button').count()).toBeGreaterThan(0);
    await harness.screenshot(page, `analysis-compare-${lang}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: words.csv }).click()]);
    expect(download.suggestedFilename()).toBe('landscape-compare-bytedance-vs-alibaba.csv');
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.split('\r\n')[0]).toContain(lang === 'zh' ? '字节跳动' : 'ByteDance');
    expect(csv.split('\r\n').filter((line) => line.endsWith('✓,✓')).length).toBeGreaterThanOrEqual(shared.length);

    const again = await open(await page.evaluate(() => window.location.search));
    await again.page.locator('table.compare-table[data-dimension="tracks"] tbody tr').first().waitFor();
    const sharedAgain = await again.page
      .locator('table.compare-table[data-dimension="tracks"] tr[data-shared="true"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-value')));
    expect(sharedAgain).toEqual(shared);
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });

  it('sizes nodes by a measure (in the URL) and says when a view has nothing to rank', async () => {
    const { page, errors } = await open(`?an=rank&rk=betweenness&scope=all${langParam}`);
    await rankRows(page);
    // The merged graph is above the exact-betweenness limit: estimated, and the panel says so.
    expect(graph.order).toBeGreaterThan(3000);
    expect(await page.locator('table.rank-table').getAttribute('data-approximate')).toBe('true');
    expect(await page.locator('.rank-panel').innerText()).toContain('3000');
    await page.locator('.rank-controls select').nth(2).selectOption('pagerank');
    await expect.poll(() => page.evaluate(() => window.location.search)).toContain('sz=pagerank');
    // A view of nodes without links between them: no table, a message.
    const edgeless = bundle.kinds.find(({ kind }) => {
      const view = simpleView((id) => graph.getNodeAttribute(id, 'kind') === kind);
      return view.order > 1 && view.size === 0;
    });
    expect(edgeless).toBeDefined();
    await page.goto(new URL(`?an=rank&k=${edgeless!.kind}&scope=all${langParam}`, harness.baseUrl).toString());
    await waitForReady(page);
    await page.locator('.rank-empty').waitFor({ timeout: 30_000 });
    expect(await page.locator('table.rank-table').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('analysis in exports', () => {
  it('exports the paths on show as a subgraph of their nodes and links, with the ranking as a node attribute', async () => {
    const { page, errors } = await open('?an=path&pf=product:doubao&pt=company:deepseek&scope=all');
    await page.locator('.path-result').waitFor({ timeout: 30_000 });
    const paths = await listedPaths(page);
    const edges = await page
      .locator('.path-link')
      .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('data-edge')!))]);
    // The ranking too: PageRank values go into the export.
    await page.locator('.analysis-tabs button').nth(1).click();
    await rankRows(page);
    await page.getByRole('button', { name: '导出' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /显示的最短路径/ }).check();
    await dialog.getByRole('radio', { name: /graphology JSON/ }).check();
    const nodes = new Set(paths.flat());
    expect(Number(await dialog.getByTestId('export-summary').getAttribute('data-nodes'))).toBe(nodes.size);
    expect(Number(await dialog.getByTestId('export-summary').getAttribute('data-edges'))).toBe(edges.length);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: '下载' }).click()]);
    expect(download.suggestedFilename()).toBe('landscape-path-2024.json');
    const data = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      nodes: { key: string; attributes: Record<string, unknown> }[];
      edges: { key: string }[];
    };
    expect(new Set(data.nodes.map((node) => node.key))).toEqual(nodes);
    expect(new Set(data.edges.map((edge) => edge.key))).toEqual(new Set(edges));
    const expected = pagerank(
      simpleView(() => true),
      { getEdgeWeight: null },
    );
    for (const node of data.nodes) expect(node.attributes.pagerank as number).toBeCloseTo(expected[node.key], 9);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('analysis on a phone', () => {
  it('shows a path in the bottom sheet', async () => {
    const { page, errors } = await open('?pf=product:doubao&pt=company:deepseek&an=path', { width: 390, height: 844 });
    await page.locator('.path-result').waitFor({ timeout: 30_000 });
    await harness.screenshot(page, 'analysis-path-phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
