// Problems as validation reports them: zod's issues turned into messages at a position, the order they are
// printed in, and the cap that keeps one broken file from printing a hundred thousand lines.
import type { z } from 'zod';
import type { ParsedYaml } from './parse-yaml.js';
import { relationLabel } from './relation-label.js';
import type { Position, Problem } from './types.js';

/** Records one problem: where, the id of the record it is about ('-' for the file), and what. */
export type Report = (where: Position, id: string, message: string) => void;

/** At most this many problems are listed per file; one more line says how many were left out. */
export const MAX_PROBLEMS_PER_FILE = 50;

export function reportIssues(issues: z.core.$ZodIssue[], yaml: ParsedYaml, base: readonly PropertyKey[], id: string, report: Report): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) report(yaml.locateKey(path, key), id, `unknown field "${key}"`);
      continue;
    }
    const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
    report(yaml.locate(path), id, field ? `${field}: ${describeIssue(issue)}` : describeIssue(issue));
  }
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return `is required (${issue.expected})`;
  if (issue.code === 'invalid_value' && 'values' in issue) return `must be one of ${issue.values.map(String).join(', ')}`;
  return issue.message;
}

/** The id of a record that failed its schema, as far as it can be read: its id, its relation label, or '-'. */
export function recordIdOf(raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    if (typeof record.from === 'string' && typeof record.type === 'string' && typeof record.to === 'string') {
      return relationLabel(record as { from: string; type: string; to: string });
    }
  }
  return '-';
}

export function formatPosition(where: Position): string {
  return `${where.file}:${where.line}:${where.col}`;
}

export function byPosition(a: Problem, b: Problem): number {
  return a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1;
}

/**
 * Problems sorted by position, with at most `most` per file: the rest of a file's problems become one problem at
 * the first of them, "… and N more problems in <file>".
 */
export function capProblemsPerFile(sorted: Problem[], most = MAX_PROBLEMS_PER_FILE): Problem[] {
  const kept: Problem[] = [];
  let start = 0;
  while (start < sorted.length) {
    const { file } = sorted[start];
    let end = start + 1;
    while (end < sorted.length && sorted[end].file === file) end++;
    const shown = Math.min(end - start, most);
    for (let at = start; at < start + shown; at++) kept.push(sorted[at]);
    const more = end - start - shown;
    if (more > 0) {
      const { line, col } = sorted[start + shown];
      kept.push({ file, line, col, id: '-', message: `… and ${more} more problem${more === 1 ? '' : 's'} in ${file}` });
    }
    start = end;
  }
  return kept;
}

export function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
