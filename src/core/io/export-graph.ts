// One entry for every export format: a graph and a format → the files to save or download.
import type Graph from 'graphology';
import { exportCsv } from './export-csv.js';
import { exportCypher } from './export-cypher.js';
import { exportGexf } from './export-gexf.js';
import { exportGraphml } from './export-graphml.js';
import { exportJson } from './export-json.js';
import { computeNeo4jCsvFiles } from './export-neo4j-csv.js';
import type { ExportFile, ExportFormat } from './types.js';

export const FORMAT_EXTENSIONS: Record<ExportFormat, string> = {
  json: 'json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'zip',
  cypher: 'cypher',
  'neo4j-csv': 'zip',
};

const CSV_MIME = 'text/csv;charset=utf-8';

/** The graph's credit line (its sources' credits), on one line; '' without one. */
function creditOf(graph: Graph): string {
  const credit: unknown = graph.getAttribute('credit');
  return typeof credit === 'string' ? credit.replace(/[\r\n]+/g, ' ').trim() : '';
}

/**
 * The files of an export: one for json, gexf, graphml and cypher; a set for csv and neo4j-csv. The sources' credit
 * travels with every format: a graph attribute in json and graphml, the description in gexf, a comment atop the
 * cypher script, a CREDITS.txt beside the CSV files.
 */
export function exportGraph(graph: Graph, format: ExportFormat): ExportFile[] {
  const files = exportFiles(graph, format);
  const credit = creditOf(graph);
  if (credit === '') return files;
  if (format === 'cypher') return [{ ...files[0], content: `// ${credit}\n${files[0].content}` }];
  if (format === 'csv' || format === 'neo4j-csv') return [...files, { name: 'CREDITS.txt', content: `${credit}\n`, mimeType: TEXT_MIME }];
  return files;
}

const TEXT_MIME = 'text/plain;charset=utf-8';

function exportFiles(graph: Graph, format: ExportFormat): ExportFile[] {
  switch (format) {
    case 'json':
      return [{ name: 'graph.json', content: exportJson(graph), mimeType: 'application/json' }];
    case 'gexf':
      return [{ name: 'graph.gexf', content: exportGexf(graph), mimeType: 'application/gexf+xml' }];
    case 'graphml':
      return [{ name: 'graph.graphml', content: exportGraphml(graph), mimeType: 'application/graphml+xml' }];
    case 'cypher':
      return [{ name: 'graph.cypher', content: exportCypher(graph), mimeType: 'text/plain;charset=utf-8' }];
    case 'csv': {
      const { nodes, edges } = exportCsv(graph);
      return [
        { name: 'nodes.csv', content: nodes, mimeType: CSV_MIME },
        { name: 'edges.csv', content: edges, mimeType: CSV_MIME },
      ];
    }
    case 'neo4j-csv':
      return computeNeo4jCsvFiles(graph);
  }
}
