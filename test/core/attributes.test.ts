// A file's own attributes: which become facets (lists and separated strings split), ranges, toggles, or are
// left out and why; the palette attribute; colours in the forms files write them. Boundary values throughout.
import { describe, expect, it } from 'vitest';
import Graph from 'graphology';
import { DOMParser } from '@xmldom/xmldom';
import { chooseColorAttribute, computeAttributeProfiles, parseColor, type AttributeProfile } from '../../src/core/attributes/index.js';
import { importGexf, type DomParserLike } from '../../src/core/io/index.js';

const domParser = new DOMParser() as unknown as DomParserLike;

function graphWith(rows: Record<string, unknown>[]): Graph {
  const graph = new Graph();
  rows.forEach((attributes, index) => graph.addNode(`n${index}`, attributes));
  return graph;
}

const byName = (profiles: AttributeProfile[]) => Object.fromEntries(profiles.map((profile) => [profile.name, profile]));

describe('computeAttributeProfiles', () => {
  it("reads a Gephi GEXF's attributes: integer class → categorical, float → numeric, string list → split", () => {
    const nodes = Array.from({ length: 30 }, (_, i) => {
      const genres = ['pop, dance pop', 'rock', 'pop, rock', 'jazz, vocal jazz'][i % 4];
      return `<node id="n${i}" label="N${i}"><attvalues><attvalue for="0" value="${i % 3}"/><attvalue for="1" value="${(i * 1.5).toFixed(1)}"/><attvalue for="2" value="${genres}"/><attvalue for="3" value="id-${i}"/></attvalues><viz:color r="${i * 8}" g="10" b="200"/></node>`;
    }).join('');
    const gexf = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3"><graph defaultedgetype="undirected">
<attributes class="node"><attribute id="0" title="modularity_class" type="integer"/><attribute id="1" title="followers" type="double"/><attribute id="2" title="genres" type="string"/><attribute id="3" title="uid" type="string"/></attributes>
<nodes>${nodes}</nodes><edges><edge id="e0" source="n0" target="n1"/></edges></graph></gexf>`;
    const result = importGexf(gexf, { domParser });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const profiles = byName(computeAttributeProfiles(result.graph));
    expect(profiles.modularity_class).toMatchObject({
      role: 'categorical',
      numeric: true,
      count: 30,
      values: [{ value: '0' }, { value: '1' }, { value: '2' }],
    });
    expect(profiles.followers).toMatchObject({ role: 'numeric', min: 0, max: 43.5, integer: false, invalid: 0 });
    expect(profiles.genres).toMatchObject({ role: 'categorical', multiValued: true, separator: ',' });
    const genres = (profiles.genres as Extract<AttributeProfile, { role: 'categorical' }>).values.map((entry) => entry.value);
    expect(genres.sort()).toEqual(['dance pop', 'jazz', 'pop', 'rock', 'vocal jazz']);
    expect(profiles.uid).toMatchObject({ role: 'left-out', reason: 'unique-per-node' });
    expect(profiles.label).toBeUndefined();
    expect(profiles.color).toBeUndefined();
  });

  it('sorts categorical values by count, and leaves out one-value and empty attributes', () => {
    const profiles = byName(
      computeAttributeProfiles(
        graphWith([
          { party: 'A', same: 'x', blank: '' },
          { party: 'B', same: 'x', blank: '' },
          { party: 'B', same: 'x' },
          { party: 'C', same: 'x' },
        ]),
      ),
    );
    expect(profiles.party).toEqual({
      name: 'party',
      count: 4,
      role: 'categorical',
      multiValued: false,
      values: [
        { value: 'B', count: 2 },
        { value: 'A', count: 1 },
        { value: 'C', count: 1 },
      ],
    });
    expect(profiles.same).toMatchObject({ role: 'left-out', reason: 'one-value' });
    expect(profiles.blank).toBeUndefined();
  });

  it('handles NaN and Infinity as invalid, booleans as toggles, mixed types as text, arrays as lists', () => {
    const profiles = byName(
      computeAttributeProfiles(
        graphWith([
          { score: 1, ok: true, mixed: 1, tags: ['a', 'b'] },
          { score: Number.NaN, ok: 'false', mixed: 'one', tags: ['a'] },
          { score: Infinity, ok: 'TRUE', mixed: 2, tags: ['b', 'b'] },
          { score: '4', ok: false, mixed: 'one' },
        ]),
      ),
    );
    expect(profiles.score).toMatchObject({ role: 'numeric', min: 1, max: 4, invalid: 2 });
    expect(profiles.ok).toMatchObject({ role: 'boolean', trueCount: 2, falseCount: 2 });
    expect(profiles.mixed).toMatchObject({
      role: 'categorical',
      values: [
        { value: 'one', count: 2 },
        { value: '1', count: 1 },
        { value: '2', count: 1 },
      ],
    });
    expect(profiles.tags).toMatchObject({
      role: 'categorical',
      multiValued: true,
      values: [
        { value: 'b', count: 2 },
        { value: 'a', count: 2 },
      ].sort((a, b) => (a.value < b.value ? -1 : 1)),
    });
  });

  it('keeps names with a comma whole, and 10k distinct values as one long categorical list', () => {
    const names = graphWith(Array.from({ length: 30 }, (_, i) => ({ author: `Smith${i}, John`, group: `g${i % 3}` })));
    expect(byName(computeAttributeProfiles(names)).author).toMatchObject({ role: 'left-out', reason: 'unique-per-node' });
    const many = graphWith(Array.from({ length: 10_000 }, (_, i) => ({ city: `c${i % 5000}` })));
    const city = byName(computeAttributeProfiles(many)).city;
    expect(city.role === 'categorical' && city.values.length).toBe(5000);
  });

  it('histograms put the maximum in the last bin and count every finite value', () => {
    const profile = byName(
      computeAttributeProfiles(graphWith([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((v) => ({ v }))), { bins: 5, maxClasses: 5 }),
    ).v;
    expect(profile.role === 'numeric' && profile.histogram).toEqual([2, 2, 2, 2, 3]);
  });

  it('is empty for a graph without nodes or attributes', () => {
    expect(computeAttributeProfiles(new Graph())).toEqual([]);
    expect(computeAttributeProfiles(graphWith([{ x: 1, y: 2, label: 'a' }]))).toEqual([]);
  });
});

describe('chooseColorAttribute', () => {
  it('prefers a grouping name, then coverage, and refuses lists, one value or too many values', () => {
    const graph = graphWith(
      Array.from({ length: 40 }, (_, i) => ({ modularity_class: `${i % 4}`, city: `c${i % 6}`, tags: ['a', `b${i % 2}`], id2: `u${i}` })),
    );
    expect(chooseColorAttribute(computeAttributeProfiles(graph), graph.order)).toBe('modularity_class');
    const plain = graphWith(Array.from({ length: 40 }, (_, i) => ({ city: `c${i % 6}`, many: `m${i % 30}` })));
    expect(chooseColorAttribute(computeAttributeProfiles(plain), plain.order)).toBe('city');
    expect(chooseColorAttribute(computeAttributeProfiles(graphWith([{ only: 'x' }])), 1)).toBeUndefined();
  });
});

describe('parseColor', () => {
  it.each([
    ['#ABC', '#aabbcc'],
    ['#abcd', '#aabbcc'],
    ['#12ab9F', '#12ab9f'],
    ['#12ab9f80', '#12ab9f'],
    ['rgb(255, 0, 10)', '#ff000a'],
    ['rgba(0,0,0,0.5)', '#000000'],
    ['rgb(300, -5, 127.6)', '#ff0080'],
    ['rgb(100%, 50%, 0%)', '#ff8000'],
    [' Red ', '#ff0000'],
    ['orange', '#ffa500'],
  ])('reads %s as %s', (input, output) => {
    expect(parseColor(input)).toBe(output);
  });

  it.each(['', '#12', '#ggg', 'hsl(0, 100%, 50%)', 'rebeccapurple', 'rgb(1,2)', 'rgb(a,b,c)', 'constructor', '__proto__'])(
    'refuses %j',
    (input) => {
      expect(parseColor(input)).toBeUndefined();
    },
  );

  it('refuses what is not text', () => {
    for (const value of [0xff0000, null, undefined, ['#fff'], { r: 1 }]) expect(parseColor(value)).toBeUndefined();
  });
});
