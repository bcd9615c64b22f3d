// A graph read once for filtering: nodes numbered in graph order, each facet's values numbered
// (CSR arrays: a node's values are items[offsets[i]] .. items[offsets[i + 1]]), and the links as a flat
// adjacency list over both directions, without self-loops. Built once per graph version (the viewer
// keeps it per loaded data); filtering and counting then run over typed arrays.
import { facetValuesOf, type FilterableGraph } from './facet-values.js';
import { FILTER_FACETS, type FilterFacet } from './types.js';

export interface FacetColumn {
  /** Value names by number. */
  values: string[];
  valueNumbers: Map<string, number>;
  offsets: Int32Array;
  items: Int32Array;
}

export interface FilterIndex {
  ids: string[];
  indexOf: Map<string, number>;
  columns: Record<FilterFacet, FacetColumn>;
  adjacency: { offsets: Int32Array; targets: Int32Array };
}

export function createFilterIndex(graph: FilterableGraph): FilterIndex {
  const order = graph.order;
  const ids: string[] = new Array(order);
  const indexOf = new Map<string, number>();
  const builders = FILTER_FACETS.map(() => ({
    values: [] as string[],
    valueNumbers: new Map<string, number>(),
    offsets: new Int32Array(order + 1),
    items: [] as number[],
  }));
  let next = 0;
  graph.forEachNode((node, attributes) => {
    const index = next++;
    ids[index] = node;
    indexOf.set(node, index);
    FILTER_FACETS.forEach((facet, facetIndex) => {
      const builder = builders[facetIndex];
      for (const value of facetValuesOf(attributes, facet)) {
        let number = builder.valueNumbers.get(value);
        if (number === undefined) {
          number = builder.values.length;
          builder.values.push(value);
          builder.valueNumbers.set(value, number);
        }
        builder.items.push(number);
      }
      builder.offsets[index + 1] = builder.items.length;
    });
  });
  const columns = Object.fromEntries(
    FILTER_FACETS.map((facet, facetIndex) => {
      const { values, valueNumbers, offsets, items } = builders[facetIndex];
      return [facet, { values, valueNumbers, offsets, items: Int32Array.from(items) }];
    }),
  ) as Record<FilterFacet, FacetColumn>;
  return { ids, indexOf, columns, adjacency: computeAdjacency(graph, indexOf) };
}

function computeAdjacency(graph: FilterableGraph, indexOf: Map<string, number>): FilterIndex['adjacency'] {
  const order = indexOf.size;
  const degree = new Int32Array(order);
  const ends = new Int32Array(graph.size * 2);
  let count = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    if (a === b) return;
    ends[count++] = a;
    ends[count++] = b;
    degree[a]++;
    degree[b]++;
  });
  const offsets = new Int32Array(order + 1);
  for (let node = 0; node < order; node++) offsets[node + 1] = offsets[node] + degree[node];
  const fill = offsets.slice(0, order);
  const targets = new Int32Array(count);
  for (let at = 0; at < count; at += 2) {
    targets[fill[ends[at]]++] = ends[at + 1];
    targets[fill[ends[at + 1]]++] = ends[at];
  }
  return { offsets, targets };
}
