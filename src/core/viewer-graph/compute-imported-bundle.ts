// A bundle for a graph the user opened: kinds and facet values read from the attributes present, so
// the filter panel offers only the facets this graph has (see assignDerivedFacets for graphs without lists).
import type Graph from 'graphology';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type Bundle, type FacetIndex, type FacetValue } from '../bundle/index.js';
import { FACETS, type NodeFacets } from '../graph/index.js';
import { DEFAULT_NODE_KIND } from './assign-viewer-defaults.js';

type Facet = keyof NodeFacets;

/** Nodes whose file names no kind: called what they are. */
const NODE_KIND = { kind: DEFAULT_NODE_KIND as Bundle['kinds'][number]['kind'], zh: '节点', en: 'Node', color: '#5b6b82' };

/** Colours for kinds the report does not have. */
const EXTRA_KIND_COLORS = ['#7f63b8', '#8c564b', '#17becf', '#bcbd22', '#e377c2', '#393b79', '#ff7f0e', '#2ca02c'];

export function computeImportedBundle(graph: Graph, report: Bundle): Bundle {
  const known = new Map(report.kinds.map((kind) => [kind.kind as string, kind]));
  const kinds: Bundle['kinds'] = [];
  const seenKinds = new Set<string>();
  const values = Object.fromEntries(FACETS.map((facet) => [facet, new Set<string>()])) as Record<Facet, Set<string>>;
  graph.forEachNode((_node, attributes) => {
    const kind = String(attributes.kind);
    if (!seenKinds.has(kind)) {
      seenKinds.add(kind);
      const info = kind === DEFAULT_NODE_KIND ? NODE_KIND : known.get(kind);
      kinds.push(
        info ?? {
          kind: kind as Bundle['kinds'][number]['kind'],
          zh: kind,
          en: kind,
          color: EXTRA_KIND_COLORS[kinds.length % EXTRA_KIND_COLORS.length]!,
        },
      );
    }
    for (const facet of FACETS) {
      const list: unknown = attributes[facet];
      if (Array.isArray(list)) for (const value of list) if (typeof value === 'string') values[facet].add(value);
    }
  });
  const reportValues = new Map<string, FacetValue>();
  for (const list of Object.values(report.facets)) for (const value of list) reportValues.set(value.id, value);
  const valueOf = (id: string): FacetValue => {
    if (graph.hasNode(id)) {
      const attributes = graph.getNodeAttributes(id);
      const nameZh = String(attributes.nameZh ?? attributes.label ?? id);
      return { id, nameZh, nameEn: String(attributes.nameEn ?? nameZh) };
    }
    return reportValues.get(id) ?? { id, nameZh: id, nameEn: id };
  };
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, [...values[facet]].map(valueOf)])) as FacetIndex;
  return {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    graph: { attributes: {}, options: { type: 'mixed', multi: true, allowSelfLoops: true }, nodes: [], edges: [] },
    facets,
    kinds,
    relationTypes: report.relationTypes,
    figures: [],
    sources: [],
  };
}
