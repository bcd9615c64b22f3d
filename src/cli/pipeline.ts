// The Node-side pipeline shared by the CLI and the Vite plugin: read graph-data/, validate,
// lay out (incrementally from the committed cache) and compute the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeBundleFromGraph, type Bundle } from '../core/bundle/index.js';
import { buildGraph } from '../core/graph/index.js';
import { computeLayout, parsePositions, type LayoutOptions, type LayoutResult, type Positions } from '../core/layout/index.js';
import { validateDataset, type Dataset, type Problem } from '../core/records/index.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';

export const LAYOUT_CACHE_FILE = 'layout.json';

export interface PipelineResult {
  /** As validateDataset lists them: at most MAX_PROBLEMS_PER_FILE per file. */
  problems: Problem[];
  problemCount: number;
  /** Errors among them; warnings alone leave the data valid. */
  errorCount: number;
  dataset: Dataset;
  layout: LayoutResult;
  bundle: Bundle;
}

export function readLayoutCache(dir: string): Positions {
  const path = join(dir, LAYOUT_CACHE_FILE);
  if (!existsSync(path)) return {};
  try {
    return parsePositions(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: the layout cache is not valid JSON (${(error as Error).message}); run \`npm run layout -- --fresh\``, {
      cause: error,
    });
  }
}

export function runPipeline(dir = DEFAULT_DATA_DIR, options: LayoutOptions = {}): PipelineResult {
  const { dataset, problems, problemCount, errorCount, ends } = validateDataset(readGraphData(dir));
  // One build serves the layout and the bundle.
  const graph = buildGraph(dataset, {}, ends);
  const layout = computeLayout(graph, { cache: readLayoutCache(dir), ...options });
  graph.updateEachNodeAttributes((node, attributes) => {
    const [x, y] = layout.positions[node];
    return { ...attributes, x, y };
  });
  return { problems, problemCount, errorCount, dataset, layout, bundle: computeBundleFromGraph(graph, dataset) };
}
