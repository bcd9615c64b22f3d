// The nodes of the viewer's first view, computed here from the bundle (not from the viewer's code): what the
// report cites, what no source cites (editorial), and what an organisation the report cites developed.
import type { Bundle } from '../../src/core/bundle/index.js';

export const REPORT = 'iresearch-2024';

export function computeFirstViewIds(bundle: Bundle): Set<string> {
  const sourcesOf = new Map(bundle.graph.nodes.map((node) => [node.key, node.attributes?.sourceIds ?? []]));
  const inside = new Set(
    bundle.graph.nodes
      .filter((node) => sourcesOf.get(node.key)!.length === 0 || sourcesOf.get(node.key)!.includes(REPORT))
      .map((node) => node.key),
  );
  for (const edge of bundle.graph.edges)
    if (edge.attributes?.relation === 'developed_by' && sourcesOf.get(edge.target)!.includes(REPORT)) inside.add(edge.source);
  return inside;
}
