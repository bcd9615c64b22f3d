// Reading mapping files (YAML) and the resolution decisions file: schema-checked, problems with file:line:col.
import { mappingSchema, type Mapping } from '../mapping/schema.js';
import { parseYamlFile } from '../records/parse-yaml.js';
import { reportIssues, type Report } from '../records/problems.js';
import type { ParsedYaml } from '../records/parse-yaml.js';
import type { Problem, TextFile } from '../records/types.js';
import { resolutionFileSchema, type Decision } from '../resolve/schema.js';

export function readMapping(file: TextFile, problems: Problem[], report: Report): { mapping: Mapping; yaml: ParsedYaml } | undefined {
  const yaml = parseYamlFile(file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined) return undefined;
  const parsed = mappingSchema.safeParse(yaml.data);
  if (!parsed.success) {
    reportIssues(parsed.error.issues, yaml, [], '-', report);
    return undefined;
  }
  return { mapping: parsed.data, yaml };
}

export function readDecisions(
  file: TextFile | undefined,
  problems: Problem[],
  report: Report,
): { decisions: Decision[]; yaml?: ParsedYaml } {
  if (file === undefined) return { decisions: [] };
  const yaml = parseYamlFile(file);
  problems.push(...yaml.problems);
  if (yaml.data === undefined || yaml.data === null) return { decisions: [], yaml };
  const parsed = resolutionFileSchema.safeParse(yaml.data);
  if (!parsed.success) {
    reportIssues(parsed.error.issues, yaml, [], '-', report);
    return { decisions: [], yaml };
  }
  return { decisions: parsed.data.decisions, yaml };
}
