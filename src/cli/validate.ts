// `npm run validate [-- --dir DIR]`: checks graph-data/ and prints every problem as `file:line:col  id  message`,
// then every warning as `file:line:col  id  warning: message`. Exit 1 on problems; warnings alone exit 0.
import { formatProblem, validateDataset } from '../core/records/index.js';
import { exitWith, parseCliArgs, runCli } from './args.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';

const CLI = {
  name: 'validate',
  usage: `usage: npm run validate [-- --dir DIR]

Checks every records file of graph-data/ (or DIR) and prints each problem as file:line:col  id  message,
then each warning as file:line:col  id  warning: message (evidence that does not name a link's ends,
contradictory or repeated links, clashing names, two sources disagreeing).
Exit 0 when the data is valid (warnings or not), 1 otherwise.`,
  options: { dir: { type: 'string' } },
} as const;

exitWith(
  runCli(CLI, () => {
    const values = parseCliArgs(CLI, process.argv.slice(2));
    const result = validateDataset(readGraphData(values.dir ?? DEFAULT_DATA_DIR));
    for (const problem of result.problems) console.log(formatProblem(problem));
    for (const warning of result.warnings) console.log(formatProblem(warning));
    const { entities, relations, figures } = result.dataset;
    const warned = result.warningCount > 0 ? `${result.warningCount} warning(s)` : '';
    if (result.problems.length > 0) {
      console.error(`${result.problemCount} problem(s) in graph-data${warned ? `, and ${warned}` : ''}.`);
      return 1;
    }
    const summary = `graph-data is valid: ${entities.length} entities, ${relations.length} relations, ${figures.length} figures.`;
    console.error(warned ? `${summary} ${warned}: see above.` : summary);
    return 0;
  }),
);
