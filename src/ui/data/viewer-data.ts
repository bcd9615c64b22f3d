// What the panels read besides the view state: the graph, the bundle and look-ups built once per load.
import { createContext, useContext } from 'react';
import { computeAttributeProfiles, computeEdgeAttributeProfiles, type AttributeProfile } from '../../core/attributes/index.js';
import type { Bundle, FacetValue } from '../../core/bundle/index.js';
import type { SourceRecord } from '../../core/records/index.js';
import type { ViewerGraph } from '../../core/viewer-graph/index.js';
import { safeColor } from '../appearance.js';

export interface KindInfo {
  zh: string;
  en: string;
  color: string;
}

export interface ViewerData {
  /**
   * The page's one graph. An import or "back to the report" refills this same object, so nothing may be keyed
   * on its identity: key derived values on `revision`, which every load, import and return bumps.
   */
  graph: ViewerGraph;
  /** Bumped by every load, import and "back to the report", and by each stage of a large graph arriving: what derived values (indexes, memos) key on. */
  revision: number;
  /**
   * Bumped when other data replaces what is shown (an import, the way back), not when more of the same graph
   * arrives: what the camera fit, the timeline's state and the default colour mode key on.
   */
  generation: number;
  /** While a large graph arrives in stages: nodes in the graph so far and in all; null once it is whole. */
  loading: { arrived: number; total: number } | null;
  bundle: Bundle;
  knownIds: ReadonlySet<string>;
  sources: ReadonlyMap<string, SourceRecord>;
  kinds: ReadonlyMap<string, KindInfo>;
  facetValues: ReadonlyMap<string, FacetValue>;
  /** The origin a `?data=` bundle came from, when it is not this site's: shown in the header and beside its evidence. */
  foreignOrigin: string | null;
  /** The nodes' own attributes as profiled once per revision: what they can filter, colour, size and label by. */
  attributes: readonly AttributeProfile[];
  /** The links' numeric attributes: what link thickness can follow. */
  edgeAttributes: readonly AttributeProfile[];
}

/** The origin of a bundle URL when it differs from the page's; null for this site's own data. */
export function computeForeignOrigin(url: string, page: string): string | null {
  try {
    const origin = new URL(url, page).origin;
    return origin === new URL(page).origin ? null : origin;
  } catch {
    return null;
  }
}

export function createViewerData(
  graph: ViewerGraph,
  bundle: Bundle,
  knownIds: ReadonlySet<string>,
  revision: number,
  foreignOrigin: string | null = null,
  arrival: { generation: number; loading: ViewerData['loading'] } = { generation: revision, loading: null },
): ViewerData {
  const facetValues = new Map<string, FacetValue>();
  for (const values of Object.values(bundle.facets)) for (const value of values) facetValues.set(value.id, value);
  return {
    graph,
    revision,
    generation: arrival.generation,
    loading: arrival.loading,
    bundle,
    knownIds,
    sources: new Map(bundle.sources.map((source) => [source.id, source])),
    kinds: new Map(bundle.kinds.map((kind) => [kind.kind, { zh: String(kind.zh), en: String(kind.en), color: safeColor(kind.color) }])),
    facetValues,
    foreignOrigin,
    attributes: computeAttributeProfiles(graph),
    edgeAttributes: computeEdgeAttributeProfiles(graph),
  };
}

export const ViewerDataContext = createContext<ViewerData | null>(null);

export function useViewerData(): ViewerData {
  const data = useContext(ViewerDataContext);
  if (!data) throw new Error('useViewerData outside ViewerDataContext');
  return data;
}

/** Names of a node, whatever the bundle gave. */
export function namesOf(graph: ViewerGraph, id: string): { nameZh: string; nameEn: string } {
  if (!graph.hasNode(id)) return { nameZh: id, nameEn: id };
  const attributes = graph.getNodeAttributes(id);
  return { nameZh: String(attributes.nameZh ?? id), nameEn: String(attributes.nameEn ?? attributes.nameZh ?? id) };
}

export function isHttpUrl(value: unknown): value is string {
  return typeof value === 'string' && /^https?:\/\/[^\s]+$/i.test(value);
}
