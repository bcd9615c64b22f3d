// Any graph, first-class: a GEXF made elsewhere (no kinds, its own attributes and colours) opened in the viewer
// says what it is — its file name in the header, its nodes called nodes, every attribute of a node with its type —
// and claims no source it does not have.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoViolations } from './axe';
import { startHarness, waitForReady, type Harness } from './harness';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const GEXF = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <meta><creator>Gephi 0.10</creator></meta>
  <graph defaultedgetype="undirected">
    <attributes class="node">
      <attribute id="0" title="modularity_class" type="integer"/>
      <attribute id="1" title="role" type="string"/>
      <attribute id="2" title="member" type="boolean"/>
    </attributes>
    <nodes>
      <node id="n1" label="Mr. Hi"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="instructor"/><attvalue for="2" value="true"/></attvalues><viz:color r="230" g="159" b="0"/></node>
      <node id="n2" label="Officer"><attvalues><attvalue for="0" value="2"/><attvalue for="1" value="officer"/><attvalue for="2" value="false"/></attvalues><viz:color r="0" g="114" b="178"/></node>
      <node id="n3" label="Member 3"><attvalues><attvalue for="0" value="1"/><attvalue for="1" value="member"/><attvalue for="2" value="true"/></attvalues><viz:color r="230" g="159" b="0"/></node>
    </nodes>
    <edges><edge source="n1" target="n2"/><edge source="n1" target="n3"/></edges>
  </graph>
</gexf>`;

describe('a graph from another tool', () => {
  it('shows its file name, calls its nodes nodes, lists each node’s attributes with types, and credits no source', async () => {
    const { page, errors } = await harness.open('?lang=en');
    await waitForReady(page);
    await page.getByTestId('import-input').setInputFiles([{ name: 'karate.gexf', mimeType: 'application/xml', buffer: Buffer.from(GEXF) }]);
    await page.getByTestId('imported-banner').waitFor();
    expect(await page.locator('.topbar .subtitle').textContent()).toBe('karate.gexf');
    expect(await page.getByRole('contentinfo', { name: 'Data sources' }).count()).toBe(0);
    const kinds = page.locator('aside.filters fieldset').filter({ hasText: 'Kind' });
    expect(await kinds.getByRole('checkbox').count()).toBe(1);
    expect(await kinds.textContent()).toContain('Node');

    await page.locator('body').press('/');
    await page.keyboard.type('Mr. Hi');
    await page.getByRole('listbox').getByRole('option').first().click();
    const attributes = page.locator('aside.details .other-attributes');
    await attributes.waitFor();
    const rows = await attributes
      .locator('.fact')
      .evaluateAll((facts) => facts.map((fact) => [fact.querySelector('dt')!.textContent, fact.querySelector('dd')!.textContent]));
    expect(rows).toEqual([
      ['modularity_class number', '1'],
      ['role text', 'instructor'],
      ['member yes/no', 'true'],
    ]);
    await expectNoViolations(page, 'imported graph with a node’s attributes');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the file’s colours, names them by the attribute they follow, and offers that attribute’s palette', async () => {
    const { page, errors } = await harness.open('?lang=en');
    await waitForReady(page);
    await page.getByTestId('import-input').setInputFiles([{ name: 'karate.gexf', mimeType: 'application/xml', buffer: Buffer.from(GEXF) }]);
    await page.getByTestId('imported-banner').waitFor();
    const mode = page.getByRole('combobox', { name: /Colour by/ });
    await expect.poll(() => mode.inputValue()).toBe('file');
    const legend = page.getByRole('region', { name: 'Legend' });
    const rows = () =>
      legend
        .locator('li:has(.count)')
        .evaluateAll((items) =>
          items.map((item) => [
            item.querySelector('.legend-name')!.textContent,
            item.querySelector('.count')!.textContent,
            (item.querySelector('.swatch') as HTMLElement).style.background,
          ]),
        );
    expect(await rows()).toEqual([
      ['modularity_class 1', '2', 'rgb(230, 159, 0)'],
      ['modularity_class 2', '1', 'rgb(0, 114, 178)'],
    ]);
    // Louvain communities make sense on any graph: offered here too.
    expect(await mode.locator('option').allTextContents()).toEqual([
      'Kind',
      'Colours from the file',
      'Attribute: modularity_class',
      'Community (Louvain)',
    ]);
    await mode.selectOption('attribute');
    await expect
      .poll(async () => (await rows()).map(([name, count]) => [name, count]))
      .toEqual([
        ['modularity_class 1', '2'],
        ['modularity_class 2', '1'],
      ]);
    await expect.poll(() => new URL(page.url()).searchParams.get('col')).toBe('attribute');
    await page.getByRole('button', { name: 'Back to the report graph' }).click();
    await expect.poll(() => mode.inputValue()).toBe('kind');
    expect(errors).toEqual([]);
    await page.close();
  });
});
