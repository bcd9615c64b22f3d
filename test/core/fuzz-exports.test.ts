// Exports are safe to open elsewhere: whatever the graph holds (script payloads, formulas, Cypher,
// control characters, prototype keys), XML stays well-formed with no element outside its format's
// namespaces, CSV cells cannot run as formulas and keep their columns, Cypher keeps every value inside
// a literal, and the importers refuse node ids that would pollute objects.
import { DOMParser } from '@xmldom/xmldom';
import type Graph from 'graphology';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  EXPORT_FORMATS,
  exportGraph,
  importCsv,
  importGexf,
  importGraphml,
  importJson,
  type ExportFile,
  type ExportFormat,
  type ImportResult,
} from '../../src/core/io/index.js';
import { FUZZ_TEST_TIMEOUT, expectNoPollution, runFuzz } from '../fixtures/hostile/fuzz-kit.js';
import { buildRandomGraph, randomGraphSpec } from '../fixtures/hostile/graphs.js';
import { COMPANY_TEXT, HOSTILE_IDS, hostileGraph } from '../fixtures/hostile/hostile-bundle.js';
import { quietDomParser } from '../fixtures/hostile/import-fuzz.js';
import { MARKUP_PAYLOADS } from '../fixtures/hostile/payloads.js';

const NAMESPACES: Record<'gexf' | 'graphml', Set<string>> = {
  gexf: new Set(['http://gexf.net/1.3', 'http://gexf.net/1.3/viz']),
  graphml: new Set(['http://graphml.graphdrawing.org/xmlns']),
};
const ATTRIBUTE_NAMESPACES = new Set([null, '', 'http://www.w3.org/2000/xmlns/', 'http://www.w3.org/2001/XMLSchema-instance']);

/** Parses strictly (any error throws) and checks that every element and attribute belongs to the format. */
function checkXml(text: string, format: 'gexf' | 'graphml'): Document {
  const fail = (message: string) => {
    throw new Error(`${format} is not well-formed XML: ${message}`);
  };
  const xml = new DOMParser({ errorHandler: { warning: () => undefined, error: fail, fatalError: fail } }).parseFromString(
    text,
    'application/xml',
  );
  if (xml.doctype) throw new Error(`${format} has a DOCTYPE`);
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      // @xmldom/xmldom keeps the XML declaration as a processing instruction named xml.
      if (child.nodeType === 7 && (child as ProcessingInstruction).target !== 'xml')
        throw new Error(`${format} holds a processing instruction <?${(child as ProcessingInstruction).target}`);
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (!NAMESPACES[format].has(element.namespaceURI ?? ''))
        throw new Error(`${format} holds <${element.tagName}> in namespace ${element.namespaceURI}`);
      for (const attribute of Array.from(element.attributes)) {
        if (!ATTRIBUTE_NAMESPACES.has(attribute.namespaceURI ?? null))
          throw new Error(`${format} holds attribute ${attribute.name} in ${attribute.namespaceURI}`);
        if (
          attribute.namespaceURI === 'http://www.w3.org/2000/xmlns/' &&
          attribute.name !== 'xmlns' &&
          !NAMESPACES[format].has(attribute.value) &&
          attribute.value !== 'http://www.w3.org/2001/XMLSchema-instance'
        ) {
          throw new Error(`${format} declares namespace ${attribute.value}`);
        }
      }
      walk(element);
    }
  };
  walk(xml);
  return xml;
}

/** RFC 4180 with papaparse: no quoting error, every row as wide as the header. */
function parseCsv(text: string, name: string): string[][] {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ',', skipEmptyLines: true });
  const errors = parsed.errors.filter((error) => error.type !== 'Delimiter');
  if (errors.length > 0) throw new Error(`${name}: ${errors[0].message} (row ${errors[0].row})`);
  const [header, ...rows] = parsed.data;
  for (const [index, row] of rows.entries()) {
    if (row.length !== header.length) throw new Error(`${name}: row ${index + 2} has ${row.length} cells, the header ${header.length}`);
  }
  return parsed.data;
}

const FORMULA = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** No cell a spreadsheet would evaluate: text that starts like a formula carries the apostrophe. */
function checkFormulas(rows: string[][], name: string): void {
  for (const [index, row] of rows.entries()) {
    for (const cell of row) {
      if (FORMULA.test(cell) && !NUMBER.test(cell))
        throw new Error(`${name}: row ${index + 1} has a live formula cell ${JSON.stringify(cell)}`);
    }
  }
}

/** A string literal or a backtick-quoted name, whichever starts first (each may hold the other's quote). */
const QUOTED = /'(?:[^'\\]|\\[\s\S])*'|`(?:[^`]|``)*`/g;
const NAME = /[A-Za-z_][A-Za-z0-9_]*/;
const VALUE = `(?:'S'|-?\\d+(?:\\.\\d+)?(?:e-?\\d+)?|true|false|\\[(?:'S'(?:, 'S')*)?\\])`;
const MAP = `\\{(?:(?:${NAME.source}): ${VALUE}(?:, (?:${NAME.source}): ${VALUE})*)?\\}`;
const CYPHER_LINES = [
  /^\/\/ AI Landscape Graph: \d+ nodes and \d+ relationships\.$/,
  /^\/\/ Run with: cypher-shell -f <this file>\. Sources and other nested values are JSON text\.$/,
  /^CREATE CONSTRAINT landscape_entity_id IF NOT EXISTS FOR \(n:Entity\) REQUIRE n\.id IS UNIQUE;$/,
  new RegExp(`^MERGE \\(n:Entity \\{id: 'S'\\}\\) SET (?:n:(?:${NAME.source}), )?n \\+= ${MAP};$`),
  new RegExp(
    `^MATCH \\(a:Entity \\{id: 'S'\\}\\), \\(b:Entity \\{id: 'S'\\}\\) MERGE \\(a\\)-\\[r:(?:${NAME.source}) \\{id: 'S'\\}\\]->\\(b\\) SET r \\+= ${MAP};$`,
  ),
];

/** Every statement has our shape once its string literals are blanked: no data outside a literal. */
function checkCypher(script: string): void {
  const skeleton = script.replace(QUOTED, (quoted) => (quoted[0] === "'" ? "'S'" : 'N'));
  for (const line of skeleton.split('\n')) {
    if (line === '') continue;
    if (!CYPHER_LINES.some((pattern) => pattern.test(line)))
      throw new Error(`cypher statement outside the template: ${line.slice(0, 300)}`);
  }
}

function checkExport(graph: Graph, format: ExportFormat, files: ExportFile[]): void {
  const text = (name: string) => files.find((file) => file.name === name)!.content;
  switch (format) {
    case 'json':
      expect(JSON.parse(text('graph.json'))).toEqual(JSON.parse(JSON.stringify(graph.export())));
      break;
    case 'gexf':
      checkXml(text('graph.gexf'), 'gexf');
      break;
    case 'graphml':
      checkXml(text('graph.graphml'), 'graphml');
      break;
    case 'csv':
      for (const name of ['nodes.csv', 'edges.csv']) checkFormulas(parseCsv(text(name), name), name);
      break;
    case 'cypher':
      checkCypher(text('graph.cypher'));
      break;
    case 'neo4j-csv':
      // For neo4j-admin, not spreadsheets: no formula prefix (see export-neo4j-csv.ts), but intact rows.
      for (const name of ['nodes.csv', 'relationships.csv']) parseCsv(text(name), name);
      // The command names our files and a delimiter from a fixed list; nothing from the data reaches the shell.
      expect(text('import-command.txt').replace(/--array-delimiter=(?:"[;|¦]"|\$'\\x1F')/g, '')).not.toMatch(/[`$;|&<>"'\\]/);
      break;
    default:
      // A format added later: at least no live markup.
      for (const file of files) expect(file.content, `${format}: ${file.name}`).not.toMatch(/<script|<img|javascript:/i);
  }
}

describe('exports escape everything', () => {
  it('the hostile graph exports to every format safely, and its text comes back as text', () => {
    const graph = hostileGraph();
    for (const format of EXPORT_FORMATS) checkExport(graph, format, exportGraph(graph, format));

    const domParser = quietDomParser();
    const files = Object.fromEntries(
      EXPORT_FORMATS.flatMap((format) => exportGraph(graph, format).map((file) => [`${format}/${file.name}`, file.content])),
    );
    const results: [string, ImportResult][] = [
      ['json', importJson(files['json/graph.json'])],
      ['gexf', importGexf(files['gexf/graph.gexf'], { domParser })],
      ['graphml', importGraphml(files['graphml/graph.graphml'], { domParser })],
      ['csv', importCsv({ nodes: files['csv/nodes.csv'], edges: files['csv/edges.csv'] })],
    ];
    for (const [format, result] of results) {
      if (!result.ok) throw new Error(`${format}: ${result.error.message}`);
      const company = result.graph.getNodeAttributes(HOSTILE_IDS.company);
      expect(company.nameZh, format).toBe(COMPANY_TEXT.nameZh);
      expect(company.descriptionEn, format).toBe(COMPANY_TEXT.description);
      expect(company.url, format).toBe(COMPANY_TEXT.url);
      expect(result.graph.hasNode(HOSTILE_IDS.markupId), format).toBe(true);
      expect(result.graph.getNodeAttribute(HOSTILE_IDS.product, 'label'), format).toBe(`产品 ${MARKUP_PAYLOADS[1]}`);
    }
    expectNoPollution();
  });

  it(
    'random graphs of arbitrary strings, numbers and keys export safely to every format',
    () => {
      runFuzz(
        'exports',
        randomGraphSpec,
        (spec) => {
          const graph = buildRandomGraph(spec);
          for (const format of EXPORT_FORMATS) checkExport(graph, format, exportGraph(graph, format));
        },
        300,
      );
    },
    FUZZ_TEST_TIMEOUT,
  );

  it('ids that become __proto__ once control characters are stripped pollute nothing on the way out and back in', () => {
    const domParser = quietDomParser();
    const graph = buildRandomGraph({
      type: 'directed',
      nodes: [
        ['__proto__\u0000', {}],
        ['toString\u0001', {}],
        ['a', {}],
      ],
      edges: [0, 1, 0, 1].map((to) => ({ from: 2, to, undirected: false, key: null, attributes: {} })),
      graphAttributes: {},
    });
    for (const format of EXPORT_FORMATS) {
      const files = exportGraph(graph, format);
      checkExport(graph, format, files);
      const content = (name: string) => files.find((file) => file.name === name)?.content ?? '';
      const result =
        format === 'json'
          ? importJson(content('graph.json'))
          : format === 'gexf'
            ? importGexf(content('graph.gexf'), { domParser })
            : format === 'graphml'
              ? importGraphml(content('graph.graphml'), { domParser })
              : format === 'csv'
                ? importCsv({ nodes: content('nodes.csv'), edges: content('edges.csv') })
                : undefined;
      // GEXF renames the stripped ids (__proto__~2); GraphML and CSV write them stripped, which the importers refuse.
      if (result && !result.ok) expect(result.error.message, format).toMatch(/cannot be used/);
      expectNoPollution();
    }
  });

  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty'])('importers refuse the node id %s, and nothing is polluted', (key) => {
    const domParser = quietDomParser();
    const json = JSON.stringify({
      nodes: [{ key }, { key: 'a' }],
      edges: [
        { source: 'a', target: key },
        { source: 'a', target: key },
        { source: key, target: key },
      ],
    });
    const edges = `<edge source="a" target="${key}"/><edge source="a" target="${key}"/><edge source="${key}" target="a"/>`;
    const gexf = `<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="${key}"/><node id="a"/></nodes><edges>${edges}</edges></graph></gexf>`;
    const graphml = `<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="directed"><node id="${key}"/><node id="a"/>${edges}</graph></graphml>`;
    const csv = { nodes: `Id,Label\n${key},x\na,y\n`, edges: `Source,Target\na,${key}\na,${key}\n${key},a\n` };
    for (const result of [importJson(json), importGexf(gexf, { domParser }), importGraphml(graphml, { domParser }), importCsv(csv)]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.message).toContain(`node id "${key}" cannot be used`);
    }
    expectNoPollution();
  });
});
