// Parse and validate all of graph-data/ at once: every problem, each with file:line:col and record id.
// Returns the dataset of the records that passed, so callers decide what a problem means.
import type { z } from 'zod';
import { compileCanonicalCheck } from './canonical.js';
import { RELATION_TYPES, RELATION_TYPE_NAMES, kindOfId, type EntityKind, type RelationSpec, type RelationType } from './kinds.js';
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

/** A record and its place: the file and the path in its data, turned into a position only for a message. */
class Located<T> {
  constructor(
    readonly value: T,
    readonly yaml: ParsedYaml,
    readonly key: string,
    readonly index: number,
  ) {}

  /** The path of the record, or of a value inside it. */
  path(...inner: PropertyKey[]): PropertyKey[] {
    return [this.key, this.index, ...inner];
  }

  locate(...inner: PropertyKey[]): Position {
    return this.yaml.locate(this.path(...inner));
  }
}

/** An entity, and what is known of it once its file is read. */
class LocatedEntity extends Located<EntityRecord> {
  /** The entity read earlier with the same id, if any: this one is then a duplicate. */
  earlier: LocatedEntity | undefined = undefined;
  /** Not a duplicate: the kind (from the id) and the order among the entities that are not duplicates. */
  kind: EntityKind | undefined = undefined;
  ordinal = 0;
}

/** A relation, and its ends as found when its file was read (an end named before its entity is looked up later). */
class LocatedRelation extends Located<RelationRecord> {
  from: LocatedEntity | undefined = undefined;
  to: LocatedEntity | undefined = undefined;
  typeNumber = 0;
}

// Records zod would return unchanged are taken as they are: most records, and no copies of them.
const isCanonicalFile = compileCanonicalCheck(recordFileSchema);
const isCanonical = {
  entities: compileCanonicalCheck(entitySchema),
  relations: compileCanonicalCheck(relationSchema),
  figures: compileCanonicalCheck(figureSchema),
};
const TYPE_NUMBER = new Map<string, number>(RELATION_TYPE_NAMES.map((type, index) => [type, index]));

/**
 * First place of each key, for keys that are whole numbers below 2^53: open addressing in two typed arrays, so
 * a quarter of a million relations cost two allocations instead of a map entry and a boxed number each.
 */
class FirstByNumber<T> {
  private readonly keys: Float64Array;
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  private readonly mask: number;
  private readonly shift: number;

  constructor(most: number) {
    let bits = 4;
    while (2 ** bits < most * 2) bits++;
    this.keys = new Float64Array(2 ** bits);
    this.slots = new Int32Array(2 ** bits); // 0: empty, else index in values + 1
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  /** The value stored first for `key`; stores `value` and returns undefined when there is none. */
  firstOr(key: number, value: T): T | undefined {
    const low = key % 4294967296;
    const high = (key - low) / 4294967296;
    // Fibonacci hashing: the high bits of the product depend on every bit of the key.
    let at = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const slot = this.slots[at];
      if (slot === 0) {
        this.keys[at] = key;
        this.values.push(value);
        this.slots[at] = this.values.length;
        return undefined;
      }
      if (this.keys[at] === key) return this.values[slot - 1];
      at = (at + 1) & this.mask;
    }
  }
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
  const addAll = (more: Problem[]) => {
    for (const problem of more) problems.push(problem);
  };

  const sources = readSources(input, problems, report);
  // Known source ids, each with the index of its text when the text is available.
  const quoteIndexes = new Map<string, QuoteIndex | null>();
  for (const source of sources) quoteIndexes.set(source.value.id, null);
  for (const source of sources) {
    const text = input.sourceTexts[source.value.id];
    if (text !== undefined) quoteIndexes.set(source.value.id, new QuoteIndex(text));
  }

  const entities: LocatedEntity[] = [];
  const relations: LocatedRelation[] = [];
  const figures: Located<FigureRecord>[] = [];
  // The first entity of each id. Entities are registered, and relation ends resolved, as each file is read: the
  // records' strings are then still in cache, and the copies of ids and types they replace die young.
  const entityById = new Map<string, LocatedEntity>();
  const addEntity = (value: EntityRecord, yaml: ParsedYaml, index: number) => {
    const located = new LocatedEntity(value, yaml, 'entities', index);
    const earlier = entityById.get(value.id);
    if (earlier) {
      located.earlier = earlier;
    } else {
      located.kind = kindOfId(value.id)!;
      located.ordinal = entityById.size;
      entityById.set(value.id, located);
    }
    entities.push(located);
  };
  const addRelation = (value: RelationRecord, yaml: ParsedYaml, index: number) => {
    const located = new LocatedRelation(value, yaml, 'relations', index);
    // The vocabulary's own string for the type, and each known end the entity's own id string: the same text, one copy.
    located.typeNumber = TYPE_NUMBER.get(value.type)!;
    value.type = RELATION_TYPE_NAMES[located.typeNumber];
    located.from = entityById.get(value.from);
    located.to = entityById.get(value.to);
    if (located.from) value.from = located.from.value.id;
    if (located.to) value.to = located.to.value.id;
    relations.push(located);
  };

  for (const file of input.recordFiles) {
    const yaml = parseYamlFile(file);
    addAll(yaml.problems);
    if (yaml.data === undefined || yaml.data === null) {
      if (yaml.problems.length === 0) report(yaml.locate([]), '-', 'file is empty: expected entities, relations or figures');
      continue;
    }
    let data: z.infer<typeof recordFileSchema>;
    if (isCanonicalFile(yaml.data)) {
      data = yaml.data as z.infer<typeof recordFileSchema>;
    } else {
      const shape = recordFileSchema.safeParse(yaml.data);
      if (!shape.success) {
        reportIssues(shape.error.issues, yaml, [], '-', report);
        continue;
      }
      data = shape.data;
    }
    const parts = [
      ['entities', entitySchema],
      ['relations', relationSchema],
      ['figures', figureSchema],
    ] as const;
    for (const [key, schema] of parts) {
      const list = data[key];
      if (list === undefined) continue;
      const canonical = isCanonical[key];
      for (let index = 0; index < list.length; index++) {
        const raw = list[index];
        let value: unknown = raw;
        if (!canonical(raw)) {
          const parsed = schema.safeParse(raw);
          if (!parsed.success) {
            reportIssues(parsed.error.issues, yaml, [key, index], recordIdOf(raw), report);
            continue;
          }
          value = parsed.data;
        }
        if (key === 'entities') addEntity(value as EntityRecord, yaml, index);
        else if (key === 'relations') addRelation(value as RelationRecord, yaml, index);
        else figures.push(new Located(value as FigureRecord, yaml, key, index));
      }
    }
  }

  const checkCitations = (sources: Citation[], located: Located<unknown>, id: () => string) => {
    for (let index = 0; index < sources.length; index++) {
      const citation = sources[index];
      const quotes = quoteIndexes.get(citation.source);
      if (quotes === undefined) {
        report(located.locate('sources', index, 'source'), id(), `unknown source "${citation.source}" (not in sources.yaml)`);
      } else if (quotes !== null && !quotes.contains(citation.quote)) {
        report(
          located.locate('sources', index, 'quote'),
          id(),
          `quote does not occur in source "${citation.source}": "${clip(citation.quote)}"`,
        );
      }
    }
  };

  // Places are kept as (file, path) and turned into positions only for a message: locating is slow.
  const validEntities: EntityRecord[] = [];
  for (const located of entities) {
    const { value, earlier } = located;
    if (earlier) {
      report(located.locate('id'), value.id, `duplicate id: already defined at ${at(earlier, 'id')}`);
      continue;
    }
    checkCitations(value.sources, located, () => value.id);
    validEntities.push(value);
  }

  // A relation between known entities is keyed by a number (no string to build per relation), others by relationKey.
  const entityCount = validEntities.length;
  const numericKeys = entityCount < 2 ** 24; // (a * count + b) * types stays an exact integer
  const seenBetweenKnown = new FirstByNumber<Located<unknown>>(relations.length);
  const seenOthers = new Map<string, Located<unknown>>();
  const validRelations: RelationRecord[] = [];
  for (const located of relations) {
    const { value } = located;
    const label = () => relationLabel(value);
    const { typeNumber } = located;
    const spec: RelationSpec = RELATION_TYPES[value.type as RelationType];
    // Ends named before their entity was read are looked up now.
    const from = located.from ?? entityById.get(value.from);
    const to = located.to ?? entityById.get(value.to);
    let ok = true;
    const fromProblem = endProblem(value, spec, 'from', from);
    if (fromProblem) {
      report(located.locate('from'), label(), fromProblem);
      ok = false;
    }
    const toProblem = endProblem(value, spec, 'to', to);
    if (toProblem) {
      report(located.locate('to'), label(), toProblem);
      ok = false;
    }
    if (value.from === value.to) {
      report(located.locate('to'), label(), 'a relation cannot link an entity to itself');
      ok = false;
    }
    // The ends name the entities' own id strings: later look-ups by id (facets, graph) compare a string with itself.
    if (from) value.from = from.value.id;
    if (to) value.to = to.value.id;
    let earlier: Located<unknown> | undefined;
    if (from && to && numericKeys) {
      const swap = spec.symmetric === true && to.ordinal < from.ordinal;
      const pair = swap ? to.ordinal * entityCount + from.ordinal : from.ordinal * entityCount + to.ordinal;
      const key = pair * RELATION_TYPE_NAMES.length + typeNumber;
      earlier = seenBetweenKnown.firstOr(key, located);
    } else {
      const key = relationKey(value);
      earlier = seenOthers.get(key);
      if (!earlier) seenOthers.set(key, located);
    }
    if (earlier) {
      report(located.locate(), label(), `duplicate relation: already stated at ${at(earlier)}`);
      ok = false;
    }
    checkCitations(value.sources, located, label);
    if (ok) validRelations.push(value);
  }

  const figureIds = new Map<string, Located<unknown>>();
  const validFigures: FigureRecord[] = [];
  for (const located of figures) {
    const { value } = located;
    const earlier = figureIds.get(value.id);
    if (earlier) {
      report(located.locate('id'), value.id, `duplicate id: already defined at ${at(earlier, 'id')}`);
      continue;
    }
    figureIds.set(value.id, located);
    (value.about ?? []).forEach((id, index) => {
      if (!entityById.has(id)) report(located.locate('about', index), value.id, `about "${id}" is not a known entity`);
    });
    checkCitations(value.sources, located, () => value.id);
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

/** What is wrong with one end of a relation, if anything. */
function endProblem(
  relation: RelationRecord,
  spec: RelationSpec,
  end: 'from' | 'to',
  entity: LocatedEntity | undefined,
): string | undefined {
  const kind = entity?.kind;
  if (kind === undefined) return `${end} "${relation[end]}" is not a known entity`;
  const allowed = spec[end];
  if (allowed.includes(kind)) return undefined;
  return `${relation.type} cannot ${end === 'from' ? 'start at' : 'end at'} a ${kind} (allowed: ${allowed.join(', ')})`;
}

function readSources(
  input: DatasetInput,
  problems: Problem[],
  report: (where: Position, id: string, message: string) => void,
): Located<SourceRecord>[] {
  const yaml = parseYamlFile(input.sourcesFile);
  for (const problem of yaml.problems) problems.push(problem);
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
    out.push(new Located(parsed.data, yaml, 'sources', index));
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
  const where = located.locate(...field);
  return `${where.file}:${where.line}:${where.col}`;
}

function byPosition(a: Problem, b: Problem): number {
  return a.file === b.file ? a.line - b.line || a.col - b.col : a.file < b.file ? -1 : 1;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
