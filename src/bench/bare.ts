// The floor of `npm run bench`: the same bundle drawn by bare sigma 3 and nothing else.
// Sets window.__bare = { readyAt, sigma } after the first rendered frame.
import Graph from 'graphology';
import Sigma from 'sigma';
import './bare.css';
import { BUNDLE_PATH } from '../core/bundle/index.js';

declare global {
  interface Window {
    __bare?: { readyAt: number; redraw: () => Promise<number> };
  }
}

const source = new URLSearchParams(location.search).get('data') ?? BUNDLE_PATH;
const response = await fetch(source);
const bundle = await response.json();
const graph = Graph.from(bundle.graph);
const sigma = new Sigma(graph, document.getElementById('graph')!, { labelRenderedSizeThreshold: 6 });
const frame = () => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done, 0)));
await frame();
window.__bare = {
  readyAt: performance.now(),
  async redraw() {
    const started = performance.now();
    sigma.refresh();
    await frame();
    return performance.now() - started;
  },
};
