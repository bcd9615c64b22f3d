// Colours and the legend: each legend row counts the visible nodes drawn in its colour.
import { describe, expect, it } from 'vitest';
import { computeBundleFromGraph } from '../../src/core/bundle/compute-bundle.js';
import { computeVisibleNodes, createFilterIndex, normalizeFilter } from '../../src/core/filters/index.js';
import { buildGraph } from '../../src/core/graph/index.js';
import { generateLandscape } from '../../src/core/synth/index.js';
import { computeColoring, computeLegend } from '../../src/ui/appearance.js';

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
