// Filtering by a graph's own attributes: a categorical facet (split lists), a numeric range (open ends, nodes
// without a number), a boolean toggle; their live counts and histograms beside the other facets; the log scale of
// values over orders of magnitude; edge weights offered for thickness.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { binOf, computeAttributeProfiles, computeEdgeAttributeProfiles, positionOf, valueAt } from '../../src/core/attributes/index.js';
import {
  EMPTY_FILTER,
  MAX_ATTRIBUTE_CONDITIONS,
  computeAttributeCounts,
  computeFacetCounts,
  computeVisibleNodes,
  createFilterIndex,
  isEmptyFilter,
  normalizeFilter,
  setAttributeCondition,
  toggleAttributeValue,
  type FilterState,
} from '../../src/core/filters/index.js';

/** Ten artists: genres as a comma list, followers 10^i (one without), a boolean, a kind on half of them. */
function artists(): Graph {
  const graph = new Graph();
  for (let i = 0; i < 10; i++) {
    graph.addNode(`a${i}`, {
      kind: i < 5 ? 'artist' : 'band',
      genres: ['pop, dance pop', 'rock', 'pop, rock', 'jazz'][i % 4],
      followers: i === 9 ? '' : 10 ** i,
      verified: i % 2 === 0,
      uid: `id-${i}`,
    });
  }
  for (let i = 0; i < 9; i++) graph.addEdge(`a${i}`, `a${i + 1}`, { weight: i + 1 });
  return graph;
}

function indexOf(graph: Graph) {
  return createFilterIndex(graph, 0, undefined, computeAttributeProfiles(graph));
}

const visibleIds = (graph: Graph, filter: FilterState) => [...computeVisibleNodes(indexOf(graph), filter)].sort();

describe('attribute filters', () => {
  it('a categorical list attribute filters by any of its chosen items, split at its separator', () => {
    const graph = artists();
    const filter = normalizeFilter({ attributes: [{ name: 'genres', values: ['pop'] }] });
    expect(visibleIds(graph, filter)).toEqual(['a0', 'a2', 'a4', 'a6', 'a8']);
    const either = toggleAttributeValue(filter, 'genres', 'jazz');
    expect(visibleIds(graph, either)).toEqual(['a0', 'a2', 'a3', 'a4', 'a6', 'a7', 'a8']);
    // Switching the last value off removes the condition: nothing is left to clear.
    const none = toggleAttributeValue(toggleAttributeValue(either, 'genres', 'pop'), 'genres', 'jazz');
    expect(none.attributes).toEqual([]);
    expect(isEmptyFilter(none)).toBe(true);
  });

  it('a numeric range keeps the values inside it (ends included); a node without a number fails it', () => {
    const graph = artists();
    const range = (min: number | null, max: number | null) => normalizeFilter({ attributes: [{ name: 'followers', min, max }] });
    expect(visibleIds(graph, range(100, 10_000))).toEqual(['a2', 'a3', 'a4']);
    expect(visibleIds(graph, range(null, 10))).toEqual(['a0', 'a1']);
    expect(visibleIds(graph, range(1e8, null))).toEqual(['a8']);
    // An impossible or empty range is no condition at all.
    expect(range(5, 1).attributes).toEqual([]);
    expect(range(null, null).attributes).toEqual([]);
  });

  it('a boolean is a toggle of true and false', () => {
    const graph = artists();
    expect(visibleIds(graph, normalizeFilter({ attributes: [{ name: 'verified', values: ['false'] }] }))).toEqual([
      'a1',
      'a3',
      'a5',
      'a7',
      'a9',
    ]);
  });

  it('conditions combine with each other and with the facets (AND across)', () => {
    const graph = artists();
    const filter = normalizeFilter({
      kinds: ['artist'],
      attributes: [
        { name: 'genres', values: ['pop', 'rock'] },
        { name: 'verified', values: ['true'] },
      ],
    });
    expect(visibleIds(graph, filter)).toEqual(['a0', 'a2', 'a4']);
  });

  it("live counts: a value's count is what the view would show were it on; other conditions narrow it", () => {
    const graph = artists();
    const index = indexOf(graph);
    const filter = normalizeFilter({
      attributes: [
        { name: 'genres', values: ['jazz'] },
        { name: 'verified', values: ['true'] },
      ],
    });
    const counts = computeAttributeCounts(index, filter);
    // Genres counted under verified only (its own condition aside): a0 a2 a4 a6 a8 → pop ×5 (a0 a2 a4 a6 a8 hold pop), dance pop a0 a4 a8, rock a2 a6.
    expect(counts.get('genres')).toEqual({
      values: new Map([
        ['pop', 5],
        ['dance pop', 3],
        ['rock', 2],
      ]),
    });
    // Verified counted under jazz only: a3 (false), a7 (false).
    expect(counts.get('verified')).toEqual({ values: new Map([['false', 2]]) });
    // The kind facet counted under both conditions: none of the jazz nodes is verified.
    expect(computeFacetCounts(index, filter).kinds.size).toBe(0);
    // Followers' histogram: the nodes passing every condition (none here).
    const followers = counts.get('followers');
    expect(followers && 'histogram' in followers && followers.histogram.reduce((a, b) => a + b, 0)).toBe(0);
  });

  it('a numeric histogram counts the nodes passing the other conditions, on a log scale when values span orders of magnitude', () => {
    const graph = artists();
    const profiles = computeAttributeProfiles(graph);
    const followers = profiles.find((profile) => profile.name === 'followers');
    expect(followers).toMatchObject({ role: 'numeric', min: 1, max: 1e8, scale: 'log', count: 9 });
    if (followers?.role !== 'numeric') return;
    // Log bins: 10^0 … 10^8 spread evenly over the 20 bins, not 8 of 9 values in the first bin.
    expect(followers.histogram.filter((count) => count > 0)).toHaveLength(9);
    expect(binOf(followers, 1, 20)).toBe(0);
    expect(binOf(followers, 1e8, 20)).toBe(19);
    expect(binOf(followers, 0, 20)).toBe(-1);
    expect(valueAt(followers, positionOf(followers, 1e4))).toBeCloseTo(1e4, 6);
    const counts = computeAttributeCounts(indexOf(graph), normalizeFilter({ kinds: ['band'] }));
    const live = counts.get('followers');
    // Bands a5…a8 have 10^5…10^8 (a9 has none).
    expect(live && 'histogram' in live && live.histogram.reduce((a, b) => a + b, 0)).toBe(4);
  });

  it('with isolated nodes hidden, a value counts only nodes that would keep a visible neighbour', () => {
    const graph = artists();
    const index = indexOf(graph);
    const filter = normalizeFilter({ hideIsolated: true, attributes: [{ name: 'genres', values: ['jazz'] }] });
    // a3 and a7 (jazz) have no jazz neighbour: hidden as isolated.
    expect([...computeVisibleNodes(index, filter)]).toEqual([]);
    const genres = computeAttributeCounts(index, filter).get('genres');
    // Switching rock on too shows jazz ∪ rock = a1 a2 a3 a5 a6 a7 on the chain a0–a9: every rock node (a1, a2, a5,
    // a6) then has a visible neighbour; jazz alone keeps none (a3 and a7 have no jazz neighbour).
    expect(genres && 'values' in genres && genres.values.get('rock')).toBe(4);
    expect(genres && 'values' in genres && genres.values.get('jazz')).toBeUndefined();
  });

  it('keeps one condition per attribute, at most MAX_ATTRIBUTE_CONDITIONS, and ignores a condition on an attribute the graph lacks', () => {
    let filter: FilterState = EMPTY_FILTER;
    for (let i = 0; i < MAX_ATTRIBUTE_CONDITIONS + 3; i++) filter = setAttributeCondition(filter, { name: `a${i}`, values: ['x'] });
    expect(filter.attributes).toHaveLength(MAX_ATTRIBUTE_CONDITIONS);
    filter = setAttributeCondition(filter, { name: 'a0', min: 1, max: 2 });
    expect(filter.attributes?.[0]).toEqual({ name: 'a0', min: 1, max: 2 });
    const graph = artists();
    expect(visibleIds(graph, normalizeFilter({ attributes: [{ name: 'nothing', values: ['x'] }] }))).toHaveLength(10);
  });

  it('offers numeric link attributes for thickness; the kind the viewer reads itself is no attribute filter', () => {
    const graph = artists();
    expect(computeEdgeAttributeProfiles(graph)).toMatchObject([{ name: 'weight', role: 'numeric', min: 1, max: 9, scale: 'linear' }]);
    expect(computeAttributeProfiles(graph).map((profile) => profile.name)).toEqual(['followers', 'genres', 'uid', 'verified']);
  });

  it('tells an identifier from a sample on a large graph, and keeps an attribute with thousands of repeating values', () => {
    const graph = new Graph();
    for (let i = 0; i < 5000; i++) graph.addNode(`n${i}`, { uid: `id-${i}`, city: `city-${i % 3000}` });
    const profiles = computeAttributeProfiles(graph);
    expect(profiles.find((profile) => profile.name === 'uid')).toMatchObject({ role: 'left-out', reason: 'unique-per-node' });
    const city = profiles.find((profile) => profile.name === 'city');
    expect(city?.role === 'categorical' && city.values.length).toBe(3000);
  });
});
