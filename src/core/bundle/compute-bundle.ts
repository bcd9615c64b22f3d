// Dataset + positions → the bundle the viewer loads. Pure and deterministic: same input, same bytes.
import { buildGraph } from '../graph/build-graph.js';
import { FACETS, FACET_KIND } from '../graph/compute-facets.js';
import type { LandscapeGraph } from '../graph/types.js';
import { ENTITY_KINDS, KIND_COLORS, KIND_LABELS, RELATION_INVERSE_LABELS, RELATION_TYPES, RELATION_TYPE_NAMES } from '../records/kinds.js';
import type { Dataset } from '../records/types.js';
import type { Positions } from '../layout/compute-layout.js';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type FacetIndex, type FacetValue } from './types.js';

export function computeFacetIndex(graph: LandscapeGraph): FacetIndex {
  const index = {} as FacetIndex;
  for (const facet of FACETS) {
    const kind = FACET_KIND[facet];
    const values: FacetValue[] = [];
    graph.forEachNode((node, attributes) => {
      if (attributes.kind !== kind) return;
      const value: FacetValue = { id: node, nameZh: attributes.nameZh, nameEn: attributes.nameEn };
      const parent = graph.findOutEdge(
        node,
        (_edge, edge, _source, target) =>
          (edge.relation === 'part_of' || edge.relation === 'subsidiary_of') && graph.getNodeAttribute(target, 'kind') !== 'concept',
      );
      if (parent) value.parent = graph.target(parent);
      values.push(value);
    });
    values.sort((a, b) => a.nameEn.localeCompare(b.nameEn, 'en'));
    index[facet] = values;
  }
  return index;
}

export function computeBundle(dataset: Dataset, positions: Positions): Bundle {
  return computeBundleFromGraph(buildGraph(dataset, positions), dataset);
}

/** The bundle of a graph already built (and laid out) from `dataset`: no second build. */
export function computeBundleFromGraph(graph: LandscapeGraph, dataset: Dataset): Bundle {
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    graph: graph.export(),
    facets: computeFacetIndex(graph),
    kinds: ENTITY_KINDS.map((kind) => ({ kind, ...KIND_LABELS[kind], color: KIND_COLORS[kind] })),
    relationTypes: RELATION_TYPE_NAMES.map((type) => ({ type, ...RELATION_TYPES[type].label, inverse: RELATION_INVERSE_LABELS[type] })),
    figures: dataset.figures,
    sources: dataset.sources,
  };
}
