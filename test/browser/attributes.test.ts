// Any graph explored by its own attributes: files written by other tools (a Gephi 0.9 GEXF 1.2draft with viz
// colours, sizes and positions; a NetworkX-style GraphML without colours or positions; a CSV pair with a category
// column) keep their look, become facets, ranges and toggles that narrow "N of M" to what the data says, and drive
// size, colour and link thickness — each choice in the URL. The header carries the file's own title.
import { readFile } from 'node:fs/promises';
import { DOMParser } from '@xmldom/xmldom';
import Graph from 'graphology';
import gexf from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseColor } from '../../src/core/attributes/index.js';
import { BUNDLE_PATH, type Bundle } from '../../src/core/bundle/index.js';
import { expectNoViolations } from './axe';
import { startHarness, waitForCameraSettled, waitForReady, type Harness } from './harness';
import { decodePng } from './png';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Modularity classes' colours as Gephi wrote them, and one artist painted apart. */
const CLASS_COLOURS: [number, number, number][] = [
  [230, 159, 0],
  [0, 114, 178],
  [0, 158, 115],
  [204, 121, 167],
];
const APART: [number, number, number] = [255, 0, 255];
const GENRES = ['pop, dance pop', 'rock', 'pop, rock', 'jazz, vocal jazz'];

interface Artist {
  id: string;
  modularity: number;
  followers: number;
  genres: string;
  active: boolean;
  colour: [number, number, number];
}

const ARTISTS: Artist[] = Array.from({ length: 40 }, (_, i) => ({
  id: `a${i}`,
  modularity: i % 4,
  // 1 … 3,000,000, and the last artist the most followed of all while drawn the smallest in the file.
  followers: i === 39 ? 1e7 : 10 ** (i % 7) * (1 + (i % 3)),
  genres: GENRES[i % 4],
  active: i % 3 === 0,
  colour: i === 39 ? APART : CLASS_COLOURS[i % 4],
}));

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <meta lastmodifieddate="2024-05-01"><creator>Gephi 0.9.2</creator><title>Artists (excerpt)</title></meta>
  <graph defaultedgetype="undirected" mode="static">
    <attributes class="node" mode="static">
      <attribute id="modularity_class" title="modularity_class" type="integer"/>
      <attribute id="followers" title="followers" type="double"/>
      <attribute id="genres" title="genres" type="string"/>
      <attribute id="active" title="active" type="boolean"/>
      <attribute id="uid" title="uid" type="string"/>
      <attribute id="homepage" title="homepage" type="string"/>
    </attributes>
    <attributes class="edge" mode="static"><attribute id="weight" title="weight" type="double"/></attributes>
    <nodes>
${ARTISTS.map((artist, i) => {
  const angle = (i / ARTISTS.length) * 2 * Math.PI;
  const [r, g, b] = artist.colour;
  return `      <node id="${artist.id}" label="Artist ${i}"><attvalues><attvalue for="modularity_class" value="${artist.modularity}"/><attvalue for="followers" value="${artist.followers}"/><attvalue for="genres" value="${artist.genres}"/><attvalue for="active" value="${artist.active}"/><attvalue for="uid" value="spotify:${i}"/>${i < 2 ? `<attvalue for="homepage" value="${i === 0 ? 'https://example.org/a0' : 'javascript:alert(1)'}"/>` : ''}</attvalues><viz:size value="${i === 39 ? 2 : 10}"/><viz:position x="${(Math.cos(angle) * 200).toFixed(2)}" y="${(Math.sin(angle) * 200).toFixed(2)}" z="0"/><viz:color r="${r}" g="${g}" b="${b}"/></node>`;
}).join('\n')}
    </nodes>
    <edges>
${ARTISTS.map((artist, i) => `      <edge id="e${i}" source="${artist.id}" target="${ARTISTS[(i + 1) % ARTISTS.length].id}" weight="${(i % 5) + 1}"/>`).join('\n')}
    </edges>
  </graph>
</gexf>`;

const open = (page: Page, files: { name: string; text: string }[]) =>
  page
    .getByTestId('import-input')
    .setInputFiles(files.map((file) => ({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.text) })));

const visibleCount = async (page: Page) => Number(await page.getByTestId('visible-count').getAttribute('data-visible'));

/** Pixels of each colour in a screenshot of the map (every fourth row). */
async function mapColours(page: Page): Promise<Map<number, number>> {
  await waitForCameraSettled(page);
  const png = await page.locator('.sigma-container').screenshot();
  return decodePng(new Uint8Array(png)).counts;
}
const rgb = ([r, g, b]: [number, number, number]) => (r << 16) | (g << 8) | b;

describe('a Gephi GEXF explored by its own attributes', () => {
  it("keeps the file's colours and title, filters by a split list, a range and a toggle, and sizes by a number", async () => {
    const { page, errors } = await harness.open('?lang=en');
    await waitForReady(page);
    await open(page, [{ name: 'artists.gexf', text: GEXF }]);
    await page.getByTestId('imported-banner').waitFor();
    expect(await page.locator('.topbar .subtitle').textContent()).toBe('Artists (excerpt) · artists.gexf');
    await expect.poll(() => page.getByRole('combobox', { name: /Colour by/ }).inputValue()).toBe('file');

    // The drawn map has the file's colours: the four classes' and the one artist painted apart.
    const before = await mapColours(page);
    await harness.screenshot(page, 'attributes-gexf-file-colours');
    for (const colour of [...CLASS_COLOURS, APART]) expect(before.get(rgb(colour)) ?? 0, `rgb(${colour})`).toBeGreaterThan(0);
    // A file has no editorial links: the legend does not explain their mark (the report's map does).
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).not.toContain('Editorial link');

    const panel = page.getByTestId('attribute-filters');
    // A list attribute split at its separator, said under its name; counts are what the data holds.
    const genres = panel.locator('fieldset').filter({ hasText: 'genres · split at ","' });
    const pop = ARTISTS.filter((artist) => artist.genres.split(', ').includes('pop'));
    expect(
      await genres
        .locator('label')
        .filter({ hasText: /^pop\d/ })
        .locator('.count')
        .textContent(),
    ).toBe(String(pop.length));
    await genres.locator('input[data-value="pop"]').check();
    await expect.poll(() => visibleCount(page)).toBe(pop.length);

    // A numeric range: typed, on a log scale (1 to 10 million), narrowing within the genre.
    const followers = panel.locator('fieldset[data-attribute="followers"]');
    expect(await followers.locator('legend').textContent()).toContain('log scale');
    await followers.getByLabel('Min').fill('1000');
    await followers.getByLabel('Min').press('Enter');
    const popAndFollowed = pop.filter((artist) => artist.followers >= 1000);
    await expect.poll(() => visibleCount(page)).toBe(popAndFollowed.length);
    // The histogram under the range shows the nodes the other conditions keep: the pop artists with a number.
    expect(await page.getByTestId('range-count-followers').textContent()).toContain(String(pop.length));

    // A boolean is a yes/no toggle.
    const active = panel.locator('fieldset').filter({ hasText: /^active/ });
    await active.locator('input[data-value="true"]').check();
    await expect.poll(() => visibleCount(page)).toBe(popAndFollowed.filter((artist) => artist.active).length);
    // What is left out is named, with why.
    expect(await page.getByTestId('attributes-left-out').textContent()).toContain('uid (a different value on every node)');
    const param = (name: string) => new URL(page.url()).searchParams.get(name);
    await expect.poll(() => [param('at.genres'), param('at.followers'), param('at.active')]).toEqual(['pop', '1000..', 'true']);
    await expectNoViolations(page, 'attribute filters on an opened GEXF');

    // Size by a number: the most followed artist, drawn smallest by the file, becomes the largest.
    await page.getByRole('button', { name: 'Clear all' }).click();
    await expect.poll(() => visibleCount(page)).toBe(ARTISTS.length);
    const small = (await mapColours(page)).get(rgb(APART)) ?? 0;
    await page.getByRole('combobox', { name: 'Size nodes by' }).selectOption({ label: 'followers' });
    await expect.poll(() => new URL(page.url()).searchParams.get('sa')).toBe('followers');
    await expect.poll(async () => ((await mapColours(page)).get(rgb(APART)) ?? 0) / Math.max(1, small)).toBeGreaterThan(3);
    await harness.screenshot(page, 'attributes-gexf-size-by-followers');

    // Colour by the number: a gradient, with its steps in the legend, and the choice in the URL.
    await page.getByRole('combobox', { name: /Colour by/ }).selectOption('attribute');
    await page.getByRole('combobox', { name: 'Colour attribute' }).selectOption('followers');
    await expect.poll(() => new URL(page.url()).searchParams.get('ca')).toBe('followers');
    const legend = page.getByRole('region', { name: 'Legend' });
    await expect.poll(() => legend.locator('li .legend-name').first().textContent()).toMatch(/^followers 1 – 25\.1$/);
    // Label by an attribute, links as thick as their weight.
    await page.getByRole('combobox', { name: 'Label by' }).selectOption('uid');
    await page.getByRole('combobox', { name: 'Link thickness' }).selectOption('weight');
    await expect.poll(() => new URL(page.url()).searchParams.get('ew')).toBe('weight');
    await expect.poll(() => new URL(page.url()).searchParams.get('la')).toBe('uid');
    await harness.screenshot(page, 'attributes-gexf-gradient');

    // Details list the file's attributes; an address is a link only when it is http(s).
    const details = page.locator('aside.details .other-attributes');
    for (const [artist, link] of [
      ['Artist 0', 'https://example.org/a0'],
      ['Artist 1', null],
    ] as const) {
      await page.locator('body').press('/');
      await page.keyboard.type(artist);
      await page
        .getByRole('listbox')
        .getByRole('option', { name: new RegExp(`^${artist}\\b`) })
        .first()
        .click();
      const homepage = details.locator('.fact').filter({ hasText: 'homepage' });
      await homepage.waitFor();
      expect(await homepage.locator('a').count()).toBe(link ? 1 : 0);
      if (link) expect(await homepage.locator('a').getAttribute('href')).toBe(link);
      else expect(await homepage.locator('dd').textContent()).toBe('javascript:alert(1)');
      await page.keyboard.press('Escape');
    }

    // The export keeps the file's attributes and the colours on screen: the most followed artist at the gradient's top.
    await page.getByRole('button', { name: 'Export' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /GEXF/ }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Download' }).click()]);
    const text = await readFile((await download.path())!, 'utf8');
    const exported = gexf.parse(Graph, new DOMParser().parseFromString(text, 'application/xml') as unknown as Document);
    expect(exported.order).toBe(ARTISTS.length);
    expect(exported.getNodeAttributes('a39')).toMatchObject({ followers: 1e7, genres: GENRES[39 % 4], uid: 'spotify:39' });
    expect(parseColor(exported.getNodeAttribute('a39', 'color'))).toBe('#fde725');
    expect(parseColor(exported.getNodeAttribute('a0', 'color'))).toBe('#440154');
    expect(errors).toEqual([]);
    await page.close();
  });
});

const COUNTRIES = ['China', 'France', 'Brazil'];
const AIRPORTS = Array.from({ length: 24 }, (_, i) => ({ id: `ap${i}`, country: COUNTRIES[i % 3], hub: i % 4 === 0 }));
const GRAPHML = `<?xml version="1.0" encoding="utf-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <key id="d3" for="graph" attr.name="name" attr.type="string"/>
  <key id="d2" for="edge" attr.name="passengers" attr.type="double"/>
  <key id="d1" for="node" attr.name="hub" attr.type="boolean"/>
  <key id="d0" for="node" attr.name="country" attr.type="string"/>
  <graph edgedefault="undirected">
    <data key="d3">Airline routes</data>
${AIRPORTS.map((airport) => `    <node id="${airport.id}"><data key="d0">${airport.country}</data><data key="d1">${airport.hub}</data></node>`).join('\n')}
${AIRPORTS.map((airport, i) => `    <edge source="${airport.id}" target="${AIRPORTS[(i + 5) % AIRPORTS.length].id}"><data key="d2">${1000 * (i + 1)}</data></edge>`).join('\n')}
  </graph>
</graphml>`;

describe('a GraphML without colours or positions, and a CSV pair', () => {
  it('is laid out, coloured by its best category, filtered by it and drawn with links as thick as their weight (zh)', async () => {
    const { page, errors } = await harness.open('');
    await waitForReady(page);
    await open(page, [{ name: 'airlines.graphml', text: GRAPHML }]);
    await page.getByTestId('imported-banner').waitFor();
    expect(await page.locator('.topbar .subtitle').textContent()).toBe('Airline routes · airlines.graphml');
    await expect.poll(() => page.getByRole('combobox', { name: /着色依据/ }).inputValue()).toBe('attribute');
    // Three countries, three colours of the palette on the map (after the layout has placed the nodes).
    const legend = page.getByRole('region', { name: '图例' });
    const swatches = await legend
      .locator('li[data-count] .swatch')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).style.background));
    expect(swatches).toHaveLength(3);
    const wanted = swatches.map((swatch) => rgb(swatch.match(/\d+/g)!.map(Number) as [number, number, number]));
    // Polled: the layout worker places the nodes (the file has no positions) while the camera follows.
    await expect
      .poll(async () => {
        const colours = await mapColours(page);
        return wanted.filter((colour) => (colours.get(colour) ?? 0) > 0).length;
      })
      .toBe(3);
    await harness.screenshot(page, 'attributes-graphml-zh');
    const country = page
      .getByTestId('attribute-filters')
      .locator('fieldset')
      .filter({ hasText: /^country/ });
    await country.locator('input[data-value="France"]').check();
    await expect.poll(() => visibleCount(page)).toBe(AIRPORTS.filter((airport) => airport.country === 'France').length);
    expect(await page.getByTestId('attribute-filters').locator('h3').textContent()).toBe('数据自身的属性');
    await page.getByRole('combobox', { name: '连线粗细' }).selectOption('passengers');
    await expect.poll(() => new URL(page.url()).searchParams.get('ew')).toBe('passengers');
    await expectNoViolations(page, 'attribute filters on an opened GraphML (zh)');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a CSV pair's category column becomes a facet that narrows the view", async () => {
    const { page, errors } = await harness.open('?lang=en');
    await waitForReady(page);
    const rows = Array.from({ length: 12 }, (_, i) => `n${i},Node ${i},${['lab', 'startup', 'bigtech'][i % 3]},${i * 10},${(i % 4) * 10}`);
    const nodes = ['id,label,category,x,y', ...rows].join('\n');
    const edges = ['source,target', ...Array.from({ length: 11 }, (_, i) => `n${i},n${i + 1}`)].join('\n');
    await open(page, [
      { name: 'nodes.csv', text: nodes },
      { name: 'edges.csv', text: edges },
    ]);
    await page.getByTestId('imported-banner').waitFor();
    const category = page
      .getByTestId('attribute-filters')
      .locator('fieldset')
      .filter({ hasText: /^category/ });
    expect(await category.getByRole('checkbox').count()).toBe(3);
    await category.locator('input[data-value="startup"]').check();
    await expect.poll(() => visibleCount(page)).toBe(4);
    await expect.poll(() => new URL(page.url()).searchParams.get('at.category')).toBe('startup');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('our own attributes', () => {
  it("Epoch's parameters are a log-scale range and accessibility a facet, each narrowing N of M to what the bundle holds", async () => {
    const bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
    const { page, errors } = await harness.open('?lang=en&scope=all');
    await waitForReady(page);
    expect(await page.getByRole('region', { name: 'Legend' }).textContent()).toContain('Editorial link');
    const panel = page.getByTestId('attribute-filters');
    const parameters = panel.locator('fieldset[data-attribute="parameters"]');
    expect(await parameters.locator('legend').textContent()).toBe('Parameters · log scale');
    await parameters.getByLabel('Min').fill('1e11');
    await parameters.getByLabel('Min').press('Enter');
    const large = bundle.graph.nodes.filter((node) => Number(node.attributes?.parameters) >= 1e11);
    expect(large.length).toBeGreaterThan(10);
    await expect.poll(() => visibleCount(page)).toBe(large.length);
    await expect.poll(() => new URL(page.url()).searchParams.get('at.parameters')).toBe('100000000000..');
    // Open weights among them: the facet's count is what the data says, and checking it narrows to it.
    const open = large.filter((node) => node.attributes?.accessibility === 'open-weights');
    const accessibility = panel.locator('fieldset').filter({ hasText: /^Accessibility/ });
    const row = accessibility.locator('label').filter({ has: page.locator('input[data-value="open-weights"]') });
    await expect.poll(() => row.locator('.count').textContent()).toBe(String(open.length));
    expect(await row.locator('.facet-name').textContent()).toBe('Open weights (unrestricted)');
    await row.locator('input').check();
    await expect.poll(() => visibleCount(page)).toBe(open.length);
    // The link reopens the same view.
    await expect.poll(() => new URL(page.url()).searchParams.get('at.accessibility')).toBe('open-weights');
    const link = page.url();
    await page.close();
    const again = await harness.open(link.slice(link.indexOf('?')));
    await waitForReady(again.page);
    await expect.poll(() => visibleCount(again.page)).toBe(open.length);
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  });

  it('on a phone, a shared link with a range opens with the range in the filter drawer, counted on its button', async () => {
    const bundle = (await (await fetch(new URL(BUNDLE_PATH, harness.baseUrl))).json()) as Bundle;
    const large = bundle.graph.nodes.filter((node) => Number(node.attributes?.parameters) >= 1e11);
    const { page, errors } = await harness.open('?lang=en&scope=all&at.parameters=1e11..', { width: 390, height: 844 }, { touch: true });
    await waitForReady(page);
    await expect.poll(() => page.locator('.filters-button').textContent()).toBe('Filters (1)');
    await page.locator('.filters-button').click();
    const parameters = page.getByTestId('attribute-filters').locator('fieldset[data-attribute="parameters"]');
    await parameters.scrollIntoViewIfNeeded();
    expect(await parameters.getByLabel('Min').inputValue()).toBe('1e11');
    await expect.poll(() => visibleCount(page)).toBe(large.length);
    await harness.screenshot(page, 'attributes-phone-range');
    await expectNoViolations(page, 'attribute range in the filter drawer on a phone');
    expect(errors).toEqual([]);
    await page.close();
  });
});
