// The Node-side pipeline shared by the CLI and the Vite plugin: read graph-data/, validate,
// lay out (incrementally from the committed cache) and compute the bundle.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { computeBundle, type Bundle } from '../core/bundle/index.js';
import { buildGraph } from '../core/graph/index.js';
import { computeLayout, parsePositions, type LayoutOptions, type LayoutResult, type Positions } from '../core/layout/index.js';
import { validateDataset, type Dataset, type Problem } from '../core/records/index.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';

export const LAYOUT_CACHE_FILE = 'layout.json';

export interface PipelineResult {
  problems: Problem[];
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

export function layoutDataset(dataset: Dataset, options: LayoutOptions): LayoutResult {
  const graph: Graph = buildGraph(dataset);
  return computeLayout(graph, options);
}

export function runPipeline(dir = DEFAULT_DATA_DIR, options: LayoutOptions = {}): PipelineResult {
  const { dataset, problems } = validateDataset(readGraphData(dir));
  const layout = layoutDataset(dataset, { cache: readLayoutCache(dir), ...options });
  return { problems, dataset, layout, bundle: computeBundle(dataset, layout.positions) };
}
