// Export → import gives back the same graph, for every format that can be read back, with values
// that break careless writers; and each file is accepted by the reference parser of its format.
import Graph from 'graphology';
import { parse as parseGexfReference } from 'graphology-gexf';
import { parse as parseGraphmlReference } from 'graphology-graphml';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { computeVisibleNodes, normalizeFilter } from '../../src/core/filters/index.js';
import {
  computeSubgraph,
  exportCsv,
  exportGexf,
  exportGraphml,
  exportJson,
  importCsv,
  importGexf,
  importGraph,
  importGraphml,
  importJson,
  type ImportResult,
} from '../../src/core/io/index.js';
import { HOSTILE, expectSameGraph, hostileGraph, nodeDomParser } from './io-fixtures.js';

const domParser = nodeDomParser();

const FORMATS = {
  json: (graph: Graph) => importJson(exportJson(graph)),
  gexf: (graph: Graph) => importGexf(exportGexf(graph), { domParser }),
  graphml: (graph: Graph) => importGraphml(exportGraphml(graph), { domParser }),
  csv: (graph: Graph) => importCsv(exportCsv(graph)),
} as const;

function graphOf(result: ImportResult): Graph {
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  expect(result.warnings).toEqual([]);
  return result.graph;
}

/** A graph that is not ours: undirected and directed edges, odd keys, numbers, booleans, nested values. */
function foreignGraph(): Graph {
  const graph = new Graph({ type: 'mixed', multi: true });
  graph.replaceAttributes({ name: 'Foreign <graph> & "co"', creator: 'tests' });
  graph.addNode('n 1', {
    label: 'First, "one"',
    weightish: 3,
    ratio: 0.25,
    flag: true,
    tags: ['a,b', 'c"d'],
    meta: { depth: { ok: [1, 2] } },
    x: 1,
    y: 2,
    size: 5,
    color: '#ABCDEF',
  });
  graph.addNode('ñ/2', { label: 'second\nline', ratio: 1, flag: false, tags: [], x: -1.5, y: 0, size: 2.5, color: 'rgb(10,20,30)' });
  graph.addNode('3', { label: '=1+2', x: 0, y: 0, size: 1, color: '#000000' });
  graph.addDirectedEdgeWithKey('e1', 'n 1', 'ñ/2', { label: 'to two', weight: 2.5, size: 1, color: '#112233' });
  graph.addUndirectedEdgeWithKey('e2', 'ñ/2', '3', { label: 'both ways', size: 2, color: '#445566' });
  graph.addDirectedEdgeWithKey('e3', 'n 1', 'ñ/2', { size: 1, color: '#778899', relation: 'again' });
  return graph;
}

describe.each(Object.entries(FORMATS))('%s round trip', (format, roundTrip) => {
  it('gives back the landscape graph with hostile values: same nodes, edges and attributes', () => {
    const original = hostileGraph();
    const imported = graphOf(roundTrip(original));
    expectSameGraph(imported, original);
    expect(imported.type).toBe('directed');
    // Spot checks a reader can follow, on top of the deep comparison.
    expect(imported.getNodeAttribute('company:acme', 'aliases')).toContain('CapCut, Pro');
    expect(imported.getNodeAttribute('company:acme', 'descriptionZh')).toBe(HOSTILE.multiline);
    expect(imported.getNodeAttribute('product:doubao', 'nameEn')).toBe(HOSTILE.cypher);
    expect(imported.getNodeAttribute('company:acme', 'sources')[0].quote).toBe('字节的AI对话APP, "豆包" <旗舰> & more\n第二行');
    expect(imported.getNodeAttributes('company:acme')).toMatchObject({ x: -46.8, y: 0.72, kind: 'company', color: '#0072b2' });
    expect(imported.getEdgeAttribute('product:doubao|powered_by|model:doubao-pro', 'noteEn')).toBe(HOSTILE.formula);
  });

  it('gives back a filtered subgraph', () => {
    const original = hostileGraph();
    const visible = computeVisibleNodes(
      original,
      normalizeFilter({ modalities: ['modality:vision'], kinds: ['product', 'company', 'track'] }),
    );
    const subgraph = computeSubgraph(original, visible);
    expect(new Set(subgraph.nodes())).toEqual(new Set(['company:acme', 'product:doubao', 'track:image-analysis']));
    const imported = graphOf(roundTrip(subgraph));
    expectSameGraph(imported, subgraph);
    expect(imported.hasNode('model:doubao-pro')).toBe(false);
  });

  it('gives back an empty graph and a one-node graph', () => {
    const empty = new Graph({ type: 'directed', multi: true });
    expect(graphOf(roundTrip(empty)).order).toBe(0);
    const one = new Graph({ type: 'directed', multi: true });
    one.addNode('solo', { label: 'Solo', x: 0, y: 0, size: 3, color: '#123456' });
    expectSameGraph(graphOf(roundTrip(one)), one);
  });

  it(`keeps a foreign graph's structure, directions and scalar attributes`, () => {
    const original = foreignGraph();
    const imported = graphOf(roundTrip(original));
    expect(new Set(imported.nodes())).toEqual(new Set(original.nodes()));
    expect(imported.isUndirected('e2')).toBe(true);
    expect(imported.isDirected('e1')).toBe(true);
    expect(imported.edges('n 1', 'ñ/2').sort()).toEqual(['e1', 'e3']);
    expect(imported.getNodeAttributes('n 1')).toMatchObject({
      label: 'First, "one"',
      weightish: 3,
      ratio: 0.25,
      flag: true,
      tags: ['a,b', 'c"d'],
    });
    expect(imported.getNodeAttributes('ñ/2')).toMatchObject({
      label: 'second\nline',
      ratio: 1,
      flag: false,
      x: -1.5,
      y: 0,
      color: 'rgb(10,20,30)',
    });
    expect(imported.getNodeAttribute('3', 'label')).toBe('=1+2');
    expect(imported.getEdgeAttributes('e1')).toMatchObject({ label: 'to two', weight: 2.5 });
    expect(imported.getEdgeAttribute('e3', 'relation')).toBe('again');
    if (format !== 'gexf') expect(imported.getNodeAttribute('n 1', 'meta')).toEqual({ depth: { ok: [1, 2] } });
    if (format === 'json' || format === 'graphml') expect(imported.getAttribute('name')).toBe('Foreign <graph> & "co"');
  });
});

describe('reference parsers', () => {
  it('graphology-gexf reads our GEXF 1.3 with viz colours, sizes, positions and liststrings', () => {
    const original = hostileGraph();
    const text = exportGexf(original);
    expect(text).toContain('<gexf version="1.3" xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz"');
    expect(text).toMatch(/<attribute id="aliases" title="aliases" type="liststring"\/>/);
    const parsed = parseGexfReference(Graph, text);
    expect(parsed.order).toBe(original.order);
    expect(parsed.size).toBe(original.size);
    expect(parsed.getNodeAttributes('company:acme')).toMatchObject({
      label: '字节跳动“引号”，逗号',
      color: '#0072b2',
      x: -46.8,
      y: 0.72,
      size: original.getNodeAttribute('company:acme', 'size'),
      aliases: original.getNodeAttribute('company:acme', 'aliases'),
    });
    expect(parsed.getEdgeAttribute('product:doubao|developed_by|company:acme', 'relation')).toBe('developed_by');
  });

  it('graphology-graphml reads our GraphML with typed keys', () => {
    const original = hostileGraph();
    const text = exportGraphml(original);
    expect(text).toMatch(/<key id="n\d+" for="node" attr.name="x" attr.type="double"\/>/);
    expect(text).toMatch(/attr.name="founded" attr.type="int"/);
    expect(text).toMatch(/attr.name="openSource" attr.type="boolean"/);
    expect(text).toMatch(/attr.name="sources" attr.type="string"><desc>JSON<\/desc><\/key>/);
    const parsed = parseGraphmlReference(Graph, text);
    expect(parsed.order).toBe(original.order);
    expect(parsed.size).toBe(original.size);
    expect(parsed.getNodeAttributes('company:acme')).toMatchObject({
      nameEn: 'Acme, Inc. "Quoted" <b>&amp;</b>',
      descriptionZh: HOSTILE.multiline,
      founded: 2012,
      x: -46.8,
      y: 0.72,
      color: '#0072b2',
    });
    expect(parsed.getNodeAttribute('model:open-model', 'openSource')).toBe(true);
  });

  it('papaparse reads our CSV pair: BOM, Gephi headers, quoted commas, quotes and line breaks', () => {
    const original = hostileGraph();
    const { nodes, edges } = exportCsv(original);
    expect(nodes.startsWith('\uFEFF')).toBe(true);
    expect(edges.startsWith('\uFEFF')).toBe(true);
    const nodeRows = Papa.parse<Record<string, string>>(nodes.slice(1), { header: true, skipEmptyLines: true });
    expect(nodeRows.errors).toEqual([]);
    expect(nodeRows.meta.fields!.slice(0, 2)).toEqual(['Id', 'Label']);
    expect(nodeRows.data).toHaveLength(original.order);
    const acme = nodeRows.data.find((row) => row.Id === 'company:acme')!;
    expect(acme.Label).toBe('字节跳动“引号”，逗号');
    expect(acme.nameEn).toBe('Acme, Inc. "Quoted" <b>&amp;</b>');
    expect(acme.descriptionZh).toBe(HOSTILE.multiline);
    expect(JSON.parse(acme.aliases)).toEqual(original.getNodeAttribute('company:acme', 'aliases'));
    expect(acme.x).toBe('-46.8');

    const edgeRows = Papa.parse<Record<string, string>>(edges.slice(1), { header: true, skipEmptyLines: true });
    expect(edgeRows.errors).toEqual([]);
    expect(edgeRows.meta.fields!.slice(0, 6)).toEqual(['Source', 'Target', 'Type', 'Id', 'Label', 'Relation']);
    expect(edgeRows.data).toHaveLength(original.size);
    expect(edgeRows.data.every((row) => row.Type === 'Directed')).toBe(true);
    expect(edgeRows.data.find((row) => row.Id === 'product:doubao|powered_by|model:doubao-pro')).toMatchObject({
      Source: 'product:doubao',
      Target: 'model:doubao-pro',
      Relation: 'powered_by',
      Label: '基于模型',
    });
  });

  it('Graph.from reads our JSON', () => {
    const original = hostileGraph();
    expectSameGraph(Graph.from(JSON.parse(exportJson(original))), original);
  });

  it('importGraph picks the format from the name or the content', () => {
    const original = hostileGraph();
    expectSameGraph(graphOf(importGraph({ name: 'x.GEXF', content: exportGexf(original) }, { domParser })), original);
    expectSameGraph(graphOf(importGraph({ content: exportGraphml(original) }, { domParser })), original);
    expectSameGraph(graphOf(importGraph({ content: new TextEncoder().encode(exportJson(original)) })), original);
  });
});
