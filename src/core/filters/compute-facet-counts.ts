// Live facet counts, the usual faceted-search semantics: for value v of facet F, the number of nodes
// with v that would be visible if v were switched on in F, the other facets as they are.
// One pass over the nodes computes a bit mask of the facets each fails; when isolated nodes are
// hidden, a second pass over a flat adjacency list checks which of those nodes keep a neighbour.
import { computeEgoNodes } from './compute-visible-nodes.js';
import { facetValuesOf, matchesAny, type FilterNodeAttributes, type FilterableGraph } from './facet-values.js';
import { FILTER_FACETS, type FacetCounts, type FilterState } from './types.js';

/** Mask of a node outside the ego neighbourhood: it fails everything. */
const OUTSIDE = -1;

export function emptyFacetCounts(): FacetCounts {
  return Object.fromEntries(FILTER_FACETS.map((facet) => [facet, new Map<string, number>()])) as FacetCounts;
}

const passesExcept = (mask: number, bit: number) => mask !== OUTSIDE && (mask & ~bit) === 0;

export function computeFacetCounts(graph: FilterableGraph, filter: FilterState): FacetCounts {
  const counts = emptyFacetCounts();
  const selections = FILTER_FACETS.map((facet) => (filter[facet].length > 0 ? new Set(filter[facet]) : null));
  const ego = filter.ego ? computeEgoNodes(graph, filter.ego) : null;
  const centreId = ego && ego.size > 0 ? filter.ego!.id : null;

  // Bit i set: the node fails facet i. The centre fails nothing: it is always shown.
  const order = graph.order;
  const attributes: FilterNodeAttributes[] = new Array(order);
  const masks = new Int32Array(order);
  const indexOf = new Map<string, number>();
  let centre = -1;
  let next = 0;
  graph.forEachNode((node, nodeAttributes) => {
    const index = next++;
    indexOf.set(node, index);
    attributes[index] = nodeAttributes;
    if (node === centreId) centre = index;
    if (ego && !ego.has(node)) {
      masks[index] = OUTSIDE;
      return;
    }
    let mask = 0;
    if (node !== centreId) {
      selections.forEach((selected, facet) => {
        if (selected && !matchesAny(facetValuesOf(nodeAttributes, FILTER_FACETS[facet]), selected)) mask |= 1 << facet;
      });
    }
    masks[index] = mask;
  });

  const adjacency = filter.hideIsolated ? computeAdjacency(graph, indexOf) : null;
  for (let node = 0; node < order; node++) {
    const mask = masks[node];
    if (mask === OUTSIDE) continue;
    FILTER_FACETS.forEach((facet, facetIndex) => {
      const bit = 1 << facetIndex;
      if (!passesExcept(mask, bit)) return;
      const values = facetValuesOf(attributes[node], facet);
      if (values.length === 0) return;
      const tally = counts[facet];
      const found = adjacency && node !== centre ? valuesWithVisibleNeighbour(node, values, bit, selections[facetIndex] !== null) : values;
      for (const value of found) tally.set(value, (tally.get(value) ?? 0) + 1);
    });
  }
  return counts;

  // With v on, the node stays visible iff some other neighbour is visible too: the centre, a node
  // visible now (when F is active, switching v on keeps it), or a node passing the rest that has v.
  function valuesWithVisibleNeighbour(node: number, values: readonly string[], bit: number, facetActive: boolean): readonly string[] {
    const { offsets, targets } = adjacency!;
    const facet = FILTER_FACETS[31 - Math.clz32(bit)];
    const hit: string[] = [];
    for (let at = offsets[node]; at < offsets[node + 1]; at++) {
      const neighbor = targets[at];
      const neighborMask = masks[neighbor];
      if (neighbor === centre || (facetActive && neighborMask === 0)) return values;
      if (!passesExcept(neighborMask, bit)) continue;
      for (const value of facetValuesOf(attributes[neighbor], facet)) {
        if (values.includes(value) && !hit.includes(value)) hit.push(value);
      }
      if (hit.length === values.length) return values;
    }
    return hit;
  }
}

/** Neighbours of every node by index, in both directions, without self-loops (CSR arrays). */
function computeAdjacency(graph: FilterableGraph, indexOf: Map<string, number>): { offsets: Int32Array; targets: Int32Array } {
  const order = graph.order;
  const degree = new Int32Array(order + 1);
  const ends: number[] = [];
  graph.forEachEdge((_edge, _attributes, source, target) => {
    const a = indexOf.get(source)!;
    const b = indexOf.get(target)!;
    if (a === b) return;
    ends.push(a, b);
    degree[a]++;
    degree[b]++;
  });
  const offsets = new Int32Array(order + 1);
  for (let node = 0; node < order; node++) offsets[node + 1] = offsets[node] + degree[node];
  const fill = offsets.slice(0, order);
  const targets = new Int32Array(ends.length);
  for (let at = 0; at < ends.length; at += 2) {
    targets[fill[ends[at]]++] = ends[at + 1];
    targets[fill[ends[at + 1]]++] = ends[at];
  }
  return { offsets, targets };
}
