// Exporters and importers: JSON, GEXF, GraphML, CSV (Gephi), Cypher and neo4j-admin CSV out;
// JSON, GEXF, GraphML and CSV pairs in, with typed errors. Shared by the viewer and the CLI.
export * from './types.js';
export { exportGraph, FORMAT_EXTENSIONS } from './export-graph.js';
export { exportJson } from './export-json.js';
export { exportGexf, formatGexfList } from './export-gexf.js';
export { exportGraphml } from './export-graphml.js';
export { exportCsv, type CsvPair } from './export-csv.js';
export { exportCypher } from './export-cypher.js';
export { exportNeo4jCsv, computeNeo4jCsvFiles, type Neo4jCsv } from './export-neo4j-csv.js';
export { importGraph, detectImportFormat, type ImportFileInput } from './import-graph.js';
export { defaultNodeColor } from './normalize-graph.js';
export { importJson } from './import-json.js';
export { importGexf } from './import-gexf.js';
export { importGraphml } from './import-graphml.js';
export { importCsv, detectCsvDelimiter } from './import-csv.js';
export { resolveImportOptions } from './resolve-options.js';
export { computeExportFileName, type ExportFileNameInput } from './compute-file-name.js';
export { computeZip, type ZipOptions } from './compute-zip.js';
export { computeSubgraph } from './compute-subgraph.js';
export { neutralizeFormulaCell, restoreFormulaCell, quoteCsvCell } from './csv.js';
export { computeNodeLabel, computeRelationshipType, quoteCypherName, quoteCypherString } from './neo4j-names.js';
export { scanXml, escapeXmlText, escapeXmlAttribute, stripInvalidXmlChars } from './xml.js';
export { isUnsafeNodeKey, unsafeNodeKeyMessage } from './attributes.js';
export {
  exportSvg,
  DEFAULT_SVG_OPTIONS,
  type SvgDrawing,
  type SvgEdge,
  type SvgLegendRow,
  type SvgNode,
  type SvgOptions,
} from './export-svg.js';
