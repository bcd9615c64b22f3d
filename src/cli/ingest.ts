// `npm run ingest [-- --report]`: applies the mappings of graph-data/mappings/ to their tables and resolves the
// entities onto the records'. Prints a summary; with --report, every merge (and the rule that matched), every
// created entity, every ambiguous match and why. Exit 1 when graph-data has errors.
import { formatProblem, validateDataset } from '../core/records/index.js';
import type { ResolutionEntry } from '../core/resolve/index.js';
import { exitWith, parseCliArgs, runCli } from './args.js';
import { DEFAULT_DATA_DIR, readGraphData } from './graph-data.js';

const CLI = {
  name: 'ingest',
  usage: `usage: npm run ingest -- [--report] [--dir DIR]

Applies graph-data/mappings/ to their tables and resolves the entities they make onto the records'.
  --report   list every merged, created and ambiguous entity (stdout, tab-separated: outcome, incoming id,
             target, rule or reason, name, source:row)
  --dir DIR  a data folder laid out like graph-data/ (default: graph-data/ or LANDSCAPE_DATA_DIR)
Exit 0 when graph-data is valid (warnings allowed), 1 otherwise.`,
  options: {
    report: { type: 'boolean', default: false },
    dir: { type: 'string' },
  },
} as const;

function line(entry: ResolutionEntry): string {
  const where = `${entry.source}:${entry.row}`;
  switch (entry.outcome) {
    case 'merged':
      return `merged\t${entry.incoming}\t→ ${entry.target}\t${entry.rule}\t${entry.name}\t${where}`;
    case 'ambiguous':
      return `ambiguous\t${entry.incoming}\t? ${(entry.candidates ?? []).join(' | ')}\t${entry.why ?? ''}\t${entry.name}\t${where}`;
    case 'created':
      return `created\t${entry.incoming}\t${entry.variantOf ? `part_of ${entry.variantOf}` : ''}\t${entry.rule}\t${entry.name}\t${where}`;
  }
}

function main(): number {
  const values = parseCliArgs(CLI, process.argv.slice(2));
  const started = performance.now();
  const result = validateDataset(readGraphData(values.dir ?? DEFAULT_DATA_DIR));
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const problem of result.problems) console.error(formatProblem(problem));
  const ingest = result.ingest;
  if (ingest === undefined) {
    console.error('ingest: no mappings in graph-data/mappings/: nothing to ingest.');
    return result.problemCount > 0 ? 1 : 0;
  }
  if (values.report) {
    const order = { merged: 0, ambiguous: 1, created: 2 } as const;
    const entries = [...ingest.entries].sort((a, b) => order[a.outcome] - order[b.outcome] || a.incoming.localeCompare(b.incoming));
    for (const entry of entries) console.log(line(entry));
  }
  for (const source of ingest.sources) {
    console.error(
      `ingest: ${source.source}: ${source.rowsKept} of ${source.rowsRead} rows → ${source.entities} entities, ${source.relations} relations`,
    );
    if (source.unresolvedLookups.length > 0) {
      const some = source.unresolvedLookups.slice(0, 5).map(([value, count]) => `${value} (${count})`);
      console.error(`ingest:   ${source.unresolvedLookups.length} looked-up values name no row, e.g. ${some.join(', ')}`);
    }
  }
  const count = (outcome: ResolutionEntry['outcome']) => ingest.entries.filter((entry) => entry.outcome === outcome).length;
  const variants = ingest.entries.filter((entry) => entry.variantOf).length;
  console.error(
    `ingest: ${count('merged')} merged with existing entities (${ingest.mergedEntities} records gained citations), ` +
      `${count('created')} created (${variants} linked to a family), ${count('ambiguous')} ambiguous (left distinct); ` +
      `${ingest.createdRelations} new relations, ${ingest.mergedRelations} records' relations gained citations; ${seconds} s`,
  );
  if (result.problemCount > 0) {
    console.error(`ingest: ${result.problemCount} error(s): graph-data is not valid.`);
    return 1;
  }
  return 0;
}

exitWith(runCli(CLI, main));
