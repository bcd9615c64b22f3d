// Reading sources.yaml: each source checked against its schema, duplicate ids and unreadable texts reported.
import { parseYamlFile } from './parse-yaml.js';
import { recordIdOf, reportIssues, type Report } from './problems.js';
import { sourceSchema, sourcesFileSchema, type SourceRecord } from './schema.js';
import type { DatasetInput, Problem } from './types.js';

/** The sources that passed, in the order of the file. */
export function readSources(input: DatasetInput, problems: Problem[], report: Report): SourceRecord[] {
  const yaml = parseYamlFile(input.sourcesFile);
  for (const problem of yaml.problems) problems.push(problem);
  const out: SourceRecord[] = [];
  if (yaml.data === undefined) return out;
  const shape = sourcesFileSchema.safeParse(yaml.data);
  if (!shape.success) {
    reportIssues(shape.error.issues, yaml, [], '-', report);
    return out;
  }
  const seen = new Set<string>();
  shape.data.sources.forEach((raw, index) => {
    const path = ['sources', index];
    const parsed = sourceSchema.safeParse(raw);
    if (!parsed.success) {
      reportIssues(parsed.error.issues, yaml, path, recordIdOf(raw), report);
      return;
    }
    if (seen.has(parsed.data.id)) {
      report(yaml.locate([...path, 'id']), parsed.data.id, 'duplicate source id');
      return;
    }
    seen.add(parsed.data.id);
    if (parsed.data.text !== undefined && input.sourceTexts[parsed.data.id] === undefined) {
      report(yaml.locate([...path, 'text']), parsed.data.id, `source text "${parsed.data.text}" could not be read`);
    }
    if (parsed.data.table !== undefined && input.sourceTables?.[parsed.data.id] === undefined) {
      report(yaml.locate([...path, 'table']), parsed.data.id, `source table "${parsed.data.table}" could not be read`);
    }
    out.push(parsed.data);
  });
  return out;
}
