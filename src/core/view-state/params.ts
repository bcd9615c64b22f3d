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
  sources: 'src',
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
  scope: 'scope',
  /** The time window, FROM..UNTIL in months (`t` is the tracks facet's). */
  time: 'time',
  /** `hide`: the time window hides undated nodes (they stay by default). */
  undated: 'undated',
  analysis: 'an',
  pathFrom: 'pf',
  pathTo: 'pt',
  avoidHubs: 'ph',
  rank: 'rk',
  sizeBy: 'sz',
  compare: 'cmp',
  /** Colour by this attribute (with col=attribute). */
  colorAttribute: 'ca',
  /** Size nodes by this numeric attribute. */
  sizeAttribute: 'sa',
  /** Label nodes by this attribute. */
  labelAttribute: 'la',
  /** Draw links as thick as this numeric link attribute. */
  edgeWeight: 'ew',
  /** One community shown alone, by its number (0 the largest). */
  community: 'cm',
} as const;

/** A condition on an attribute: `at.NAME=v1,v2` (values) or `at.NAME=MIN..MAX` (a range, either end may be empty). */
export const ATTRIBUTE_PARAM_PREFIX = 'at.';

/** The kind prefix a facet's values share, stripped in the URL; none for the kind and source facets. */
export function facetPrefix(facet: FilterFacet): string | null {
  return facet === 'kinds' || facet === 'sources' ? null : `${FACET_KIND[facet]}:`;
}
