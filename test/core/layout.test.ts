// Layout: deterministic, stable when records are added, and the cache format round-trips.
import Graph from 'graphology';
import { describe, expect, it } from 'vitest';
import { computeLayout, parsePositions, serializePositions } from '../../src/core/layout/index.js';

function ring(n: number, prefix = 'product:n'): Graph {
  const graph = new Graph();
  for (let i = 0; i < n; i++) graph.addNode(`${prefix}${i}`);
  for (let i = 0; i < n; i++) graph.addEdge(`${prefix}${i}`, `${prefix}${(i + 1) % n}`);
  for (let i = 0; i < n; i += 3) graph.addEdge(`${prefix}${i}`, `${prefix}${(i + 7) % n}`);
  return graph;
}

describe('computeLayout', () => {
  it('gives byte-identical output for the same graph', () => {
    const a = serializePositions(computeLayout(ring(60)).positions);
    const b = serializePositions(computeLayout(ring(60)).positions);
    expect(a).toBe(b);
  });

  it('spreads nodes out (no two nodes on the same spot)', () => {
    const { positions } = computeLayout(ring(60));
    const spots = new Set(Object.values(positions).map(([x, y]) => `${x},${y}`));
    expect(spots.size).toBe(60);
  });

  it('keeps every known node in place when a node is added, and puts the new one near its neighbour', () => {
    const graph = ring(60);
    const before = computeLayout(graph).positions;
    graph.addNode('product:new');
    graph.addEdge('product:new', 'product:n5');
    const after = computeLayout(graph, { cache: before });
    expect(after.moved).toBe(1);
    for (const [id, position] of Object.entries(before)) expect(after.positions[id]).toEqual(position);
    const [nx, ny] = after.positions['product:new'];
    const [x5, y5] = before['product:n5'];
    const spread = Math.max(...Object.values(before).map(([x, y]) => Math.hypot(x, y)));
    expect(Math.hypot(nx - x5, ny - y5)).toBeLessThan(spread / 2);
  });

  it('recomputes everything when fresh', () => {
    const graph = ring(30);
    const cache = Object.fromEntries(graph.nodes().map((node) => [node, [0, 0] as [number, number]]));
    const result = computeLayout(graph, { cache, fresh: true });
    expect(result.moved).toBe(30);
    expect(new Set(Object.values(result.positions).map(String)).size).toBe(30);
  });

  it('handles the empty graph and a single node', () => {
    expect(computeLayout(new Graph()).positions).toEqual({});
    const one = new Graph();
    one.addNode('company:only');
    const { positions } = computeLayout(one);
    expect(Object.keys(positions)).toEqual(['company:only']);
    expect(positions['company:only'].every(Number.isFinite)).toBe(true);
  });

  it('reports progress up to the total', () => {
    const seen: number[] = [];
    computeLayout(ring(20), { iterations: 40, onProgress: (done) => seen.push(done) });
    expect(seen.at(-1)).toBe(40);
  });
});

describe('layout cache', () => {
  it('serialises sorted and parses back, dropping malformed entries', () => {
    const text = serializePositions({ 'b:x': [1, 2], 'a:y': [-0.5, 3] });
    expect(text.indexOf('"a:y"')).toBeLessThan(text.indexOf('"b:x"'));
    expect(parsePositions(text)).toEqual({ 'a:y': [-0.5, 3], 'b:x': [1, 2] });
    expect(parsePositions('{"a": [1], "b": [1, "2"], "c": [1, 2], "__proto__": [1, 2]}')).toEqual({ c: [1, 2], ['__proto__']: [1, 2] });
    expect(() => parsePositions('[]')).toThrow(/object of id/);
  });
});
