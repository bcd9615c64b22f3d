// Ingesting table sources into the records' dataset: each mapping applied to its table, the entities resolved onto
// the records' (and each other), and the merged dataset made. A merged entity keeps the records' id and gains the
// table's citations and the attributes it lacked; a functional fact the sources disagree on (release date,
// developer) is kept as each states it and reported as a warning. A source with any problem adds nothing.
import { applyMapping } from '../mapping/apply-mapping.js';
import type { IncomingEntity, IncomingRelation } from '../mapping/types.js';
import type { Report } from '../records/problems.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';
import type { Dataset, Problem, TextFile } from '../records/types.js';
import { resolveEntities } from '../resolve/resolve-entities.js';
import type { Table } from '../tables/types.js';
import { readDecisions, readMapping } from './read-mappings.js';
import type { IngestReport } from './types.js';

export interface IngestInput {
  /** The records' dataset, validated. */
  dataset: Dataset;
  /** Tables of the sources that have one, by source id. */
  tables: ReadonlyMap<string, Table>;
  mappingFiles: readonly TextFile[];
  resolutionFile?: TextFile;
}

export interface IngestResult {
  dataset: Dataset;
  problems: Problem[];
  report: IngestReport;
}

/** Attributes a table may add to an entity; `released` is functional: a different value is a conflict. */
const FILLED = ['released', 'url', 'parameters', 'training_compute_flop', 'accessibility', 'open_source', 'country', 'founded'] as const;

export function ingestSources(input: IngestInput): IngestResult {
  const problems: Problem[] = [];
  const report: Report = (where, id, message) => problems.push({ ...where, id, message });
  const summary: IngestReport = {
    sources: [],
    entries: [],
    createdEntities: 0,
    createdRelations: 0,
    mergedEntities: 0,
    mergedRelations: 0,
  };
  // The items as the mappings made them (no copies: at 100k rows, copies are most of the garbage); the table's file
  // and column numbers, for messages, by source.
  const incoming: IncomingEntity[] = [];
  const incomingRelations: IncomingRelation[] = [];
  const tableOf = new Map<string, { file: string; columnOf: Map<string, number> }>();

  let failed = false;
  for (const file of input.mappingFiles) {
    const read = readMapping(file, problems, report);
    if (read === undefined) {
      failed = true;
      continue;
    }
    const { mapping, yaml } = read;
    const table = input.tables.get(mapping.source);
    if (table === undefined) {
      report(yaml.locate(['source']), mapping.source, `source "${mapping.source}" is not in sources.yaml with a readable table`);
      failed = true;
      continue;
    }
    const result = applyMapping(table, mapping, (path) => yaml.locate(path));
    problems.push(...result.problems);
    if (result.problems.some((problem) => problem.severity !== 'warning')) failed = true;
    summary.sources.push({
      source: mapping.source,
      mapping: file.path,
      rowsRead: result.rowsRead,
      rowsKept: result.rowsKept,
      entities: result.entities.length,
      relations: result.relations.length,
      unresolvedLookups: [...result.unresolvedLookups].sort((a, b) => b[1] - a[1]),
    });
    tableOf.set(mapping.source, { file: table.file, columnOf: new Map(table.columns.map((column, index) => [column, index + 1])) });
    for (const entity of result.entities) incoming.push(entity);
    for (const relation of result.relations) incomingRelations.push(relation);
  }

  const { decisions, yaml: decisionsYaml } = readDecisions(input.resolutionFile, problems, report);
  const resolution = resolveEntities({
    existing: input.dataset.entities,
    existingRelations: input.dataset.relations,
    incoming,
    incomingRelations: incomingRelations.map((item) => item.record),
    decisions,
  });
  for (const problem of resolution.decisionProblems) {
    // A decision about an entity of a source that failed is not wrong: that source made nothing this time.
    if (failed && problem.field === 'incoming') continue;
    report(decisionsYaml!.locate(['decisions', problem.index, problem.field]), decisions[problem.index].incoming, problem.message);
  }
  summary.entries = resolution.entries;
  const finalOf = (id: string): string => {
    let at = id;
    for (let hops = 0; hops < 8; hops++) {
      const next = resolution.target.get(at);
      if (next === undefined || next === at) return at;
      at = next;
    }
    return at;
  };

  // Entities: the records' first (a merged one replaced by a copy that gains citations), then the new ones.
  const entities = new Map<string, EntityRecord>(input.dataset.entities.map((record) => [record.id, record]));
  const fromRecords = new Set(entities.keys());
  const slugKinds = new Map<string, string>();
  for (const id of fromRecords) slugKinds.set(`${groupOf(id)}|${id.slice(id.indexOf(':') + 1)}`, id);
  const merged = new Set<string>();
  for (const item of incoming) {
    const { record } = item;
    const { file, columnOf } = tableOf.get(item.source)!;
    const target = finalOf(record.id);
    const warn = (column: string | undefined, message: string) =>
      problems.push({
        file,
        line: item.row,
        col: column ? (columnOf.get(column) ?? 0) : 0,
        id: item.key,
        message,
        severity: 'warning',
      });
    if (target === record.id && !fromRecords.has(record.id)) {
      const taken = entities.get(record.id);
      if (taken !== undefined && taken !== record) {
        problems.push({
          file,
          line: item.row,
          col: 0,
          id: item.key,
          message: `id collision: ${record.id} is already an entity (${taken.name.en}) that resolution did not find the same; give this one an id in the mapping's ids, or decide in resolution.yaml`,
        });
        continue;
      }
      const other = slugKinds.get(`${groupOf(record.id)}|${record.id.slice(record.id.indexOf(':') + 1)}`);
      if (other !== undefined && other !== record.id) {
        problems.push({
          file,
          line: item.row,
          col: 0,
          id: item.key,
          message: `id collision with another kind: ${record.id} and ${other} name one thing; decide in resolution.yaml (same or distinct) or give it an id in ids`,
        });
        continue;
      }
      entities.set(record.id, record);
      slugKinds.set(`${groupOf(record.id)}|${record.id.slice(record.id.indexOf(':') + 1)}`, record.id);
      continue;
    }
    const into = entities.get(target);
    if (into === undefined) continue; // merged into an entity that was itself refused above
    const copy: EntityRecord = merged.has(target)
      ? into
      : { ...into, sources: [...into.sources], aliases: into.aliases ? [...into.aliases] : undefined };
    if (copy.aliases === undefined) delete copy.aliases;
    merged.add(target);
    copy.sources.push(...record.sources);
    const names = new Set([copy.name.en, copy.name.zh, ...(copy.aliases ?? [])].map((name) => name.toLowerCase()));
    for (const name of [record.name.en, ...(record.aliases ?? [])]) {
      if (!names.has(name.toLowerCase())) {
        copy.aliases = [...(copy.aliases ?? []), name];
        names.add(name.toLowerCase());
      }
    }
    const mutable = copy as unknown as Record<string, unknown>;
    const fresh = record as unknown as Record<string, unknown>;
    for (const field of FILLED) {
      if (fresh[field] === undefined) continue;
      if (mutable[field] === undefined) mutable[field] = fresh[field];
      else if (field === 'released' && !sameDate(String(mutable[field]), String(fresh[field]))) {
        warn(
          columnOfCitation(record, fresh[field]),
          `sources disagree on the release date of ${target}: ${item.source} says ${String(fresh[field])}, the records ${String(mutable[field])} (both kept)`,
        );
      }
    }
    entities.set(target, copy);
  }

  // Relations: ends moved onto the entities they resolved to; one that restates a record's gains its citation.
  const relations = new Map<string, RelationRecord>();
  for (const relation of input.dataset.relations) relations.set(keyOf(relation), relation);
  const fromRecordsRelations = new Set(relations.keys());
  const recordDevelopers = new Map<string, Set<string>>();
  for (const relation of input.dataset.relations) {
    if (relation.type === 'developed_by')
      recordDevelopers.set(relation.from, (recordDevelopers.get(relation.from) ?? new Set()).add(relation.to));
  }
  const gained = new Set<string>();
  // What each source says developed a model, to tell a disagreement (no developer in common with the records)
  // from a co-developer the records do not name.
  // Only for the models the records give a developer: few, so this pass costs next to nothing at 100k rows.
  const incomingDevelopers = new Map<string, Set<string>>();
  for (const item of incomingRelations) {
    if (item.record.type !== 'developed_by') continue;
    const from = finalOf(item.record.from);
    if (!recordDevelopers.has(from)) continue;
    const key = `${item.source}|${from}`;
    incomingDevelopers.set(key, (incomingDevelopers.get(key) ?? new Set()).add(finalOf(item.record.to)));
  }
  for (const item of incomingRelations) {
    const from = finalOf(item.record.from);
    const to = finalOf(item.record.to);
    if (from === to || !entities.has(from) || !entities.has(to)) continue;
    // Most links keep their ends (only merged entities' ids change): those need no copy.
    const relation: RelationRecord = from === item.record.from && to === item.record.to ? item.record : { ...item.record, from, to };
    const key = keyOf(relation);
    const known = relations.get(key);
    if (known !== undefined) {
      if (known.sources.some((citation) => citation.source === item.source)) continue;
      relations.set(key, { ...known, sources: [...known.sources, ...relation.sources] });
      if (fromRecordsRelations.has(key)) gained.add(key);
      continue;
    }
    if (relation.type === 'developed_by') {
      const stated = recordDevelopers.get(from);
      const says = () => incomingDevelopers.get(`${item.source}|${from}`) ?? new Set([to]);
      if (stated !== undefined && stated.size > 0 && !stated.has(to) && ![...says()].some((developer) => stated.has(developer))) {
        problems.push({
          file: tableOf.get(item.source)!.file,
          line: item.row,
          col: 0,
          id: from,
          severity: 'warning',
          message: `sources disagree on the developer of ${from}: ${item.source} says ${to}, the records ${[...stated].join(', ')} (both kept)`,
        });
      }
    }
    relations.set(key, relation);
  }
  for (const variant of resolution.variants) {
    const from = finalOf(variant.from);
    if (!entities.has(from) || !entities.has(variant.to) || from === variant.to) continue;
    const relation: RelationRecord = { from, type: 'part_of', to: variant.to, sources: [], editorial: { note: variant.note } };
    if (!relations.has(keyOf(relation))) relations.set(keyOf(relation), relation);
  }

  summary.createdEntities = entities.size - fromRecords.size;
  summary.mergedEntities = merged.size;
  summary.createdRelations = relations.size - fromRecordsRelations.size;
  summary.mergedRelations = gained.size;
  const dataset: Dataset = { ...input.dataset, entities: [...entities.values()], relations: [...relations.values()] };
  return { dataset, problems, report: summary };
}

function keyOf(relation: RelationRecord): string {
  return `${relation.from}|${relation.type}|${relation.to}`;
}

function groupOf(id: string): string {
  const kind = id.slice(0, id.indexOf(':'));
  return kind === 'company' || kind === 'organization' ? 'org' : kind;
}

/** Dates agree when the less precise one is a prefix of the other (2024 and 2024-12-26). */
function sameDate(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

function columnOfCitation(record: EntityRecord, value: unknown): string | undefined {
  for (const citation of record.sources) {
    if (!('values' in citation)) continue;
    for (const [column, cell] of Object.entries(citation.values)) if (cell.trim() === String(value)) return column;
  }
  return undefined;
}
