// Reading records/*: each file parsed, checked against its schema record by record, and its records added to
// the table as the file is read (their strings are then still in cache, and the copies they replace die young).
import type { z } from 'zod';
import { compileCanonicalCheck } from './canonical.js';
import { parseYamlFile, type ParsedYaml } from './parse-yaml.js';
import { recordIdOf, reportIssues, type Report } from './problems.js';
import { EntityList, RecordList, RelationList, type ListKey, type RecordTable } from './record-table.js';
import {
  entitySchema,
  figureSchema,
  recordFileSchema,
  relationSchema,
  type Citation,
  type EntityRecord,
  type FigureRecord,
  type RelationRecord,
} from './schema.js';
import type { Position, Problem, TextFile } from './types.js';

type RecordFile = z.infer<typeof recordFileSchema>;
interface Records {
  entities: EntityRecord;
  relations: RelationRecord;
  figures: FigureRecord;
}
type RecordOf<K extends ListKey> = Records[K];

const SCHEMAS = { entities: entitySchema, relations: relationSchema, figures: figureSchema } as const;
// Records zod would return unchanged are taken as they are: most records, and no copies of them.
const isCanonicalFile = compileCanonicalCheck(recordFileSchema);
const isCanonical = {
  entities: compileCanonicalCheck(entitySchema),
  relations: compileCanonicalCheck(relationSchema),
  figures: compileCanonicalCheck(figureSchema),
};

export function readRecordFiles(files: readonly TextFile[], problems: Problem[], report: Report): RecordTable {
  const yamls: ParsedYaml[] = [];
  const entities = new EntityList('entities', yamls);
  const relations = new RelationList('relations', yamls);
  const figures = new RecordList<FigureRecord>('figures', yamls);
  const citations = new SharedCitations();
  for (const file of files) {
    const yaml = parseYamlFile(file);
    for (const problem of yaml.problems) problems.push(problem);
    const data = readFileShape(yaml, report);
    if (data === undefined) continue;
    const number = yamls.push(yaml) - 1;
    forEachValid(
      data,
      'entities',
      yaml,
      report,
      (value, index) => {
        value.sources = citations.share(value.sources);
        entities.addEntity(value, number, index);
      },
      (id, where) => entities.reject(id, where),
    );
    forEachValid(data, 'relations', yaml, report, (value, index) => {
      value.sources = citations.share(value.sources);
      relations.addRelation(value, number, index, entities);
    });
    forEachValid(data, 'figures', yaml, report, (value, index) => figures.add(value, number, index));
  }
  relations.resolveLate(entities);
  return { entities, relations, figures };
}

/** The file's data if it has the shape of a records file (its records are checked one by one later). */
function readFileShape(yaml: ParsedYaml, report: Report): RecordFile | undefined {
  if (yaml.data === undefined || yaml.data === null) {
    if (yaml.problems.length === 0) report(yaml.locate([]), '-', 'file is empty: expected entities, relations or figures');
    return undefined;
  }
  if (isCanonicalFile(yaml.data)) return yaml.data as RecordFile;
  const shape = recordFileSchema.safeParse(yaml.data);
  if (shape.success) return shape.data;
  reportIssues(shape.error.issues, yaml, [], '-', report);
  return undefined;
}

/** Calls `accept` with each record of the list that passes its schema, and its index; reports the others. */
function forEachValid<K extends ListKey>(
  data: RecordFile,
  key: K,
  yaml: ParsedYaml,
  report: Report,
  accept: (value: RecordOf<K>, index: number) => void,
  /** Told the id (when it has one) of each record that failed its schema, and where its first problem is. */
  reject?: (id: string, where: Position) => void,
): void {
  const list = data[key] as unknown[] | undefined;
  if (list === undefined) return;
  const canonical = isCanonical[key];
  for (let index = 0; index < list.length; index++) {
    const raw = list[index];
    if (canonical(raw)) {
      accept(raw as RecordOf<K>, index);
      continue;
    }
    const parsed = SCHEMAS[key].safeParse(raw);
    if (parsed.success) accept(parsed.data as RecordOf<K>, index);
    else {
      const id = recordIdOf(raw);
      let first: Position | undefined;
      reportIssues(parsed.error.issues, yaml, [key, index], id, (where, about, message) => {
        first ??= where;
        report(where, about, message);
      });
      if (id !== '-' && first) reject?.(id, first);
    }
  }
}

/**
 * One list for all records that cite exactly one passage, the same one: generated records mostly do, and each
 * copy would live as long as the graph. Nothing changes a record's citations once read.
 */
class SharedCitations {
  private readonly lists = new Map<string, Map<string, Map<string, Citation[]>>>();

  share(sources: Citation[]): Citation[] {
    if (sources.length !== 1 || !('quote' in sources[0])) return sources;
    const { source, section, quote } = sources[0];
    let bySection = this.lists.get(source);
    if (bySection === undefined) this.lists.set(source, (bySection = new Map()));
    let byQuote = bySection.get(section);
    if (byQuote === undefined) bySection.set(section, (byQuote = new Map()));
    const shared = byQuote.get(quote);
    if (shared !== undefined) return shared;
    byQuote.set(quote, sources);
    return sources;
  }
}
