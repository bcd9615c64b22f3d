// GEXF (Gephi) → an imported graph, through graphology-gexf's parser on the caller's DOMParser.
import { guardImport } from './guard-import.js';
import Graph from 'graphology';
import createGexfParser from 'graphology-gexf/common/parser.js';
import { importXmlGraph } from './import-xml.js';
import { resolveImportOptions } from './resolve-options.js';
import type { ImportInput, ImportOptions, ImportResult } from './types.js';

export function importGexf(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  return guardImport(() => importGexfUnguarded(input, options));
}

function importGexfUnguarded(input: ImportInput, options: Partial<ImportOptions> = {}): ImportResult {
  return importXmlGraph(input, resolveImportOptions(options), {
    root: 'gexf',
    name: 'GEXF',
    parse(xmlDocument) {
      const parse = createGexfParser(null, xmlDocument.constructor);
      // The parsers are typed for the browser's Document; ours is the structural subset they read.
      return parse(Graph, xmlDocument as unknown as Parameters<typeof parse>[1], { allowUndeclaredAttributes: true });
    },
  });
}
