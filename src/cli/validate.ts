// `npm run validate [-- --dir DIR]`: checks graph-data/ and prints every problem as `file:line:col  id  message`.
import { formatProblem, validateDataset } from '../core/records/index.js';
import { exitWith, parseCliArgs, runCli } from './args.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';

const CLI = {
  name: 'validate',
  usage: `usage: npm run validate [-- --dir DIR]

Checks every records file of graph-data/ (or DIR) and prints each problem as file:line:col  id  message.
Warnings (two sources disagreeing) are printed too. Exit 0 when the data is valid, 1 otherwise.`,
  options: { dir: { type: 'string' } },
} as const;

exitWith(
  runCli(CLI, () => {
    const values = parseCliArgs(CLI, process.argv.slice(2));
    const result = validateDataset(readGraphData(values.dir ?? DEFAULT_DATA_DIR));
    for (const problem of result.problems) console.log(formatProblem(problem));
    const { entities, relations, figures } = result.dataset;
    if (result.errorCount > 0) {
      const warnings = result.problemCount - result.errorCount;
      console.error(
        `${result.problemCount} problem(s) in graph-data.${warnings > 0 ? ` ${result.errorCount} error(s), ${warnings} warning(s).` : ''}`,
      );
      return 1;
    }
    const warnings = result.problemCount > 0 ? ` (${result.problemCount} warning(s))` : '';
    console.error(`graph-data is valid${warnings}: ${entities.length} entities, ${relations.length} relations, ${figures.length} figures.`);
    return 0;
  }),
);
