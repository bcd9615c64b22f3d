// Parse and validate all of graph-data/ at once: every problem, each with file:line:col and record id.
// Returns the dataset of the records that passed, so callers decide what a problem means.
import type { z } from 'zod';
import { RELATION_TYPES, kindOfId, type EntityKind, type RelationType } from './kinds.js';
import { parseYamlFile, type ParsedYaml } from './parse-yaml.js';
import { QuoteIndex } from './quote.js';
import {
  entitySchema,
  figureSchema,
  recordFileSchema,
  relationSchema,
  sourceSchema,
  sourcesFileSchema,
  type Citation,
  type EntityRecord,
  type FigureRecord,
  type RelationRecord,
  type SourceRecord,
} from './schema.js';
import type { Dataset, DatasetInput, Position, Problem, ValidationResult } from './types.js';

type Path = readonly PropertyKey[];

interface Located<T> {
  value: T;
  yaml: ParsedYaml;
  path: Path;
}

export function relationKey(relation: Pick<RelationRecord, 'from' | 'type' | 'to'>): string {
  const spec = RELATION_TYPES[relation.type as RelationType] as { symmetric?: boolean };
  const [a, b] = spec.symmetric && relation.to < relation.from ? [relation.to, relation.from] : [relation.from, relation.to];
  return `${a} ${relation.type} ${b}`;
}

export function relationLabel(relation: Pick<RelationRecord, 'from' | 'type' | 'to'>): string {
  return `${relation.from} -${relation.type}-> ${relation.to}`;
}

export function validateDataset(input: DatasetInput): ValidationResult {
  const problems: Problem[] = [];
  const report = (where: Position, id: string, message: string) => problems.push({ ...where, id, message });

  const sources = readSources(input, problems, report);
  const quoteIndexes = new Map<string, QuoteIndex>();
  for (const source of sources) {
    const text = input.sourceTexts[source.value.id];
    if (text !== undefined) quoteIndexes.set(source.value.id, new QuoteIndex(text));
  }
  const sourceIds = new Set(sources.map((source) => source.value.id));

  const entities: Located<EntityRecord>[] = [];
  const relations: Located<RelationRecord>[] = [];
  const figures: Located<FigureRecord>[] = [];

  for (const file of input.recordFiles) {
    const yaml = parseYamlFile(file);
    problems.push(...yaml.problems);
    if (yaml.data === undefined || yaml.data === null) {
      if (yaml.problems.length === 0) report(yaml.locate([]), '-', 'file is empty: expected entities, relations or figures');
      continue;
    }
    const shape = recordFileSchema.safeParse(yaml.data);
    if (!shape.success) {
      reportIssues(shape.error.issues, yaml, [], '-', report);
      continue;
    }
    const parts = [
      ['entities', entitySchema, entities],
      ['relations', relationSchema, relations],
      ['figures', figureSchema, figures],
    ] as const;
    for (const [key, schema, out] of parts) {
      (shape.data[key] ?? []).forEach((raw, index) => {
        const path = [key, index];
        const parsed = schema.safeParse(raw);
        if (parsed.success) {
          (out as Located<unknown>[]).push({ value: parsed.data, yaml, path });
        } else {
          reportIssues(parsed.error.issues, yaml, path, recordIdOf(raw), report);
        }
      });
    }
  }

  const checkCitations = (record: { sources: Citation[] }, yaml: ParsedYaml, path: Path, id: string) => {
    record.sources.forEach((citation, index) => {
      const at = [...path, 'sources', index];
      if (!sourceIds.has(citation.source)) {
        report(yaml.locate([...at, 'source']), id, `unknown source "${citation.source}" (not in sources.yaml)`);
        return;
      }
      const quotes = quoteIndexes.get(citation.source);
      if (quotes && !quotes.contains(citation.quote)) {
        report(yaml.locate([...at, 'quote']), id, `quote does not occur in source "${citation.source}": "${clip(citation.quote)}"`);
      }
    });
  };

  const kindById = new Map<string, EntityKind>();
  // Places are kept as (file, path) and turned into positions only for a message: locating is slow.
  const firstSeen = new Map<string, Located<unknown>>();
  const validEntities: EntityRecord[] = [];
  for (const located of entities) {
    const { value, yaml, path } = located;
    const earlier = firstSeen.get(value.id);
    if (earlier) {
      report(yaml.locate([...path, 'id']), value.id, `duplicate id: already defined at ${at(earlier, 'id')}`);
      continue;
    }
    firstSeen.set(value.id, located);
    kindById.set(value.id, kindOfId(value.id)!);
    checkCitations(value, yaml, path, value.id);
    validEntities.push(value);
  }

  const seenRelations = new Map<string, Located<unknown>>();
  const validRelations: RelationRecord[] = [];
  for (const located of relations) {
    const { value, yaml, path } = located;
    const label = relationLabel(value);
    const spec = RELATION_TYPES[value.type as RelationType];
    let ok = true;
    for (const end of ['from', 'to'] as const) {
      const id = value[end];
      const kind = kindById.get(id);
      const allowed = spec[end] as readonly EntityKind[];
      if (kind === undefined) {
        report(yaml.locate([...path, end]), label, `${end} "${id}" is not a known entity`);
        ok = false;
      } else if (!allowed.includes(kind)) {
        report(
          yaml.locate([...path, end]),
          label,
          `${value.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (allowed: ${allowed.join(', ')})`,
        );
        ok = false;
      }
    }
    if (value.from === value.to) {
      report(yaml.locate([...path, 'to']), label, 'a relation cannot link an entity to itself');
      ok = false;
    }
    const key = relationKey(value);
    const earlier = seenRelations.get(key);
    if (earlier) {
      report(yaml.locate(path), label, `duplicate relation: already stated at ${at(earlier)}`);
      ok = false;
    } else {
      seenRelations.set(key, located);
    }
    checkCitations(value, yaml, path, label);
    if (ok) validRelations.push(value);
  }

  const figureIds = new Map<string, Located<unknown>>();
  const validFigures: FigureRecord[] = [];
  for (const located of figures) {
    const { value, yaml, path } = located;
    const earlier = figureIds.get(value.id);
    if (earlier) {
      report(yaml.locate([...path, 'id']), value.id, `duplicate id: already defined at ${at(earlier, 'id')}`);
      continue;
    }
    figureIds.set(value.id, located);
    (value.about ?? []).forEach((id, index) => {
      if (!kindById.has(id)) report(yaml.locate([...path, 'about', index]), value.id, `about "${id}" is not a known entity`);
    });
    checkCitations(value, yaml, path, value.id);
    validFigures.push(value);
  }

  const dataset: Dataset = {
    sources: sources.map((source) => source.value),
    entities: validEntities,
    relations: validRelations,
    figures: validFigures,
  };
  problems.sort(byPosition);
  return { dataset, problems };
}

function readSources(
  input: DatasetInput,
  problems: Problem[],
  report: (where: Position, id: string, message: string) => void,
): Located<SourceRecord>[] {
  const yaml = parseYamlFile(input.sourcesFile);
  problems.push(...yaml.problems);
  const out: Located<SourceRecord>[] = [];
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
    out.push({ value: parsed.data, yaml, path });
  });
  return out;
}

function reportIssues(
  issues: z.core.$ZodIssue[],
  yaml: ParsedYaml,
  base: Path,
  id: string,
  report: (where: Position, id: string, message: string) => void,
): void {
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

function recordIdOf(raw: unknown): string {
  if (raw && typeof raw === 'object') {
    const record = raw as Record<string, unknown>;
    if (typeof record.id === 'string') return record.id;
    if (typeof record.from === 'string' && typeof record.type === 'string' && typeof record.to === 'string') {
      return relationLabel(record as { from: string; type: string; to: string });
    }
  }
  return '-';
}

function at(located: Located<unknown>, ...field: string[]): string {
  const where = located.yaml.locate([...located.path, ...field]);
  return `${where.file}:${where.line}:${where.col}`;
}

function byPosition(a: Problem, b: Problem): number {
  return a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
