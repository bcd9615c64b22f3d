// Colours and the legend: each legend row counts the visible nodes drawn in its colour.
import { describe, expect, it } from 'vitest';
import { computeBundleFromGraph } from '../../src/core/bundle/compute-bundle.js';
import { computeVisibleNodes, createFilterIndex, normalizeFilter } from '../../src/core/filters/index.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { computeCommunities } from '../../src/core/analysis/index.js';
import { computeColoring, computeCommunityColoring, computeLegend } from '../../src/ui/appearance.js';

describe('legend', () => {
  const dataset = generateLandscape({ nodes: 3000, seed: 7 });
  const graph = buildGraph(dataset);
  const bundle = computeBundleFromGraph(graph, dataset);
  const index = createFilterIndex(graph);
  const modality = bundle.facets.modalities[0].id;
  const filters = [
    normalizeFilter({}),
    normalizeFilter({ kinds: ['product'] }),
    normalizeFilter({ modalities: [modality], hideIsolated: true }),
    normalizeFilter({ kinds: ['nothing'] }),
  ];

  for (const mode of ['kind', 'modality', 'track'] as const) {
    it(`counts the visible nodes of each colour (${mode})`, () => {
      const coloring = computeColoring(graph, index, bundle, mode);
      for (const filter of filters) {
        const visible = computeVisibleNodes(index, filter);
        const byColour = new Map<string, number>();
        for (const node of visible) byColour.set(coloring.colorOf.get(node)!, (byColour.get(coloring.colorOf.get(node)!) ?? 0) + 1);
        const rows = computeLegend(coloring, visible);
        expect(new Map(rows.map((row) => [row.color, row.count]))).toEqual(byColour);
        expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(visible.size);
      }
    });
  }

  it('keeps "other" and "none" last and the rest by count', () => {
    const rows = computeLegend(computeColoring(graph, index, bundle, 'track'), computeVisibleNodes(index, filters[0]));
    const named = rows.filter((row) => row.key !== '' && row.key !== '*');
    expect(named.map((row) => row.count)).toEqual([...named.map((row) => row.count)].sort((a, b) => b - a));
    expect(rows.slice(named.length).map((row) => row.key)).toEqual(
      rows
        .slice(named.length)
        .map((row) => row.key)
        .sort()
        .reverse(),
    );
  });
});

describe('colour by community', () => {
  const dataset = generateLandscape({ nodes: 1000, seed: 3 });
  const graph = buildGraph(dataset);
  const index = createFilterIndex(graph);

  for (const filter of [normalizeFilter({}), normalizeFilter({ kinds: ['product', 'company'] }), normalizeFilter({ kinds: ['nothing'] })]) {
    it(`names communities by their leaders, and the legend counts add up to the view (${filter.kinds.join(',') || 'all'})`, () => {
      const visible = computeVisibleNodes(index, filter);
      const result = computeCommunities(graph, { nodes: visible });
      const of = new Int32Array(index.ids.length).fill(-1);
      for (const [id, community] of result.of) of[index.indexOf.get(id)!] = community;
      const coloring = computeCommunityColoring(graph, { of, communities: result.communities, index });
      const rows = computeLegend(coloring, visible);
      expect(rows.reduce((sum, row) => sum + row.count, 0)).toBe(visible.size);
      // Named communities count their members; the rest are "other"; nobody in the view is "none".
      for (const row of rows.filter((entry) => entry.key.startsWith('community:'))) {
        const community = result.communities[Number(row.key.slice('community:'.length))];
        expect(row.count).toBe(community.size);
        expect(row.nameZh.startsWith(String(graph.getNodeAttribute(community.leaders[0], 'nameZh')))).toBe(true);
      }
      expect(rows.some((row) => row.key === '')).toBe(false);
      expect(new Set(rows.map((row) => row.color)).size).toBe(rows.length);
    });
  }
});
