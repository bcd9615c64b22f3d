// Parse and validate all of graph-data/ at once: every problem, each with file:line:col and record id (at most
// MAX_PROBLEMS_PER_FILE listed per file). Returns the dataset of the records that passed, so callers decide what
// a problem means.
import { ingestSources } from '../ingest/ingest-sources.js';
import { checkEntityDates, checkRelationDates } from './check-dates.js';
import { checkContradictions } from './check-contradictions.js';
import { checkEvidence } from './check-evidence.js';
import { checkNames } from './check-names.js';
import type { IngestReport } from '../ingest/types.js';
import { decodeTableText } from '../tables/decode-table.js';
import { readTable } from '../tables/read-table.js';
import type { Table } from '../tables/types.js';
import { checkEntities, checkFigures, checkRelations, reportDependents, type SourceCheck } from './check-records.js';
import { byPosition, capProblemsPerFile, type Report } from './problems.js';
import { QuoteIndex } from './quote.js';
import { readRecordFiles } from './read-records.js';
import { readSources } from './read-sources.js';
import { isError, type Dataset, type DatasetInput, type Problem, type ValidationResult } from './types.js';
import { WarningList } from './warnings.js';

export { relationKey, relationLabel } from './relation-label.js';
export { MAX_PROBLEMS_PER_FILE } from './problems.js';

export function validateDataset(input: DatasetInput): ValidationResult {
  const problems: Problem[] = [];
  const report: Report = (where, id, message) => problems.push({ ...where, id, message });
  const warnings = new WarningList();

  const sources = readSources(input, problems, report);
  const tables = readSourceTables(input, sources, problems);
  const quotes = new Map<string, SourceCheck>();
  for (const source of sources) {
    const text = input.sourceTexts[source.id];
    quotes.set(source.id, { quotes: text === undefined ? null : new QuoteIndex(text), table: tables.get(source.id) ?? null });
  }

  const { entities, relations, figures } = readRecordFiles(input.recordFiles, problems, report);
  const validEntities = checkEntities(entities, quotes, report);
  const kept = checkRelations(relations, entities, quotes, report);
  const validRelations = kept.map((at) => relations.values[at]);
  checkEntityDates(entities, report);
  checkRelationDates(relations, kept, report);
  checkEvidence(relations, kept, entities, warnings);
  checkContradictions(relations, kept, entities, warnings);
  checkNames(entities, relations, kept, warnings);
  let dataset: Dataset = {
    sources,
    entities: validEntities,
    relations: validRelations,
    figures: checkFigures(figures, entities, quotes, report),
  };
  reportDependents(entities, report);
  // Each relation's ends are known here: the graph build can take them rather than look them up again (it checks
  // they still hold, so a dataset merged with table sources below is numbered afresh).
  const ends = relations.endsOf(kept, entities);
  let ingest: IngestReport | undefined;
  if (input.mappingFiles !== undefined && input.mappingFiles.length > 0) {
    const merged = ingestSources({ dataset, tables, mappingFiles: input.mappingFiles, resolutionFile: input.resolutionFile });
    // Sources that disagree are warnings beside the records' own; anything else stops the data.
    for (const problem of merged.problems) {
      if (isError(problem)) problems.push(problem);
      else warnings.addLocated(problem);
    }
    dataset = merged.dataset;
    ingest = merged.report;
  }
  problems.sort(byPosition);
  const result: ValidationResult = {
    dataset,
    problems: capProblemsPerFile(problems),
    problemCount: problems.length,
    warnings: warnings.computeList(),
    warningCount: warnings.count,
    ends,
  };
  if (ingest !== undefined) result.ingest = ingest;
  return result;
}

/** The table of each source that has one, decoded and read; a source whose table has problems has none. */
function readSourceTables(
  input: DatasetInput,
  sources: readonly { id: string; table?: string; format?: string }[],
  problems: Problem[],
): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const source of sources) {
    const file = input.sourceTables?.[source.id];
    if (source.table === undefined || file === undefined) continue;
    const format = (source.format ?? formatOfPath(source.table)) as Parameters<typeof readTable>[2];
    const decoded = decodeTableText(file.path, file.bytes);
    const read = 'problem' in decoded ? { ok: false as const, problems: [decoded.problem] } : readTable(file.path, decoded.text, format);
    if (read.ok) tables.set(source.id, read.table);
    else
      for (const problem of read.problems)
        problems.push({ file: problem.file, line: problem.row || problem.line, col: problem.col, id: source.id, message: problem.message });
  }
  return tables;
}

function formatOfPath(path: string): string {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return extension === 'jsonl' || extension === 'ndjson' ? 'jsonl' : extension === 'tsv' || extension === 'json' ? extension : 'csv';
}
