// `npm run generate -- --nodes N --out DIR [--seed S]`: writes a synthetic landscape as a graph-data folder
// (sources.yaml, the source text, records/*.json, a layout cache), for LANDSCAPE_DATA_DIR, the CLI and the viewer.
import { join } from 'node:path';
import { buildGraph } from '../core/graph/index.js';
import { computeLayout, serializePositions } from '../core/layout/index.js';
import { SYNTH_SOURCE_TEXT, checkSynthSize, generateLandscape, renderRecordFiles, renderSourcesYaml } from '../core/synth/index.js';
import { UsageError, exitWith, parseCliArgs, runCli } from './args.js';
import { LAYOUT_CACHE_FILE } from './pipeline.js';
import { writeFileAtomic } from './write-file.js';

const CLI = {
  name: 'generate',
  usage: `usage: npm run generate -- --nodes N --out DIR [--seed S] [--no-layout]

Writes a synthetic landscape of N nodes (seeded) as a graph-data folder in DIR, laid out unless --no-layout.`,
  options: {
    nodes: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'no-layout': { type: 'boolean', default: false },
  },
} as const;

exitWith(
  runCli(CLI, () => {
    const values = parseCliArgs(CLI, process.argv.slice(2));
    const nodes = Number(values.nodes);
    const seed = Number(values.seed);
    const problem = values.nodes === undefined ? 'missing --nodes' : values.out === undefined ? 'missing --out' : checkSynthSize(nodes);
    if (problem) throw new UsageError(problem);
    if (!Number.isInteger(seed)) throw new UsageError(`--seed must be a whole number, got "${values.seed}"`);
    const out = values.out!;
    const dataset = generateLandscape({ nodes, seed });
    writeFileAtomic(join(out, 'sources.yaml'), renderSourcesYaml());
    writeFileAtomic(join(out, 'sources/synthetic.md'), `${SYNTH_SOURCE_TEXT}\n`);
    for (const file of renderRecordFiles(dataset)) writeFileAtomic(join(out, file.path), file.text);
    if (!values['no-layout']) {
      const result = computeLayout(buildGraph(dataset), {
        onProgress: (done, total) => process.stderr.write(`\rlayout: ${done}/${total} iterations`),
      });
      process.stderr.write('\n');
      writeFileAtomic(join(out, LAYOUT_CACHE_FILE), serializePositions(result.positions));
    }
    console.error(`generate: ${dataset.entities.length} entities, ${dataset.relations.length} relations → ${out}`);
    return 0;
  }),
);
