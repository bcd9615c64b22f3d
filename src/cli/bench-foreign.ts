// Graphs of other shapes for `npm run bench`. A foreign bundle: not our landscape (few hubs, rich attributes) but
// what a user brings from elsewhere — seeded clusters of about 50 nodes, two links per node (mostly inside the
// cluster), and only positions, sizes and labels: the viewer fills in everything else (kinds, colours, facets).
// Wrapped as a bundle so both contestants read the same file: bare sigma its `graph`, our viewer the whole of it.
// And a GEXF as Gephi writes it, for what a foreign graph's attributes cost (benchForeignGraph).
import { DOMParser } from '@xmldom/xmldom';
import type Graph from 'graphology';
import { BUNDLE_FORMAT, BUNDLE_VERSION } from '../core/bundle/index.js';
import { computeAttributeProfiles, computeEdgeAttributeProfiles } from '../core/attributes/index.js';
import { EMPTY_FILTER, computeAttributeCounts, createFilterIndex } from '../core/filters/index.js';
import { importGexf, type DomParserLike } from '../core/io/index.js';
import { createRandom } from '../core/synth/index.js';
import { computeColoring } from '../ui/appearance.js';
import { computeAttributeSizes } from '../ui/attribute-sizing.js';
import { time } from './bench-time.js';

export type RecordFigure = (figure: string, size: number, unit: 'ms', samples: number[]) => void;

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

/**
 * A graph from another tool, as Gephi writes it: a generated GEXF 1.3 with viz colours and positions, an integer
 * class, a float spanning orders of magnitude, a comma-separated genre list, a boolean, a unique id and an edge
 * weight. Imported once; then what attributes add to the import (profiles, filter columns, first counts and
 * histograms: the filter index with profiles minus without) and what a colour or size switch by attribute costs.
 */
export function benchForeignGraph(size: number, runs: number, record: RecordFigure): void {
  // Made and imported in a function of its own: the GEXF text and its DOM are garbage by the time attributes are
  // timed, as they are in the viewer (a live 100 MB string would bill its collections to the attribute step).
  const [importMs, graph] = importForeignGexf(size);
  record('foreign.gexf_import', size, 'ms', [importMs]);
  const added: number[] = [];
  const parts = { profiles: [] as number[], columns: [] as number[], counts: [] as number[] };
  const gradient: number[] = [];
  const sizing: number[] = [];
  for (let i = 0; i < runs; i++) {
    const [plainMs] = time(() => createFilterIndex(graph));
    const [profileMs, nodeProfiles] = time(() => {
      computeEdgeAttributeProfiles(graph);
      return computeAttributeProfiles(graph);
    });
    const [withMs, index] = time(() => createFilterIndex(graph, 0, undefined, nodeProfiles));
    const [countMs] = time(() => computeAttributeCounts(index, EMPTY_FILTER));
    if (index.attributes.size !== 4) throw new Error(`expected 4 filterable attributes, got ${[...index.attributes.keys()].join(', ')}`);
    added.push(profileMs + Math.max(0, withMs - plainMs) + countMs);
    parts.profiles.push(profileMs);
    parts.columns.push(withMs - plainMs);
    parts.counts.push(countMs);
    const profiles = [...index.attributes.values()].map((column) => column.profile);
    const bundle = { sources: [], kinds: [], facets: { modalities: [], tracks: [], businessModels: [], markets: [], companies: [] } };
    gradient.push(time(() => computeColoring(graph, index, bundle as never, 'attribute', { profiles, attribute: 'followers' }))[0]);
    sizing.push(time(() => computeAttributeSizes(index, 'followers'))[0]);
  }
  record('foreign.attribute_facets_added_to_import', size, 'ms', added);
  record('foreign.attribute_profiles', size, 'ms', parts.profiles);
  record('foreign.attribute_columns', size, 'ms', parts.columns);
  record('foreign.attribute_first_counts', size, 'ms', parts.counts);
  record('foreign.colour_by_numeric_attribute', size, 'ms', gradient);
  record('foreign.size_by_numeric_attribute', size, 'ms', sizing);
}

/** A generated GEXF of `size` artists (see benchForeignGraph), imported as the viewer imports a file. */
function importForeignGexf(size: number): [number, Graph] {
  const genres = ['pop', 'dance pop', 'rock', 'indie', 'jazz', 'hip hop', 'k-pop', 'latin', 'metal', 'folk'];
  const nodes: string[] = [];
  for (let i = 0; i < size; i++) {
    const list = [genres[i % genres.length], genres[(i * 7) % genres.length]].join(', ');
    nodes.push(
      `<node id="n${i}" label="Artist ${i}"><attvalues><attvalue for="0" value="${i % 12}"/><attvalue for="1" value="${10 ** (i % 8) * (1 + (i % 5))}"/><attvalue for="2" value="${list}"/><attvalue for="3" value="${i % 3 === 0}"/><attvalue for="4" value="uid-${i}"/></attvalues><viz:color r="${(i % 12) * 20}" g="100" b="200"/><viz:position x="${(i % 1000) * 3}" y="${Math.floor(i / 1000) * 3}" z="0"/><viz:size value="${1 + (i % 10)}"/></node>`,
    );
  }
  const edges: string[] = [];
  for (let i = 0; i < size; i++) edges.push(`<edge id="e${i}" source="n${i}" target="n${(i * 31 + 7) % size}" weight="${1 + (i % 9)}"/>`);
  const gexf = `<?xml version="1.0" encoding="UTF-8"?><gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><meta><title>Generated artists</title></meta><graph defaultedgetype="undirected"><attributes class="node"><attribute id="0" title="modularity_class" type="integer"/><attribute id="1" title="followers" type="double"/><attribute id="2" title="genres" type="string"/><attribute id="3" title="verified" type="boolean"/><attribute id="4" title="uid" type="string"/></attributes><nodes>${nodes.join('')}</nodes><edges>${edges.join('')}</edges></graph></gexf>`;
  const [importMs, result] = time(() => importGexf(gexf, { domParser: new DOMParser() as unknown as DomParserLike, maxBytes: 1e9 }));
  if (!result.ok) throw new Error(`the generated GEXF did not import: ${result.error.message}`);
  return [importMs, result.graph];
}
