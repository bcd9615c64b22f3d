// `npm run layout [-- --fresh]`: updates graph-data/layout.json. Known nodes keep their places
// unless --fresh; progress goes to stderr; nothing is written when the records are invalid.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { computeLayout, serializePositions } from '../core/layout/index.js';
import { buildGraph } from '../core/graph/index.js';
import { formatProblem, validateDataset } from '../core/records/index.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';
import { LAYOUT_CACHE_FILE, readLayoutCache } from './pipeline.js';
import { writeFileAtomic } from './write-file.js';

const { values } = parseArgs({
  options: { fresh: { type: 'boolean', default: false }, dir: { type: 'string' }, iterations: { type: 'string' } },
});
const dir = values.dir ?? DEFAULT_DATA_DIR;
const { dataset, problems, problemCount } = validateDataset(readGraphData(dir));
if (problems.length > 0) {
  for (const problem of problems) console.log(formatProblem(problem));
  console.error(`${problemCount} problem(s): layout not written. Fix them and run again.`);
  process.exit(1);
}
const iterations = values.iterations === undefined ? undefined : Number(values.iterations);
if (iterations !== undefined && !(Number.isInteger(iterations) && iterations > 0)) {
  console.error(`--iterations must be a positive whole number, got "${values.iterations}"`);
  process.exit(1);
}
const started = performance.now();
const result = computeLayout(buildGraph(dataset), {
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
