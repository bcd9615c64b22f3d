// Where the sources citing a node disagree on a fact that has one answer per source: today the developer (two
// sources, each naming a different organisation, both kept). Read from the graph the viewer has, so a bundle
// shows what validate warned of.
import type Graph from 'graphology';

/** The claim of the records' editors, for a link no source cites. */
export const EDITORIAL_CLAIM = 'editorial';

export interface Claim {
  /** A source id, or EDITORIAL_CLAIM. */
  source: string;
  /** What this source says: the ids of the nodes it names. */
  targets: string[];
}

export interface Disagreement {
  relation: 'developed_by';
  claims: Claim[];
}

/** Disagreements on the node's developer: two sources (or a source and the editors) naming no developer in common. */
export function computeDisagreements(graph: Graph, node: string): Disagreement[] {
  if (!graph.hasNode(node)) return [];
  const bySource = new Map<string, Set<string>>();
  graph.forEachOutEdge(node, (_edge, attributes, _source, target) => {
    if (attributes.relation !== 'developed_by') return;
    const ids: unknown = attributes.sourceIds;
    // A link no source cites (an editorial one; bundles leave out empty lists) is the editors' claim.
    const claimants = Array.isArray(ids) && ids.length > 0 ? (ids as unknown[]) : [EDITORIAL_CLAIM];
    for (const source of claimants) {
      if (typeof source !== 'string') continue;
      let targets = bySource.get(source);
      if (!targets) bySource.set(source, (targets = new Set()));
      targets.add(target);
    }
  });
  const claims = [...bySource].map(([source, targets]) => ({ source, targets: [...targets].sort() }));
  // A source naming a co-developer the other does not is adding to it; naming none in common is disagreeing.
  const disjoint = claims.some((claim, at) =>
    claims.slice(at + 1).some((other) => !other.targets.some((target) => claim.targets.includes(target))),
  );
  return disjoint ? [{ relation: 'developed_by', claims }] : [];
}
