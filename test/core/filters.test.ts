// Filters: visible nodes (AND across facets, OR within, ego, hide isolated) and live facet counts.
import Graph from 'graphology';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTER,
  FILTER_FACETS,
  computeEgoNodes,
  computeFacetCounts,
  computeVisibleNodes,
  createFilterIndex,
  facetValuesOf,
  isEmptyFilter,
  normalizeFilter,
  toggleFacetValue,
  type FilterFacet,
  type FilterState,
} from '../../src/core/filters/index.js';
import { ENTITIES, landscape, makeGraph } from './filters-fixture.js';

const filter = (partial: Partial<FilterState>) => normalizeFilter(partial);
const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('computeVisibleNodes', () => {
  const graph = landscape();

  it('shows every node with an empty filter, and nothing of an empty graph', () => {
    expect(computeVisibleNodes(graph, EMPTY_FILTER).size).toBe(ENTITIES.length);
    expect(computeVisibleNodes(makeGraph([]), filter({ kinds: ['product'], hideIsolated: true })).size).toBe(0);
  });

  it('ORs values within a facet and ANDs across facets', () => {
    expect(sorted(computeVisibleNodes(graph, filter({ kinds: ['product'] })))).toEqual([
      'product:doubao',
      'product:jianying',
      'product:kimi',
      'product:kling',
    ]);
    expect(computeVisibleNodes(graph, filter({ kinds: ['product', 'company'] })).size).toBe(8);
    expect(sorted(computeVisibleNodes(graph, filter({ kinds: ['product'], modalities: ['modality:vision'] })))).toEqual([
      'product:doubao',
      'product:jianying',
      'product:kling',
    ]);
    expect(sorted(computeVisibleNodes(graph, filter({ tracks: ['track:generation'], companies: ['company:bytedance'] })))).toEqual([
      'company:bytedance',
      'product:jianying',
    ]);
  });

  it('counts a value as in itself, its parents and its makers (the vision modality)', () => {
    expect(sorted(computeVisibleNodes(graph, filter({ modalities: ['modality:vision'] })))).toEqual([
      'company:bytedance',
      'company:kuaishou',
      'modality:vision',
      'product:doubao',
      'product:jianying',
      'product:kling',
      'track:generation',
      'track:visual-qa',
    ]);
  });

  it('shows nothing for an unknown value, and unknown values beside known ones change nothing', () => {
    expect(computeVisibleNodes(graph, filter({ modalities: ['modality:nope'] })).size).toBe(0);
    expect(computeVisibleNodes(graph, filter({ kinds: ['spaceship'] })).size).toBe(0);
    expect(computeVisibleNodes(graph, filter({ kinds: ['product', 'spaceship'] })).size).toBe(4);
  });

  it('restricts to the neighbourhood of the ego node, over both directions, depth 1 to 3', () => {
    const depth1 = computeVisibleNodes(graph, filter({ ego: { id: 'product:doubao', depth: 1 } }));
    expect(sorted(depth1)).toEqual(['business_model:freemium', 'company:bytedance', 'market:c-end', 'product:doubao', 'track:visual-qa']);
    const depth2 = computeVisibleNodes(graph, filter({ ego: { id: 'product:doubao', depth: 2 } }));
    expect(depth2.has('product:jianying')).toBe(true);
    expect(depth2.has('modality:vision')).toBe(true);
    expect(depth2.has('track:generation')).toBe(false);
    const depth3 = computeVisibleNodes(graph, filter({ ego: { id: 'product:doubao', depth: 3 } }));
    expect(depth3.has('track:generation')).toBe(true);
    expect(depth3.has('product:kimi')).toBe(false);
    // Out-of-range depths are clamped to 1..3.
    expect(computeVisibleNodes(graph, filter({ ego: { id: 'product:doubao', depth: 0 } }))).toEqual(depth1);
    expect(computeVisibleNodes(graph, filter({ ego: { id: 'product:doubao', depth: 99 } }))).toEqual(depth3);
    expect(computeEgoNodes(graph, { id: 'product:doubao', depth: Number.NaN })).toEqual(depth1);
  });

  it('keeps the ego node visible whatever the facets say; an unknown ego shows nothing', () => {
    const visible = computeVisibleNodes(graph, filter({ kinds: ['product'], ego: { id: 'company:bytedance', depth: 1 } }));
    expect(sorted(visible)).toEqual(['company:bytedance', 'product:doubao', 'product:jianying']);
    expect(computeVisibleNodes(graph, filter({ ego: { id: 'product:nope', depth: 2 } })).size).toBe(0);
  });

  it('hides nodes without a visible neighbour, but never the ego node', () => {
    const all = computeVisibleNodes(graph, filter({ hideIsolated: true }));
    expect(all.has('technology:lonely')).toBe(false);
    expect(all.size).toBe(ENTITIES.length - 1);
    // Products never link to products here, so every product is isolated among products.
    expect(computeVisibleNodes(graph, filter({ kinds: ['product'], hideIsolated: true })).size).toBe(0);
    const ego = computeVisibleNodes(
      graph,
      filter({ kinds: ['technology'], hideIsolated: true, ego: { id: 'technology:lonely', depth: 1 } }),
    );
    expect(sorted(ego)).toEqual(['technology:lonely']);
    // One node alone, and a node whose only edge is a self-loop, are isolated.
    const loop = new Graph({ multi: true, allowSelfLoops: true });
    loop.addNode('a', { kind: 'product' });
    loop.addEdge('a', 'a');
    expect(computeVisibleNodes(loop, filter({ hideIsolated: true })).size).toBe(0);
  });

  it('narrows to a node group (`within`: a community shown alone) like one more filter, counts included', () => {
    const index = createFilterIndex(graph);
    const within = new Uint8Array(index.ids.length);
    for (const id of ['company:bytedance', 'product:doubao', 'product:jianying', 'technology:lonely']) within[index.indexOf.get(id)!] = 1;
    const group = computeVisibleNodes(index, { ...filter({}), within });
    expect(sorted(group)).toEqual(['company:bytedance', 'product:doubao', 'product:jianying', 'technology:lonely']);
    expect(sorted(computeVisibleNodes(index, { ...filter({ kinds: ['product'] }), within }))).toEqual([
      'product:doubao',
      'product:jianying',
    ]);
    expect(sorted(computeVisibleNodes(index, { ...filter({ hideIsolated: true }), within }))).toEqual([
      'company:bytedance',
      'product:doubao',
      'product:jianying',
    ]);
    // The counts count inside the group only.
    const counts = computeFacetCounts(index, { ...filter({}), within });
    expect(Object.fromEntries(counts.kinds)).toEqual({ company: 1, product: 2, technology: 1 });
    expect(isEmptyFilter({ ...filter({}), within })).toBe(false);
    // A group numbered for another graph is an error, not a silently unfiltered view.
    expect(() => computeVisibleNodes(index, { ...filter({}), within: new Uint8Array(3) })).toThrow(/group of 3 .* graph of/);
  });

  it('copes with nodes that lack facet arrays (foreign bundles)', () => {
    const bare = new Graph();
    bare.addNode('x', {});
    bare.addNode('y', { kind: 'product' });
    expect(sorted(computeVisibleNodes(bare, filter({ kinds: ['product'] })))).toEqual(['y']);
    expect(computeVisibleNodes(bare, filter({ modalities: ['modality:vision'] })).size).toBe(0);
  });
});

describe('normalizeFilter and helpers', () => {
  it('fills defaults, removes duplicates and clamps the depth', () => {
    expect(normalizeFilter()).toEqual(EMPTY_FILTER);
    expect(normalizeFilter({ kinds: ['product', 'product'] }).kinds).toEqual(['product']);
    expect(normalizeFilter({ ego: { id: 'a', depth: 7 } }).ego).toEqual({ id: 'a', depth: 3 });
    expect(normalizeFilter({ ego: { id: 'a', depth: -1 } }).ego).toEqual({ id: 'a', depth: 1 });
    expect(normalizeFilter({ ego: { id: '', depth: 2 } }).ego).toBeNull();
  });

  it('knows an empty filter and toggles values', () => {
    expect(isEmptyFilter(EMPTY_FILTER)).toBe(true);
    expect(isEmptyFilter(filter({ hideIsolated: true }))).toBe(false);
    const on = toggleFacetValue(EMPTY_FILTER, 'tracks', 'track:generation');
    expect(on.tracks).toEqual(['track:generation']);
    expect(toggleFacetValue(on, 'tracks', 'track:generation').tracks).toEqual([]);
    expect(EMPTY_FILTER.tracks).toEqual([]);
  });
});

/** The rules read directly, node by node, over the graph's own neighbour look-ups. */
function bruteForceVisible(graph: Graph, state: FilterState): string[] {
  const within = (node: string, hops: number): boolean => {
    if (!state.ego || !graph.hasNode(state.ego.id)) return false;
    let frontier = new Set([state.ego.id]);
    const seen = new Set(frontier);
    for (let hop = 0; hop < hops; hop++) {
      const next = new Set<string>();
      for (const at of frontier) for (const neighbor of graph.neighbors(at)) if (!seen.has(neighbor)) next.add(neighbor);
      next.forEach((neighbor) => seen.add(neighbor));
      frontier = next;
    }
    return seen.has(node);
  };
  const passes = (node: string): boolean => {
    if (state.ego && !within(node, Math.min(3, Math.max(1, state.ego.depth)))) return false;
    if (node === state.ego?.id) return true;
    return FILTER_FACETS.every(
      (facet) =>
        state[facet].length === 0 || facetValuesOf(graph.getNodeAttributes(node), facet).some((value) => state[facet].includes(value)),
    );
  };
  const shown = graph.filterNodes((node) => passes(node));
  if (!state.hideIsolated) return shown.sort();
  return shown.filter((node) => node === state.ego?.id || graph.neighbors(node).some((other) => other !== node && passes(other))).sort();
}

/** The definition the fast implementation must agree with. */
function bruteForceCounts(graph: Graph, state: FilterState): Record<FilterFacet, Record<string, number>> {
  const out = {} as Record<FilterFacet, Record<string, number>>;
  for (const facet of FILTER_FACETS) {
    out[facet] = {};
    const values = new Set<string>();
    graph.forEachNode((_node, attributes) => facetValuesOf(attributes, facet).forEach((value) => values.add(value)));
    for (const value of values) {
      const on = state[facet].includes(value) ? state : { ...state, [facet]: [...state[facet], value] };
      let count = 0;
      for (const node of computeVisibleNodes(graph, on)) if (facetValuesOf(graph.getNodeAttributes(node), facet).includes(value)) count++;
      if (count > 0) out[facet][value] = count;
    }
  }
  return out;
}

const plain = (counts: ReturnType<typeof computeFacetCounts>) =>
  Object.fromEntries(FILTER_FACETS.map((facet) => [facet, Object.fromEntries([...counts[facet]].filter(([, n]) => n > 0))]));

describe('computeFacetCounts', () => {
  const graph = landscape();

  it('counts every value over all nodes with an empty filter', () => {
    const counts = computeFacetCounts(graph, EMPTY_FILTER);
    expect(counts.kinds.get('product')).toBe(4);
    expect(counts.kinds.get('company')).toBe(4);
    expect(counts.modalities.get('modality:vision')).toBe(8);
    expect(counts.companies.get('company:bytedance')).toBe(3);
    expect(counts.tracks.get('track:nope')).toBeUndefined();
  });

  it('counts a facet given the other facets, not itself (OR within, AND across)', () => {
    const counts = computeFacetCounts(graph, filter({ kinds: ['product'] }));
    // Other kinds still show what switching them on would add.
    expect(counts.kinds.get('company')).toBe(4);
    expect(counts.kinds.get('product')).toBe(4);
    // Other facets count products only.
    expect(counts.modalities.get('modality:vision')).toBe(3);
    expect(counts.markets.get('market:c-end')).toBe(1);
    const both = computeFacetCounts(graph, filter({ kinds: ['product'], modalities: ['modality:vision'] }));
    expect(both.kinds.get('company')).toBe(2);
    expect(both.companies.get('company:moonshot')).toBeUndefined();
  });

  it('returns empty counts for an empty graph and for unknown selections', () => {
    const empty = computeFacetCounts(makeGraph([]), filter({ kinds: ['product'], hideIsolated: true }));
    for (const facet of FILTER_FACETS) expect(empty[facet].size).toBe(0);
    const unknown = computeFacetCounts(graph, filter({ modalities: ['modality:nope'] }));
    expect(unknown.modalities.get('modality:vision')).toBe(8);
    expect(unknown.kinds.size).toBe(0);
  });

  it('agrees with the brute-force definition on every combination of one value per facet', () => {
    const options: Record<FilterFacet, string[]> = {} as Record<FilterFacet, string[]>;
    for (const facet of FILTER_FACETS) {
      const values = new Set<string>();
      graph.forEachNode((_node, attributes) => facetValuesOf(attributes, facet).forEach((value) => values.add(value)));
      options[facet] = [...values].slice(0, 3);
    }
    // Each facet: off, or one of up to three values; plus hide isolated on and off.
    let combinations = 0;
    const walk = (index: number, state: FilterState) => {
      if (index === FILTER_FACETS.length) {
        for (const hideIsolated of [false, true]) {
          const withIsolation = { ...state, hideIsolated };
          expect(plain(computeFacetCounts(graph, withIsolation))).toEqual(bruteForceCounts(graph, withIsolation));
          combinations++;
        }
        return;
      }
      const facet = FILTER_FACETS[index];
      walk(index + 1, state);
      for (const value of options[facet]) walk(index + 1, { ...state, [facet]: [value] });
    };
    walk(0, EMPTY_FILTER);
    expect(combinations).toBeGreaterThan(1000);
  });

  it('agrees with the brute-force definition on random graphs and filters (ego, isolation, several values)', () => {
    const kinds = ['company', 'product', 'track', 'modality'];
    const arbitraryGraph = fc
      .record({
        nodes: fc.array(
          fc.record({
            kind: fc.constantFrom(...kinds),
            modalities: fc.subarray(['m1', 'm2', 'm3']),
            tracks: fc.subarray(['t1', 't2', 't3', 't4']),
            companies: fc.subarray(['c1', 'c2']),
          }),
          { minLength: 0, maxLength: 14 },
        ),
        edges: fc.array(fc.tuple(fc.nat(13), fc.nat(13)), { maxLength: 24 }),
      })
      .map(({ nodes, edges }) => {
        const graph = new Graph({ multi: true, allowSelfLoops: true, type: 'mixed' });
        nodes.forEach((attributes, index) => graph.addNode(`n${index}`, { ...attributes, businessModels: [], markets: [] }));
        for (const [a, b] of edges) if (a < nodes.length && b < nodes.length) graph.addDirectedEdge(`n${a}`, `n${b}`);
        return graph;
      });
    const arbitraryFilter = fc
      .record({
        kinds: fc.subarray([...kinds, 'ghost']),
        modalities: fc.subarray(['m1', 'm2', 'm3']),
        tracks: fc.subarray(['t1', 't2', 't3', 't4']),
        companies: fc.subarray(['c1', 'c2', 'c9']),
        ego: fc.option(fc.record({ id: fc.constantFrom('n0', 'n1', 'n5', 'missing'), depth: fc.integer({ min: 0, max: 4 }) })),
        hideIsolated: fc.boolean(),
      })
      .map((partial) => normalizeFilter(partial));
    fc.assert(
      fc.property(arbitraryGraph, arbitraryFilter, (graph, state) => {
        expect(sorted(computeVisibleNodes(graph, state))).toEqual(bruteForceVisible(graph, state));
        expect(plain(computeFacetCounts(graph, state))).toEqual(bruteForceCounts(graph, state));
      }),
      { numRuns: 400, seed: 20261203 },
    );
    // The viewer's way: one index, filter after filter, both answers asked for each (and again).
    fc.assert(
      fc.property(arbitraryGraph, fc.array(arbitraryFilter, { minLength: 1, maxLength: 6 }), (graph, states) => {
        const index = createFilterIndex(graph);
        for (const state of [...states, states[0]]) {
          expect(sorted(computeVisibleNodes(index, state))).toEqual(bruteForceVisible(graph, state));
          expect(plain(computeFacetCounts(index, state))).toEqual(bruteForceCounts(graph, state));
          expect(sorted(computeVisibleNodes(index, state))).toEqual(bruteForceVisible(graph, state));
        }
      }),
      { numRuns: 150, seed: 20261203 },
    );
  });
});

describe('speed on a large graph', () => {
  it('filters and counts 100k nodes correctly', () => {
    const graph = new Graph({ multi: true, type: 'directed' });
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      graph.addNode(`n${i}`, {
        kind: ['company', 'product', 'model', 'track'][i % 4],
        modalities: [`modality:m${i % 3}`],
        tracks: [`track:t${i % 40}`, `track:t${(i * 7) % 40}`],
        businessModels: i % 5 === 0 ? ['business_model:b1'] : [],
        markets: [`market:k${i % 4}`],
        companies: [`company:c${i % 500}`],
      });
    }
    let seed = 42;
    const random = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % below;
    };
    for (let i = 1; i < n; i++) {
      graph.addEdge(`n${i}`, `n${random(i)}`);
      graph.addEdge(`n${i}`, `n${random(n)}`);
    }
    const state = filter({ kinds: ['product', 'company'], modalities: ['modality:m1'], hideIsolated: true });
    // Speed is measured by `npm run bench`; here, the answer at this size is right.
    const visible = computeVisibleNodes(graph, state);
    const counts = computeFacetCounts(graph, state);
    expect(visible.size).toBeGreaterThan(0);
    for (const node of visible) {
      expect(['product', 'company']).toContain(graph.getNodeAttribute(node, 'kind'));
      expect(graph.getNodeAttribute(node, 'modalities')).toContain('modality:m1');
      expect(graph.someNeighbor(node, (neighbor) => visible.has(neighbor))).toBe(true);
    }
    expect(counts.modalities.get('modality:m1')).toBe(visible.size);
  });
});

describe('sources: the source facet and the primary scope', () => {
  // A report (primary) and a dataset: a report company, the dataset's model of it, the dataset's model of a
  // dataset-only lab, a model both cite, and an editorial node no source cites.
  const graph = new Graph({ type: 'directed', multi: true });
  const node = (id: string, kind: string, sourceIds?: string[]) => graph.addNode(id, { kind, sourceIds, modalities: [], tracks: [] });
  node('company:a', 'company', ['report']);
  node('model:x', 'model', ['dataset']);
  node('model:y', 'model', ['dataset']);
  node('organization:z', 'organization', ['dataset']);
  node('model:w', 'model', ['report', 'dataset']);
  node('concept:e', 'concept');
  graph.addEdge('model:x', 'company:a', { relation: 'developed_by' });
  graph.addEdge('model:y', 'organization:z', { relation: 'developed_by' });
  graph.addEdge('model:w', 'company:a', { relation: 'developed_by' });
  // A dataset model based on a report one is not thereby the report's vendors' model.
  graph.addEdge('model:y', 'model:w', { relation: 'based_on' });
  const index = createFilterIndex(graph, 0, 'report');
  const shown = (filter: Partial<FilterState>, on = index) => [...computeVisibleNodes(on, normalizeFilter(filter))].sort();

  it('opens on the report, its vendors’ models from the dataset and editorial nodes; `all` adds the rest', () => {
    expect(shown({})).toEqual(['company:a', 'concept:e', 'model:w', 'model:x']);
    expect(shown({ scope: 'primary' })).toEqual(shown({}));
    expect(shown({ scope: 'all' })).toEqual(graph.nodes().sort());
  });

  it('has no effect on an index made without a primary source (the CLI’s, an opened file’s)', () => {
    expect(createFilterIndex(graph).outsidePrimary).toBeNull();
    expect(shown({ scope: 'primary' }, createFilterIndex(graph))).toEqual(graph.nodes().sort());
  });

  it('facets by the set of citing sources: "dataset only" and "both" are different values', () => {
    expect(shown({ scope: 'all', sources: ['dataset'] })).toEqual(['model:x', 'model:y', 'organization:z']);
    expect(shown({ scope: 'all', sources: ['report+dataset'] })).toEqual(['model:w']);
    expect(shown({ scope: 'all', sources: ['report', 'report+dataset'] })).toEqual(['company:a', 'model:w']);
    const counts = computeFacetCounts(index, normalizeFilter({ scope: 'all', kinds: ['model'] }));
    expect(Object.fromEntries(counts.sources)).toEqual({ dataset: 2, 'report+dataset': 1 });
    // Under the primary scope, the counts count what the scope shows.
    expect(Object.fromEntries(computeFacetCounts(index, normalizeFilter({ kinds: ['model'] })).sources)).toEqual({
      dataset: 1,
      'report+dataset': 1,
    });
  });

  it('keeps the ego centre visible even outside the scope; its neighbours follow the scope', () => {
    expect(shown({ ego: { id: 'model:y', depth: 1 } })).toEqual(['model:w', 'model:y']);
    expect(shown({ ego: { id: 'model:y', depth: 1 }, scope: 'all' })).toEqual(['model:w', 'model:y', 'organization:z']);
  });
});
