// URL parameter names and how facet values are shortened in them (m=vision for modality:vision).
import { FACET_KIND } from '../graph/compute-facets.js';
import type { FilterFacet } from '../filters/types.js';

/** Parameter of each facet, in the order they are written. */
export const FACET_PARAMS: Record<FilterFacet, string> = {
  kinds: 'k',
  modalities: 'm',
  tracks: 't',
  businessModels: 'b',
  markets: 'mk',
  companies: 'c',
};

export const PARAMS = {
  data: 'data',
  selected: 'sel',
  ego: 'ego',
  depth: 'd',
  hideIsolated: 'iso',
  colorMode: 'col',
  lang: 'lang',
  table: 'table',
  camera: 'cam',
} as const;

/** The kind prefix a facet's values share, stripped in the URL; none for the kind facet. */
export function facetPrefix(facet: FilterFacet): string | null {
  return facet === 'kinds' ? null : `${FACET_KIND[facet]}:`;
}
