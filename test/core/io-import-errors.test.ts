// Bad input for every importer: a typed error with the right code, a message a user understands and
// the line where the format has lines; never an exception. Plus what normalisation does to good files.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_IMPORT_OPTIONS,
  exportCsv,
  exportGexf,
  exportGraphml,
  exportJson,
  importCsv,
  importGexf,
  importGraph,
  importGraphml,
  importJson,
  type ImportError,
  type ImportResult,
} from '../../src/core/io/index.js';
import { hostileGraph, nodeDomParser } from './io-fixtures.js';

const domParser = nodeDomParser();

function errorOf(result: ImportResult): ImportError {
  if (result.ok) throw new Error('expected the import to fail, it succeeded');
  return result.error;
}

function okOf(result: ImportResult) {
  if (!result.ok) throw new Error(`expected the import to succeed: ${result.error.message} (line ${result.error.line})`);
  return result;
}

const lineOf = (text: string, needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;

describe('every importer', () => {
  const importers = {
    json: (content: string | Uint8Array, options = {}) => importJson(content, options),
    gexf: (content: string | Uint8Array, options = {}) => importGexf(content, { domParser, ...options }),
    graphml: (content: string | Uint8Array, options = {}) => importGraphml(content, { domParser, ...options }),
    'csv (nodes)': (content: string | Uint8Array, options = {}) => importCsv({ nodes: content, edges: 'Source,Target\n' }, options),
  };

  it.each(Object.entries(importers))('%s: refuses a file over the size limit, 50 MB by default', (_name, read) => {
    expect(DEFAULT_IMPORT_OPTIONS.maxBytes).toBe(50 * 1024 * 1024);
    const error = errorOf(read(' '.repeat(DEFAULT_IMPORT_OPTIONS.maxBytes + 1)));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/is 50\.0 MB; the limit is 50\.0 MB/);
    expect(errorOf(read('x'.repeat(2000), { maxBytes: 1000 })).message).toMatch(/is 2 KB; the limit is 1 KB/);
    // Multi-byte characters count as bytes: 400 Chinese characters are 1200 bytes.
    expect(errorOf(read('图'.repeat(400), { maxBytes: 1000 })).code).toBe('too-large');
  });

  it.each(Object.entries(importers))('%s: refuses binary garbage, ZIP archives and empty files', (_name, read) => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    expect(errorOf(read(garbage))).toMatchObject({ code: 'binary', message: expect.stringMatching(/not a text file/) });
    expect(errorOf(read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])))).toMatchObject({
      code: 'binary',
      message: expect.stringMatching(/ZIP/),
    });
    expect(errorOf(read('abc\u0000\u0001def'))).toMatchObject({ code: 'binary' });
    expect(errorOf(read('  \n  '))).toMatchObject({ code: 'empty' });
  });

  it.each(Object.entries(importers))('%s: returns a result for truncations and byte flips, never throws', (_name, read) => {
    const graph = hostileGraph();
    const files = {
      json: exportJson(graph),
      gexf: exportGexf(graph),
      graphml: exportGraphml(graph),
      'csv (nodes)': exportCsv(graph).nodes,
    };
    const text = files[_name as keyof typeof files];
    fc.assert(
      fc.property(fc.nat(text.length), fc.nat(text.length), fc.integer({ min: 0, max: 0xffff }), (cut, at, code) => {
        for (const input of [text.slice(0, cut), text.slice(0, at) + String.fromCharCode(code) + text.slice(at + 1)]) {
          const result = read(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message).toEqual(expect.any(String));
        }
      }),
      { seed: 7, numRuns: 150 },
    );
  });
});

describe('JSON import', () => {
  const pretty = exportJson(hostileGraph());

  it('reports a truncated file with its last line', () => {
    const cut = pretty.slice(0, Math.floor(pretty.length / 2));
    const error = errorOf(importJson(cut));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/^not valid JSON: the file ends/);
    expect(error.line).toBe(cut.split('\n').length);
  });

  it('reports malformed JSON with the line and column', () => {
    const error = errorOf(importJson('{\n  "nodes": [\n    {"key": "a",}\n  ]\n}'));
    expect(error).toMatchObject({
      code: 'malformed',
      line: 3,
      column: 17,
      message: 'not valid JSON: expected a property name in double quotes',
    });
    expect(errorOf(importJson('{"nodes": []} trailing'))).toMatchObject({
      code: 'malformed',
      line: 1,
      message: expect.stringMatching(/after the end/),
    });
  });

  it('refuses JSON that is not a graph', () => {
    expect(errorOf(importJson('{"vertices": []}'))).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/"nodes" array/) });
    expect(errorOf(importJson('[1, 2]'))).toMatchObject({ code: 'unsupported' });
  });

  it('reports an edge to an unknown node and duplicate ids with their lines', () => {
    const text =
      '{\n"nodes": [\n{"key": "a"},\n{"key": "b"}\n],\n"edges": [\n{"source": "a", "target": "b"},\n{"source": "a", "target": "ghost"}\n]\n}';
    expect(errorOf(importJson(text))).toMatchObject({
      code: 'unknown-node',
      line: 8,
      message: 'edge 2: target "ghost" is not a node of the file',
    });
    const duplicate = '{\n"nodes": [\n{"key": "a"},\n{"key": "a"}\n]\n}';
    expect(errorOf(importJson(duplicate))).toMatchObject({ code: 'duplicate-id', line: 4, message: 'node id "a" appears twice' });
    const duplicateEdge =
      '{"nodes": [{"key": "a"}, {"key": "b"}], "edges": [{"key": "e", "source": "a", "target": "b"}, {"key": "e", "source": "b", "target": "a"}]}';
    expect(errorOf(importJson(duplicateEdge))).toMatchObject({ code: 'duplicate-id', line: 1, message: 'edge id "e" appears twice' });
  });

  it('bounds the nesting depth', () => {
    const deep = `{"nodes": [{"key": "a", "attributes": {"x": ${'['.repeat(100)}${']'.repeat(100)}}}]}`;
    expect(errorOf(importJson(deep))).toMatchObject({ code: 'malformed', message: expect.stringMatching(/nested deeper than 64 levels/) });
    expect(okOf(importJson(deep, { maxDepth: 200 })).graph.order).toBe(1);
  });

  it('drops __proto__, constructor and prototype keys at every depth without polluting objects', () => {
    const text =
      '{"nodes": [{"key": "a", "attributes": {"__proto__": {"polluted": true}, "constructor": "c", "prototype": 1, "label": "A",' +
      ' "sources": [{"__proto__": {"polluted": true}, "quote": "q"}]}}]}';
    const result = okOf(importJson(text));
    const attributes = result.graph.getNodeAttributes('a');
    expect(Object.keys(attributes).sort()).toEqual(['color', 'label', 'size', 'sources']);
    expect(Object.getPrototypeOf(attributes)).toBe(Object.prototype);
    expect(attributes.sources).toEqual([{ quote: 'q' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reads the viewer's bundle as well as a bare graph", () => {
    const bundle = JSON.stringify({ format: 'ai-landscape-bundle', version: 1, graph: hostileGraph().export() }, null, 2);
    expect(okOf(importJson(bundle)).graph.order).toBe(hostileGraph().order);
    const broken = bundle.replace('"target": "company:acme"', '"target": "company:ghost"');
    // The line where that edge starts: `{` above its key, source and target.
    expect(errorOf(importJson(broken))).toMatchObject({ code: 'unknown-node', line: lineOf(broken, 'company:ghost') - 3 });
  });
});

describe('GEXF import', () => {
  const gexf = exportGexf(hostileGraph());

  it('reports a truncated file with the line it ends on', () => {
    const cut = gexf.slice(0, gexf.indexOf('<edges>'));
    const error = errorOf(importGexf(cut, { domParser }));
    expect(error.code).toBe('truncated');
    expect(error.message).toMatch(/the file ends before <graph> \(opened on line 4\) is closed: it is truncated/);
    expect(error.line).toBe(cut.split('\n').length);
    expect(errorOf(importGexf(gexf.slice(0, gexf.indexOf('label=') + 9), { domParser }))).toMatchObject({
      code: 'truncated',
      message: 'not valid XML: the file ends inside the tag <node>',
    });
  });

  it('reports malformed XML with the line', () => {
    const broken = gexf.replace('</nodes>', '</nodez>');
    expect(errorOf(importGexf(broken, { domParser }))).toMatchObject({
      code: 'malformed',
      line: lineOf(broken, '</nodez>'),
      message: expect.stringMatching(/<\/nodez> does not match <nodes> opened on line \d+/),
    });
    const twice = gexf.replace('<node id="modality:vision"', '<node id="modality:vision" id="again"');
    expect(errorOf(importGexf(twice, { domParser }))).toMatchObject({
      code: 'malformed',
      line: lineOf(twice, 'id="again"'),
      message: 'not valid XML: attribute "id" appears twice in <node>',
    });
    const ampersand = gexf.replace('label="视觉"', 'label="视觉 & co"');
    expect(errorOf(importGexf(ampersand, { domParser }))).toMatchObject({ code: 'malformed', line: lineOf(ampersand, '视觉 & co') });
  });

  it('reports an edge to an unknown node and duplicate ids with their lines', () => {
    const ghost = gexf.replace('target="company:acme"', 'target="company:ghost"');
    expect(errorOf(importGexf(ghost, { domParser }))).toMatchObject({
      code: 'unknown-node',
      line: lineOf(ghost, 'company:ghost'),
      message: `an edge's target "company:ghost" is not a node of the file`,
    });
    const duplicate = gexf.replace('<node id="product:doubao"', '<node id="company:acme"');
    expect(errorOf(importGexf(duplicate, { domParser }))).toMatchObject({
      code: 'duplicate-id',
      line: lineOf(duplicate, '<node id="company:acme"', gexf.indexOf('<node id="product:doubao"') - 1),
      message: expect.stringMatching(/^node id "company:acme" appears twice \(first on line \d+\)$/),
    });
  });

  it('refuses DOCTYPEs (entity expansion) and other roots, and says when there is no XML parser', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">]>\n<gexf><graph/></gexf>';
    expect(errorOf(importGexf(laughs, { domParser }))).toMatchObject({
      code: 'malformed',
      line: 2,
      message: expect.stringMatching(/DOCTYPE/),
    });
    expect(errorOf(importGexf(exportGraphml(hostileGraph()), { domParser }))).toMatchObject({
      code: 'unsupported',
      message: 'this XML file is <graphml>, not GEXF (<gexf>)',
    });
    expect(errorOf(importGexf('<gexf version="1.3"><meta/></gexf>', { domParser }))).toMatchObject({
      code: 'malformed',
      message: expect.stringMatching(/no <graph>/),
    });
    expect(typeof DOMParser).toBe('undefined');
    expect(errorOf(importGexf(gexf))).toMatchObject({ code: 'unsupported', message: expect.stringMatching(/needs an XML parser/) });
  });

  it("reads Gephi's own GEXF: numeric attribute ids with titles, rgb colours, no edge ids", () => {
    const gephi = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
  <graph defaultedgetype="undirected">
    <attributes class="node"><attribute id="0" title="Modularity Class" type="integer"/><attribute id="1" title="constructor" type="string"/></attributes>
    <nodes>
      <node id="1" label="Alpha"><attvalues><attvalue for="0" value="3"/><attvalue for="1" value="x"/></attvalues>
        <viz:size value="12.5"/><viz:position x="1.5" y="-2.0" z="0.0"/><viz:color r="255" g="0" b="10"/></node>
      <node id="2" label="Beta"/>
    </nodes>
    <edges><edge source="1" target="2" weight="2.0"><viz:thickness value="3.5"/></edge></edges>
  </graph>
</gexf>`;
    const result = okOf(importGexf(gephi, { domParser }));
    expect(result.graph.getNodeAttributes('1')).toMatchObject({
      label: 'Alpha',
      'Modularity Class': 3,
      size: 12.5,
      x: 1.5,
      y: -2,
      color: 'rgb(255,0,10)',
    });
    expect(result.graph.getNodeAttributes('1')).not.toHaveProperty('constructor', 'x');
    expect(result.graph.getEdgeAttributes(result.graph.edges()[0])).toMatchObject({ weight: 2, size: 3.5 });
    expect(result.graph.type).toBe('undirected');
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'attribute "constructor" dropped: it could alter JavaScript objects',
      '1 of 2 nodes have no position; the graph needs a layout',
    ]);
    expect(result.graph.hasNodeAttribute('2', 'x')).toBe(false);
  });
});

describe('GraphML import', () => {
  const graphml = exportGraphml(hostileGraph());

  it('reports truncation, unknown nodes and duplicate ids with lines', () => {
    const cut = graphml.slice(0, graphml.indexOf('<edge '));
    expect(errorOf(importGraphml(cut, { domParser }))).toMatchObject({ code: 'truncated', line: cut.split('\n').length });
    const ghost = graphml.replace('source="product:doubao"', 'source="product:ghost"');
    expect(errorOf(importGraphml(ghost, { domParser }))).toMatchObject({ code: 'unknown-node', line: lineOf(ghost, 'product:ghost') });
    const duplicate = graphml.replace(
      '<edge id="model:doubao-pro|developed_by|company:acme"',
      '<edge id="product:doubao|developed_by|company:acme"',
    );
    expect(errorOf(importGraphml(duplicate, { domParser }))).toMatchObject({
      code: 'duplicate-id',
      line: lineOf(
        duplicate,
        'product:doubao|developed_by|company:acme',
        duplicate.indexOf('product:doubao|developed_by|company:acme') + 1,
      ),
    });
  });

  it('reads GraphML from other tools: keys for="all", unknown types, keys without names, no positions', () => {
    const foreign = `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="d0" for="all" attr.name="note" attr.type="string"/>
  <key id="d1" for="node" attr.name="born" attr.type="date"/>
  <key id="d2" for="edge"/>
  <key id="d3" for="node" attr.name="type" attr.type="string"/>
  <graph edgedefault="directed">
    <node id="a"><data key="d0">first</data><data key="d1">2024-01-01</data><data key="d3">company</data></node>
    <node id="b"/>
    <edge source="a" target="b"><data key="d0">on edge</data><data key="d2">anonymous</data></edge>
  </graph>
</graphml>`;
    const result = okOf(importGraphml(foreign, { domParser }));
    expect(result.graph.getNodeAttributes('a')).toMatchObject({ note: 'first', born: '2024-01-01', kind: 'company', label: 'a' });
    expect(result.graph.getEdgeAttributes(result.graph.edges()[0])).toMatchObject({ note: 'on edge', d2: 'anonymous' });
    expect(result.warnings.map((warning) => warning.message)).toEqual([
      'GraphML key "d1" has type "date"; its values are read as text',
      'node attribute "type" was renamed to "kind"',
      '2 of 2 nodes have no position; the graph needs a layout',
    ]);
  });
});

describe('CSV import', () => {
  const nodes = 'Id,Label\r\na,A\r\nb,B\r\n';
  const edges = 'Source,Target,Type\r\na,b,Directed\r\n';

  it('reports a missing Id, Source or Target column on line 1 of the right file', () => {
    expect(errorOf(importCsv({ nodes: 'Name,Label\na,A\n', edges }))).toEqual({
      code: 'missing-column',
      file: 'nodes',
      line: 1,
      message: 'the nodes file has no "Id" column (its header is: Name, Label)',
    });
    expect(errorOf(importCsv({ nodes, edges: 'From,Target\na,b\n' }))).toMatchObject({
      code: 'missing-column',
      file: 'edges',
      line: 1,
      message: expect.stringMatching(/"Source"/),
    });
    expect(errorOf(importCsv({ nodes, edges: 'Source,To\na,b\n' }))).toMatchObject({
      code: 'missing-column',
      file: 'edges',
      message: expect.stringMatching(/"Target"/),
    });
  });

  it('reports unbalanced quotes with the line the quoted field opens on', () => {
    expect(errorOf(importCsv({ nodes: 'Id,Label\r\na,A\r\nb,"B\r\nc,C\r\n', edges }))).toEqual({
      code: 'unbalanced-quotes',
      file: 'nodes',
      line: 3,
      message: 'nodes file: a quoted field opened on line 3 is never closed',
    });
    expect(errorOf(importCsv({ nodes, edges: 'Source,Target\r\na,"b"x\r\n' }))).toMatchObject({
      code: 'unbalanced-quotes',
      file: 'edges',
      line: 2,
    });
  });

  it('reports an edge to an unknown node, duplicate ids and rows too wide, with lines', () => {
    expect(errorOf(importCsv({ nodes, edges: 'Source,Target\na,b\nb,ghost\n' }))).toEqual({
      code: 'unknown-node',
      file: 'edges',
      line: 3,
      message: 'edges file: Target "ghost" on line 3 is not in the nodes file',
    });
    expect(errorOf(importCsv({ nodes: 'Id,Label\na,"multi\nline"\nb,B\na,again\n', edges }))).toEqual({
      code: 'duplicate-id',
      file: 'nodes',
      line: 5,
      message: 'nodes file: Id "a" on line 5 was already used on line 2',
    });
    expect(errorOf(importCsv({ nodes, edges: 'Source,Target,Id\na,b,e1\nb,a,e1\n' }))).toMatchObject({
      code: 'duplicate-id',
      file: 'edges',
      line: 3,
    });
    expect(errorOf(importCsv({ nodes: 'Id,Label\na,A,extra\n', edges }))).toMatchObject({
      code: 'malformed',
      file: 'nodes',
      line: 2,
      message: expect.stringMatching(/has 3 fields but the header has 2/),
    });
  });

  it("reads Gephi's semicolon tables, lower-case headers, undirected edges and Excel's GB18030", () => {
    const result = okOf(
      importCsv({ nodes: 'Id;Label\nA;"Node A"\nB;"Node B"\n', edges: 'source;target;type;weight\nA;B;Undirected;2.5\n' }),
    );
    expect(result.graph.getNodeAttribute('A', 'label')).toBe('Node A');
    const [edge] = result.graph.edges();
    expect(result.graph.isUndirected(edge)).toBe(true);
    expect(result.graph.getEdgeAttribute(edge, 'weight')).toBe(2.5);
    // "Id,Label\na,字节" saved by a Chinese Excel: GB18030 bytes.
    const gbk = new Uint8Array([0x49, 0x64, 0x2c, 0x4c, 0x61, 0x62, 0x65, 0x6c, 0x0a, 0x61, 0x2c, 0xd7, 0xd6, 0xbd, 0xda]);
    const excel = okOf(importCsv({ nodes: gbk, edges: 'Source,Target\n' }));
    expect(excel.graph.getNodeAttribute('a', 'label')).toBe('字节');
    expect(excel.warnings[0].message).toBe('the file is not UTF-8; it was read as GB18030');
  });

  it('types columns it does not know from their cells, and keeps neutralised cells as text', () => {
    const result = okOf(importCsv({ nodes: "Id,Label,score,ok,code\na,A,1.5,true,'-5\nb,B,2,false,7\n", edges: 'Source,Target\n' }));
    expect(result.graph.getNodeAttributes('a')).toMatchObject({ score: 1.5, ok: true, code: '-5' });
    expect(result.graph.getNodeAttributes('b')).toMatchObject({ score: 2, ok: false, code: '7' });
  });

  it('drops a __proto__ column with a warning', () => {
    const result = okOf(importCsv({ nodes: 'Id,__proto__,Label\na,{"polluted":true},A\n', edges: 'Source,Target\n' }));
    expect(Object.keys(result.graph.getNodeAttributes('a'))).not.toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.warnings[0]).toMatchObject({
      file: 'nodes',
      line: 1,
      message: 'column "__proto__" dropped: it could alter JavaScript objects',
    });
  });
});

describe('limits and normalisation', () => {
  it('enforces node, edge and attribute-length limits with the reason', () => {
    const json = exportJson(hostileGraph());
    expect(errorOf(importJson(json, { maxNodes: 3 }))).toEqual({ code: 'limit', message: 'the file has 7 nodes; the limit is 3' });
    expect(errorOf(importGexf(exportGexf(hostileGraph()), { domParser, maxEdges: 2 }))).toEqual({
      code: 'limit',
      message: 'the file has 8 edges; the limit is 2',
    });
    expect(errorOf(importJson(json, { maxAttributeLength: 20 }))).toMatchObject({
      code: 'limit',
      message: expect.stringMatching(/attribute "\w+" holds \d+ characters; the limit is 20/),
    });
    expect(errorOf(importCsv({ nodes: 'Id\na\nb\nc\nd\n', edges: 'Source,Target\n' }, { maxNodes: 2 }))).toMatchObject({
      code: 'limit',
      file: 'nodes',
    });
  });

  it('moves `type` out of sigma’s way and gives labels, sizes and colours to bare graphs', () => {
    const text = JSON.stringify({
      options: { type: 'directed' },
      nodes: [
        { key: 'a', attributes: { type: 'company' } },
        { key: 'b', attributes: { name: 'Bee', x: '1.5', y: 2 } },
      ],
      edges: [{ source: 'a', target: 'b', attributes: { type: 'owns' } }],
    });
    const result = okOf(importJson(text));
    expect(result.graph.getNodeAttributes('a')).toEqual({ kind: 'company', label: 'a', color: '#0072b2', size: expect.any(Number) });
    expect(result.graph.getNodeAttributes('b')).toMatchObject({ label: 'Bee', x: 1.5, y: 2, color: '#9e9e9e' });
    expect(result.graph.getEdgeAttributes(result.graph.edges()[0])).toMatchObject({ relation: 'owns', size: 1 });
    expect(result.graph.getEdgeAttributes(result.graph.edges()[0])).not.toHaveProperty('type');
  });

  it('says which formats it reads when it cannot tell', () => {
    expect(errorOf(importGraph({ name: 'notes.txt', content: 'hello' }))).toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/GEXF, GraphML/),
    });
    expect(errorOf(importGraph({ name: 'nodes.csv', content: 'Id\na\n' }))).toMatchObject({
      code: 'unsupported',
      message: expect.stringMatching(/two files/),
    });
    expect(errorOf(importGraph({ name: 'x.constructor', content: 'hello' }))).toMatchObject({ code: 'unsupported' });
  });
});
