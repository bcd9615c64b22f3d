// `npm run layout [-- --fresh]`: updates graph-data/layout.json. Known nodes keep their places
// unless --fresh; progress goes to stderr; nothing is written when the records are invalid.
import { join } from 'node:path';
import { computeLayout, serializePositions } from '../core/layout/index.js';
import { buildGraph } from '../core/graph/index.js';
import { formatProblem, validateDataset } from '../core/records/index.js';
import { UsageError, exitWith, parseCliArgs, runCli } from './args.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';
import { LAYOUT_CACHE_FILE, readLayoutCache } from './pipeline.js';
import { writeFileAtomic } from './write-file.js';

const CLI = {
  name: 'layout',
  usage: `usage: npm run layout [-- --fresh] [--iterations N] [--dir DIR]

Updates graph-data/layout.json (or DIR/layout.json): known nodes keep their places and only new ones move;
--fresh lays out everything again from seeded positions; --iterations sets ForceAtlas2's iterations.`,
  options: { fresh: { type: 'boolean', default: false }, dir: { type: 'string' }, iterations: { type: 'string' } },
} as const;

exitWith(
  runCli(CLI, () => {
    const values = parseCliArgs(CLI, process.argv.slice(2));
    const iterations = values.iterations === undefined ? undefined : Number(values.iterations);
    if (iterations !== undefined && !(Number.isInteger(iterations) && iterations > 0)) {
      throw new UsageError(`--iterations must be a positive whole number, got "${values.iterations}"`);
    }
    const dir = values.dir ?? DEFAULT_DATA_DIR;
    const { dataset, problems, problemCount, ends } = validateDataset(readGraphData(dir));
    if (problemCount > 0) {
      for (const problem of problems) console.log(formatProblem(problem));
      console.error(`${problemCount} problem(s): layout not written. Fix them and run again.`);
      return 1;
    }
    const started = performance.now();
    const result = computeLayout(buildGraph(dataset, {}, ends), {
      cache: readLayoutCache(dir),
      fresh: values.fresh,
      iterations,
      onProgress: (done, total) => process.stderr.write(`\rlayout: ${done}/${total} iterations`),
    });
    process.stderr.write('\n');
    writeFileAtomic(join(dir, LAYOUT_CACHE_FILE), serializePositions(result.positions));
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.error(
      `layout: ${result.moved} of ${Object.keys(result.positions).length} nodes placed in ${seconds} s → ${join(dir, LAYOUT_CACHE_FILE)}`,
    );
    return 0;
  }),
);
