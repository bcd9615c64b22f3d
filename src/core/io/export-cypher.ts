// Graph → a Cypher script for Neo4j (run with `cypher-shell -f file.cypher`). Nodes carry the label
// Entity plus their kind in PascalCase; relationships are typed by relation in UPPER_SNAKE_CASE.
// MERGE on ids makes the script safe to run twice. Every value is escaped; nothing from the data
// ever reaches the script outside a quoted string or a backtick-quoted name.
import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import { FORBIDDEN_KEYS, computeEdgeColumns, computeNodeColumns, ownValue, type Column } from './attributes.js';
import { ENTITY_LABEL, computeNodeLabel, computeRelationshipType, quoteCypherName, quoteCypherString } from './neo4j-names.js';

function cypherNumber(value: number, type: Column['type']): string {
  let text = String(value).replace('e+', 'e');
  if (type === 'double' && /^-?\d+$/.test(text)) text += '.0';
  return text;
}

function cypherValue(value: unknown, type: Column['type']): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? cypherNumber(value, type) : undefined;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return type === 'json' ? quoteCypherString(JSON.stringify(value)) : quoteCypherString(value);
  if (type === 'string-list' && Array.isArray(value)) return `[${value.map((item) => quoteCypherString(String(item))).join(', ')}]`;
  // Neo4j properties cannot nest: sources and other structures are stored as JSON text.
  return quoteCypherString(JSON.stringify(value));
}

/** `{name: value, …}` of the attributes, without the ones a column list leaves out. */
function cypherMap(attributes: Attributes, columns: Column[], extra: string[] = []): string {
  const entries = [...extra];
  for (const column of columns) {
    const value = cypherValue(ownValue(attributes, column.name), column.type);
    if (value !== undefined) entries.push(`${quoteCypherName(column.name === 'id' ? 'id_' : column.name)}: ${value}`);
  }
  return `{${entries.join(', ')}}`;
}

export function exportCypher(graph: Graph): string {
  const nodeColumns = computeNodeColumns(graph).filter((column) => !FORBIDDEN_KEYS.has(column.name));
  // `undirected` is ours to set: Neo4j relationships always have a direction.
  const edgeColumns = computeEdgeColumns(graph).filter((column) => !FORBIDDEN_KEYS.has(column.name) && column.name !== 'undirected');
  const entity = quoteCypherName(ENTITY_LABEL);
  const lines = [
    `// AI Landscape Graph: ${graph.order} nodes and ${graph.size} relationships.`,
    '// Run with: cypher-shell -f <this file>. Sources and other nested values are JSON text.',
    `CREATE CONSTRAINT landscape_entity_id IF NOT EXISTS FOR (n:${entity}) REQUIRE n.id IS UNIQUE;`,
  ];
  graph.forEachNode((node, attributes) => {
    const label = computeNodeLabel(attributes.kind);
    const setLabel = label ? `n:${quoteCypherName(label)}, ` : '';
    lines.push(`MERGE (n:${entity} {id: ${quoteCypherString(node)}}) SET ${setLabel}n += ${cypherMap(attributes, nodeColumns)};`);
  });
  graph.forEachEdge((edge, attributes, source, target, _sourceAttributes, _targetAttributes, undirected) => {
    const type = quoteCypherName(computeRelationshipType(attributes.relation));
    lines.push(
      `MATCH (a:${entity} {id: ${quoteCypherString(source)}}), (b:${entity} {id: ${quoteCypherString(target)}}) ` +
        `MERGE (a)-[r:${type} {id: ${quoteCypherString(edge)}}]->(b) SET r += ${cypherMap(attributes, edgeColumns, undirected ? ['undirected: true'] : [])};`,
    );
  });
  return `${lines.join('\n')}\n`;
}
