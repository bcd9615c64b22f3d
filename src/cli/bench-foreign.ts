// A graph of another shape for `npm run bench`: not our landscape (few hubs, rich attributes) but what a user
// brings from elsewhere — seeded clusters of about 50 nodes, two links per node (mostly inside the cluster), and
// only positions, sizes and labels: the viewer fills in everything else (kinds, colours, facets). Wrapped as a
// bundle so both contestants read the same file: bare sigma its `graph`, our viewer the whole of it.
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../core/bundle/index.js';
import { createRandom } from '../core/synth/index.js';

const CLUSTER = 50;

export function generateForeignBundle(size: number, seed = 7): string {
  const random = createRandom(seed);
  const clusters = Math.max(1, Math.round(size / CLUSTER));
  // Cluster centres on a sunflower spiral; members around their centre.
  const centre = (c: number) => {
    const radius = 40 * Math.sqrt(c);
    const angle = c * 2.399963;
    return [radius * Math.cos(angle), radius * Math.sin(angle)];
  };
  const nodes: { key: string; attributes: { x: number; y: number; size: number; label: string } }[] = [];
  for (let i = 0; i < size; i++) {
    const [cx, cy] = centre(i % clusters);
    const spread = 12 * Math.sqrt(random());
    const angle = random() * 2 * Math.PI;
    nodes.push({
      key: `n${i}`,
      attributes: {
        x: Math.round((cx + spread * Math.cos(angle)) * 100) / 100,
        y: Math.round((cy + spread * Math.sin(angle)) * 100) / 100,
        size: 1 + Math.floor(random() * 9),
        label: `Node ${i}`,
      },
    });
  }
  const edges: { key: string; source: string; target: string }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < size; i++) {
    for (let link = 0; link < 2; link++) {
      // Nine in ten links stay in the cluster (members are i ≡ c mod clusters).
      const inside = random() < 0.9;
      const j = inside
        ? ((i % clusters) + clusters * Math.floor(random() * Math.max(1, Math.floor(size / clusters)))) % size
        : Math.floor(random() * size);
      const pair = i < j ? `${i}-${j}` : `${j}-${i}`;
      if (j === i || seen.has(pair)) continue;
      seen.add(pair);
      edges.push({ key: `e${edges.length}`, source: `n${i}`, target: `n${j}` });
    }
  }
  return JSON.stringify({
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    graph: {
      attributes: { title: `Clustered graph of ${size} nodes` },
      options: { type: 'undirected', multi: false, allowSelfLoops: false },
      nodes,
      edges,
    },
    facets: {},
    kinds: [],
    relationTypes: [],
    figures: [],
    sources: [],
  });
}
