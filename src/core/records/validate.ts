// Parse and validate all of graph-data/ at once: every problem, each with file:line:col and record id (at most
// MAX_PROBLEMS_PER_FILE listed per file). Returns the dataset of the records that passed, so callers decide what
// a problem means.
import { checkContradictions } from './check-contradictions.js';
import { checkEvidence } from './check-evidence.js';
import { checkNames } from './check-names.js';
import { checkEntities, checkFigures, checkRelations, reportDependents } from './check-records.js';
import { byPosition, capProblemsPerFile, type Report } from './problems.js';
import { QuoteIndex } from './quote.js';
import { readRecordFiles } from './read-records.js';
import { readSources } from './read-sources.js';
import type { Dataset, DatasetInput, Problem, ValidationResult } from './types.js';
import { WarningList } from './warnings.js';

export { relationKey, relationLabel } from './relation-label.js';
export { MAX_PROBLEMS_PER_FILE } from './problems.js';

export function validateDataset(input: DatasetInput): ValidationResult {
  const problems: Problem[] = [];
  const report: Report = (where, id, message) => problems.push({ ...where, id, message });
  const warnings = new WarningList();

  const sources = readSources(input, problems, report);
  const quotes = new Map<string, QuoteIndex | null>();
  for (const source of sources) quotes.set(source.id, null);
  for (const source of sources) {
    const text = input.sourceTexts[source.id];
    if (text !== undefined) quotes.set(source.id, new QuoteIndex(text));
  }

  const { entities, relations, figures } = readRecordFiles(input.recordFiles, problems, report);
  const validEntities = checkEntities(entities, quotes, report);
  const kept = checkRelations(relations, entities, quotes, report);
  const validRelations = kept.map((at) => relations.values[at]);
  checkEvidence(relations, kept, entities, warnings);
  checkContradictions(relations, kept, entities, warnings);
  checkNames(entities, relations, kept, warnings);
  const dataset: Dataset = {
    sources,
    entities: validEntities,
    relations: validRelations,
    figures: checkFigures(figures, entities, quotes, report),
  };
  reportDependents(entities, report);
  problems.sort(byPosition);
  // Each relation's ends are known here: the graph build can take them rather than look them up again.
  const ends = relations.endsOf(kept, entities);
  return {
    dataset,
    problems: capProblemsPerFile(problems),
    problemCount: problems.length,
    warnings: warnings.computeList(),
    warningCount: warnings.count,
    ends,
  };
}
