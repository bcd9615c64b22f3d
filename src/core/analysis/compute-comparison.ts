// Side by side: for 2–4 entities, the tracks, modalities, markets and business models they are in and the
// products and models they make, each cell with the links that say it (or the offerings it comes through),
// rows shared by all first. Also as CSV (formula cells neutralised) for a spreadsheet.
import type Graph from 'graphology';
import { formatCsvRow, neutralizeFormulaCell } from '../io/csv.js';
import { COMPARISON_DIMENSIONS, type Comparison, type ComparisonCell, type ComparisonDimension, type ComparisonRow } from './types.js';

const FACET_DIMENSIONS = new Set<ComparisonDimension>(['tracks', 'modalities', 'markets', 'businessModels']);
const MADE_KIND: Partial<Record<ComparisonDimension, string>> = { products: 'product', models: 'model' };
const MAX_VIA = 5;

function linksBetween(graph: Graph, a: string, b: string): string[] {
  const edges = new Set<string>();
  graph.forEachEdge(a, b, (edge) => edges.add(edge));
  graph.forEachEdge(b, a, (edge) => edges.add(edge));
  return [...edges];
}

function listOf(graph: Graph, node: string, key: string): string[] {
  const value: unknown = graph.getNodeAttribute(node, key);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** The values an entity has in one dimension, each with its evidence. */
function cellsOf(graph: Graph, entity: string, dimension: ComparisonDimension): Map<string, ComparisonCell> {
  const cells = new Map<string, ComparisonCell>();
  if (FACET_DIMENSIONS.has(dimension)) {
    // A value held through a neighbour: a product in the track, or a track in the modality.
    const neighbours = graph.neighbors(entity);
    for (const value of listOf(graph, entity, dimension)) {
      if (value === entity) continue;
      const edges = graph.hasNode(value) ? linksBetween(graph, entity, value) : [];
      const via = edges.length > 0 ? [] : neighbours.filter((node) => listOf(graph, node, dimension).includes(value)).slice(0, MAX_VIA);
      cells.set(value, { present: true, edges, via });
    }
  } else {
    const kind = MADE_KIND[dimension];
    graph.forEachNeighbor(entity, (node, attributes) => {
      if (attributes.kind === kind) cells.set(node, { present: true, edges: linksBetween(graph, entity, node), via: [] });
    });
  }
  return cells;
}

export function computeComparison(graph: Graph, entities: readonly string[]): Comparison {
  const known = entities.filter((entity, index) => graph.hasNode(entity) && entities.indexOf(entity) === index);
  const rows: ComparisonRow[] = [];
  const absent: ComparisonCell = { present: false, edges: [], via: [] };
  for (const dimension of COMPARISON_DIMENSIONS) {
    const perEntity = known.map((entity) => cellsOf(graph, entity, dimension));
    const values = [...new Set(perEntity.flatMap((cells) => [...cells.keys()]))];
    const dimensionRows = values.map((value) => {
      const cells = perEntity.map((entityCells) => entityCells.get(value) ?? absent);
      return { dimension, value, cells, shared: cells.every((cell) => cell.present), count: cells.filter((cell) => cell.present).length };
    });
    dimensionRows.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
    for (const { count: _count, ...row } of dimensionRows) rows.push(row);
  }
  return { entities: known, rows };
}

/** The comparison as a CSV table: dimension, value, then one column per entity (✓ or empty). */
export function computeComparisonCsv(
  comparison: Comparison,
  nameOf: (id: string) => string,
  dimensionName: (dimension: ComparisonDimension) => string,
): string {
  const cell = (text: string) => neutralizeFormulaCell(text);
  const lines = [formatCsvRow(['dimension', 'value', ...comparison.entities.map((id) => cell(nameOf(id)))])];
  for (const row of comparison.rows) {
    lines.push(
      formatCsvRow([cell(dimensionName(row.dimension)), cell(nameOf(row.value)), ...row.cells.map((entry) => (entry.present ? '✓' : ''))]),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
