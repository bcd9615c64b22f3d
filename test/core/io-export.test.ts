// What each writer promises on its own: CSV quoting and formula neutralisation, XML escaping,
// Cypher escaping against hostile values, neo4j-admin headers, file names and the ZIP.
import fc from 'fast-check';
import { strToU8, unzipSync } from 'fflate';
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import {
  computeExportFileName,
  computeNodeLabel,
  computeRelationshipType,
  computeZip,
  exportCsv,
  exportCypher,
  exportGexf,
  exportGraph,
  exportGraphml,
  exportNeo4jCsv,
  importCsv,
  importGexf,
  importGraphml,
  neutralizeFormulaCell,
  quoteCsvCell,
  quoteCypherString,
  restoreFormulaCell,
  scanXml,
  type ExportFormat,
} from '../../src/core/io/index.js';
import { HOSTILE, hostileGraph, nodeDomParser } from './io-fixtures.js';

const domParser = nodeDomParser();

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(neutralizeFormulaCell(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(neutralizeFormulaCell(HOSTILE.formula)).toBe(`'${HOSTILE.formula}`);
    for (const safe of ['', 'plain', '字节', "'quoted", ' =space first', '1-2']) expect(neutralizeFormulaCell(safe)).toBe(safe);
  });

  it('restores exactly what it neutralised, and nothing else (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', 'a', ',', '"') }), (text) => {
        expect(restoreFormulaCell(neutralizeFormulaCell(text))).toBe(text);
      }),
      { seed: 5, numRuns: 2000 },
    );
  });

  it('quotes per RFC 4180: delimiters, quotes and line breaks', () => {
    expect(quoteCsvCell('a,b')).toBe('"a,b"');
    expect(quoteCsvCell('say "hi"')).toBe('"say ""hi"""');
    expect(quoteCsvCell('two\nlines')).toBe('"two\nlines"');
    expect(quoteCsvCell('cr\r')).toBe('"cr\r"');
    expect(quoteCsvCell('plain')).toBe('plain');
    expect(quoteCsvCell('')).toBe('');
  });

  it('writes UTF-8 with a BOM, CRLF rows, neutralised text cells and plain negative numbers', () => {
    const { nodes, edges } = exportCsv(hostileGraph());
    expect(nodes.charCodeAt(0)).toBe(0xfeff);
    expect(nodes.split('\r\n')[0]).toBe(
      '\uFEFFId,Label,kind,nameZh,nameEn,aliases,descriptionZh,descriptionEn,country,founded,released,openSource,url,editorial,sources,sourceIds,' +
        'modalities,tracks,businessModels,markets,companies,x,y,size,color',
    );
    expect(edges.split('\r\n')[0]).toBe('\uFEFFSource,Target,Type,Id,Label,Relation,noteZh,noteEn,editorial,sources,sourceIds,size,color');
    expect(nodes).toContain(",'+plus start,");
    expect(nodes).toContain(",'@subscription,");
    expect(edges).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(nodes).toMatch(/,-46\.8,0\.72,/);
    // No cell of the file starts with a formula character, whatever its column.
    const cells = nodes
      .slice(1)
      .split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)|\r\n/)
      .map((cell) => cell.replace(/^"|"$/g, ''));
    const formulas = cells.filter((cell) => /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && Number.isNaN(Number(cell))));
    expect(formulas).toEqual([]);
  });

  it('renames attributes that collide with the columns Gephi reserves', () => {
    const graph = new Graph();
    graph.addNode('a', { label: 'A', id: 'own id', Label: 'shadow' });
    graph.addNode('b', { label: 'B' });
    graph.addEdgeWithKey('e', 'a', 'b', { source: 'own', type: 'kind of edge' });
    const { nodes, edges } = exportCsv(graph);
    expect(nodes.split('\r\n')[0]).toBe('\uFEFFId,Label,id_,Label_');
    expect(edges.split('\r\n')[0]).toBe('\uFEFFSource,Target,Type,Id,Label,Relation,source_,type_');
    const result = importCsv({ nodes, edges });
    expect(result.ok && result.graph.getNodeAttributes('a')).toMatchObject({ label: 'A', id_: 'own id', Label_: 'shadow' });
  });
});

describe('XML writers', () => {
  const withControlCharacters = () => {
    const graph = hostileGraph();
    graph.setNodeAttribute('company:acme', 'nameEn', 'bell\u0007 and null\u0000 and lone \uD800 surrogate');
    graph.setNodeAttribute('company:acme', 'aliases', ['esc\u001B', 'ok']);
    return graph;
  };

  it.each([
    ['GEXF', exportGexf],
    ['GraphML', exportGraphml],
  ])('%s: drops characters XML cannot hold and stays well-formed', (_name, write) => {
    const text = write(withControlCharacters());
    // eslint-disable-next-line no-control-regex -- the characters XML 1.0 forbids
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const scanned = scanXml(text, { maxDepth: 64, collect: new Set() });
    expect(scanned.ok).toBe(true);
  });

  it('GEXF and GraphML keep the rest of such a value (JSON text keeps even the characters, escaped)', () => {
    const graph = withControlCharacters();
    const gexf = importGexf(exportGexf(graph), { domParser });
    const graphml = importGraphml(exportGraphml(graph), { domParser });
    if (!gexf.ok || !graphml.ok) throw new Error('import failed');
    for (const result of [gexf, graphml]) {
      expect(result.graph.getNodeAttribute('company:acme', 'nameEn')).toBe('bell and null and lone  surrogate');
    }
    expect(gexf.graph.getNodeAttribute('company:acme', 'aliases')).toEqual(['esc', 'ok']);
    expect(graphml.graph.getNodeAttribute('company:acme', 'aliases')).toEqual(['esc\u001B', 'ok']);
  });

  it('GraphML escapes markup in values: no element comes from the data', () => {
    const graph = new Graph();
    graph.addNode('<node id="x">', { label: '</data><script>alert(1)</script>', x: 0, y: 0 });
    const text = exportGraphml(graph);
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;/data&gt;&lt;script&gt;');
    expect(text).toContain('<node id="&lt;node id=&quot;x&quot;&gt;">');
    const result = importGraphml(text, { domParser });
    expect(result.ok && result.graph.getNodeAttribute('<node id="x">', 'label')).toBe('</data><script>alert(1)</script>');
  });

  it('GraphML of a mixed graph marks each edge so graphology-graphml reads both kinds', () => {
    const graph = new Graph({ type: 'mixed' });
    graph.addNode('a');
    graph.addNode('b');
    graph.addDirectedEdgeWithKey('d', 'a', 'b');
    graph.addUndirectedEdgeWithKey('u', 'a', 'b');
    const text = exportGraphml(graph);
    expect(text).toContain('<graph edgedefault="undirected">');
    expect(text).toContain('<edge id="d" source="a" target="b" directed="true"/>');
    const result = importGraphml(text, { domParser });
    expect(result.ok && [result.graph.isDirected('d'), result.graph.isUndirected('u')]).toEqual([true, true]);
  });
});

/** Splits a Cypher script into statements and string literals the way Cypher's lexer does. */
function lexCypher(script: string): { statements: string[]; strings: string[] } {
  const statements: string[] = [];
  const strings: string[] = [];
  let current = '';
  let i = 0;
  const escapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', "'": "'", '"': '"', '\\': '\\' };
  while (i < script.length) {
    const char = script[i];
    if (char === '/' && script[i + 1] === '/') {
      const end = script.indexOf('\n', i);
      i = end === -1 ? script.length : end;
    } else if (char === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= script.length) throw new Error('unterminated string');
        const c = script[i];
        if (c === '\\') {
          const next = script[i + 1];
          if (next === 'u') {
            value += String.fromCharCode(parseInt(script.slice(i + 2, i + 6), 16));
            i += 6;
          } else if (next in escapes) {
            value += escapes[next];
            i += 2;
          } else throw new Error(`bad escape \\${next}`);
        } else if (c === "'") {
          i++;
          break;
        } else {
          if (c === '\n') throw new Error('raw line break inside a string');
          value += c;
          i++;
        }
      }
      strings.push(value);
      current += '?';
    } else if (char === '`') {
      const end = script.indexOf('`', i + 1);
      current += script.slice(i, end + 1);
      i = end + 1;
    } else if (char === ';') {
      statements.push(current.trim());
      current = '';
      i++;
    } else {
      current += char;
      i++;
    }
  }
  if (current.trim() !== '') statements.push(current.trim());
  return { statements, strings };
}

describe('Cypher', () => {
  it('escapes quotes, backslashes, line breaks and control characters in string literals', () => {
    expect(quoteCypherString("it's")).toBe("'it\\'s'");
    expect(quoteCypherString('back\\slash')).toBe("'back\\\\slash'");
    expect(quoteCypherString('a\nb\r\tc')).toBe("'a\\nb\\r\\tc'");
    expect(quoteCypherString('nul\u0000')).toBe("'nul\\u0000'");
    expect(quoteCypherString('`tick`')).toBe("'`tick`'");
  });

  it('keeps hostile values inside literals: one statement per node and edge, every value intact', () => {
    const graph = hostileGraph();
    graph.setNodeAttribute('model:open-model', 'descriptionEn', "x'}) DETACH DELETE n //\nMATCH (n) DELETE n; \\' \u0000");
    const script = exportCypher(graph);
    const { statements, strings } = lexCypher(script);
    expect(statements).toHaveLength(1 + graph.order + graph.size);
    expect(statements[0]).toBe('CREATE CONSTRAINT landscape_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE');
    for (const statement of statements.slice(1, 1 + graph.order)) {
      expect(statement).toMatch(/^MERGE \(n:Entity \{id: \?\}\) SET (n:\w+, )?n \+= \{[^;]*\}$/);
      expect(statement).not.toMatch(/DELETE|DETACH|MATCH/);
    }
    for (const statement of statements.slice(1 + graph.order)) {
      expect(statement).toMatch(
        /^MATCH \(a:Entity \{id: \?\}\), \(b:Entity \{id: \?\}\) MERGE \(a\)-\[r:[A-Z_]+ \{id: \?\}\]->\(b\) SET r \+= \{[^;]*\}$/,
      );
    }
    for (const value of [HOSTILE.cypher, HOSTILE.multiline, HOSTILE.formula, "x'}) DETACH DELETE n //\nMATCH (n) DELETE n; \\' \u0000"]) {
      expect(strings).toContain(value);
    }
    expect(strings).toContain('CapCut, Pro');
    expect(statements[1]).toContain('n:Company');
    expect(script).toContain('[r:DEVELOPED_BY {id: ');
    expect(script).toContain('[r:BUSINESS_MODEL {id: ');
  });

  it('backtick-quotes labels, types and keys that are not plain identifiers', () => {
    const graph = new Graph();
    graph.addNode('a', { kind: 'evil`) DELETE (x', 'odd key`': 1 });
    graph.addNode('b', {});
    graph.addEdgeWithKey('e', 'a', 'b', { relation: 'has`part' });
    const { statements } = lexCypher(exportCypher(graph));
    expect(statements[1]).toContain('SET n:EvilDELETEX, n += {kind: ?, `odd key```: 1}');
    expect(statements[3]).toContain('[r:HAS_PART {id: ?}]');
  });

  it('names labels in PascalCase and relationship types in UPPER_SNAKE_CASE', () => {
    expect(computeNodeLabel('business_model')).toBe('BusinessModel');
    expect(computeNodeLabel('company')).toBe('Company');
    expect(computeNodeLabel('')).toBeUndefined();
    expect(computeNodeLabel(undefined)).toBeUndefined();
    expect(computeRelationshipType('developed_by')).toBe('DEVELOPED_BY');
    expect(computeRelationshipType('competesWith')).toBe('COMPETES_WITH');
    expect(computeRelationshipType(undefined)).toBe('RELATED_TO');
    expect(computeRelationshipType('***')).toBe('RELATED_TO');
  });
});

describe('neo4j-admin CSV', () => {
  it('has the ID, LABEL, START_ID, END_ID and TYPE columns and typed properties', () => {
    const csv = exportNeo4jCsv(hostileGraph());
    const nodeHeader = csv.nodes.split('\n')[0].split(',');
    expect(nodeHeader.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
    expect(nodeHeader).toEqual(
      expect.arrayContaining(['aliases:string[]', 'founded:long', 'openSource:boolean', 'x:double', 'y:double', 'sources']),
    );
    expect(csv.relationships.split('\n')[0]).toBe(
      ':START_ID,:END_ID,:TYPE,id,label,relation,noteZh,noteEn,editorial,sources,sourceIds:string[],size:double,color,undirected:boolean',
    );
    expect(csv.relationships).toContain('"product:doubao","company:acme","DEVELOPED_BY"');
  });

  it('picks an array delimiter that no list item holds and says so in the command', () => {
    const csv = exportNeo4jCsv(hostileGraph());
    // The hostile aliases hold both ";" and "|".
    expect(csv.arrayDelimiter).toBe('¦');
    expect(csv.nodes).toContain('"Entity¦Company"');
    expect(csv.command).toContain('--array-delimiter="¦"');
    expect(csv.command).toContain('--multiline-fields=true');
    const plain = new Graph();
    plain.addNode('a', { kind: 'company', aliases: ['x', 'y'] });
    expect(exportNeo4jCsv(plain).nodes).toContain('"a","Entity;Company","company","x;y"');
  });
});

describe('file names, ZIP and the format switch', () => {
  it('says what is inside', () => {
    expect(computeExportFileName({ filters: { modalities: ['modality:vision'], kinds: ['track'] }, format: 'gexf', date: 2024 })).toBe(
      'landscape-vision-tracks-2024.gexf',
    );
    expect(computeExportFileName({ format: 'json' })).toBe('landscape.json');
    const time = { from: 2023 * 12, until: 2024 * 12 + 11, undated: 'hide' as const };
    expect(computeExportFileName({ filters: { modalities: ['modality:vision'], time }, format: 'gexf' })).toBe(
      'landscape-vision-2023-01-to-2024-12.gexf',
    );
    expect(
      computeExportFileName({
        filters: { kinds: ['company', 'business_model'] },
        format: 'graphml',
        date: new Date('2025-03-04T12:00:00Z'),
      }),
    ).toBe('landscape-companies-business-models-2025-03-04.graphml');
    expect(computeExportFileName({ filters: { ego: { id: 'company:bytedance', depth: 2 } }, format: 'csv' })).toBe(
      'landscape-around-bytedance-d2-csv.zip',
    );
    expect(computeExportFileName({ filters: { tracks: ['track:a', 'track:b', 'track:c', 'track:d', 'track:e'] }, format: 'cypher' })).toBe(
      'landscape-a-b-c-and-2-more.cypher',
    );
    expect(computeExportFileName({ filters: { companies: ['company:<script>'] }, format: 'neo4j-csv', base: '../..' })).toBe(
      'landscape-script-neo4j.zip',
    );
  });

  it('zips the CSV pair so that unzipping gives the same files', () => {
    const files = exportGraph(hostileGraph(), 'csv');
    const zip = computeZip(files, { date: new Date('2024-01-01T00:00:00Z') });
    const entries = unzipSync(zip);
    expect(Object.keys(entries).sort()).toEqual(['edges.csv', 'nodes.csv']);
    // Byte for byte, BOM included (a TextDecoder would hide it).
    expect(entries['nodes.csv']).toEqual(strToU8(files.find((file) => file.name === 'nodes.csv')!.content));
    expect([...entries['edges.csv'].subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(computeZip(files, { date: new Date('2024-01-01T00:00:00Z') })).toEqual(zip);
  });

  it('gives one file per single-file format and the file sets of csv and neo4j-csv', () => {
    const graph = hostileGraph();
    expect(exportGraph(graph, 'json').map((file) => file.name)).toEqual(['graph.json']);
    expect(exportGraph(graph, 'gexf').map((file) => file.name)).toEqual(['graph.gexf']);
    expect(exportGraph(graph, 'graphml').map((file) => file.name)).toEqual(['graph.graphml']);
    expect(exportGraph(graph, 'cypher').map((file) => file.name)).toEqual(['graph.cypher']);
    expect(exportGraph(graph, 'neo4j-csv').map((file) => file.name)).toEqual(['nodes.csv', 'relationships.csv', 'import-command.txt']);
  });
});

describe('the sources’ credit in exported files', () => {
  const credit = "Sources: iResearch, 2024 report (2025); Epoch AI, 'Data on AI Models', epoch.ai/data/ai-models (CC BY 4.0)";
  const graph = new Graph({ type: 'directed' });
  graph.setAttribute('credit', credit);
  graph.addNode('a', { label: 'A' });
  graph.addNode('b', { label: 'B' });
  graph.addEdge('a', 'b', { relation: 'developed_by' });

  it('goes with every format, where each format keeps such a thing', () => {
    const text = (format: ExportFormat) =>
      exportGraph(graph, format)
        .map((file) => `${file.name}\n${file.content}`)
        .join('\n');
    expect(text('json')).toContain(JSON.stringify(credit));
    expect(text('gexf')).toMatch(
      /<description>Sources: iResearch, 2024 report \(2025\); Epoch AI, .{1,6}Data on AI Models.* \(CC BY 4\.0\)<\/description>/,
    );
    expect(text('graphml')).toMatch(/<data key="[^"]+">Sources: iResearch, 2024 report \(2025\); Epoch AI, .* \(CC BY 4\.0\)<\/data>/);
    expect(exportGraph(graph, 'cypher')[0].content.split('\n')[0]).toBe(`// ${credit}`);
    for (const format of ['csv', 'neo4j-csv'] as const) {
      const files = exportGraph(graph, format);
      expect(files.find((file) => file.name === 'CREDITS.txt')?.content).toBe(`${credit}\n`);
    }
  });

  it('is left out when the graph has none', () => {
    const bare = graph.copy();
    bare.removeAttribute('credit');
    expect(exportGraph(bare, 'csv').map((file) => file.name)).toEqual(['nodes.csv', 'edges.csv']);
    expect(exportGraph(bare, 'cypher')[0].content).not.toContain('Sources:');
  });
});
