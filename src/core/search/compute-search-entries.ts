// The search entries of a graph: names and aliases of every node, weighted by degree.
import type Graph from 'graphology';
import type { SearchEntry } from './types.js';

export function computeSearchEntries(graph: Graph): SearchEntry[] {
  const entries: SearchEntry[] = [];
  graph.forEachNode((id, attributes) => {
    const nameZh = typeof attributes.nameZh === 'string' ? attributes.nameZh : String(attributes.label ?? id);
    const nameEn = typeof attributes.nameEn === 'string' ? attributes.nameEn : nameZh;
    const aliases = Array.isArray(attributes.aliases)
      ? attributes.aliases.filter((alias): alias is string => typeof alias === 'string')
      : [];
    entries.push({ id, nameZh, nameEn, aliases, weight: graph.degree(id) });
  });
  return entries;
}
