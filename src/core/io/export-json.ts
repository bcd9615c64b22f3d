// Graph → graphology's own JSON serialisation: lossless, and what Graph.from() reads back.
import type Graph from 'graphology';

export function exportJson(graph: Graph): string {
  return `${JSON.stringify(graph.export(), null, 2)}\n`;
}
