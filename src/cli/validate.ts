// `npm run validate`: checks graph-data/ and prints every problem as `file:line:col  id  message`.
import { formatProblem, validateDataset } from '../core/records/index.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';
import { parseArgs } from 'node:util';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const result = validateDataset(readGraphData(values.dir ?? DEFAULT_DATA_DIR));
for (const problem of result.problems) console.log(formatProblem(problem));
const { entities, relations, figures } = result.dataset;
if (result.problems.length > 0) {
  console.error(`${result.problemCount} problem(s) in graph-data.`);
  process.exit(1);
}
console.error(`graph-data is valid: ${entities.length} entities, ${relations.length} relations, ${figures.length} figures.`);
