// Types shared by parsing and validation of graph-data/: input files, positions, problems, the dataset.
import type { ResolvedEnds } from './resolved-ends.js';
import type { IngestReport } from '../ingest/types.js';
import type { EntityRecord, FigureRecord, RelationRecord, SourceRecord } from './schema.js';

/** A file handed to the core: the path is only used in messages, the core never reads disks. */
export interface TextFile {
  path: string;
  text: string;
}

export interface Position {
  file: string;
  line: number;
  col: number;
}

export interface Problem extends Position {
  /** Id of the record the problem is about, or '-' when it is about the file. */
  id: string;
  message: string;
  /** A warning (e.g. two sources disagree) is reported but does not make the data invalid. Absent: an error. */
  severity?: 'error' | 'warning';
}

export function isError(problem: Problem): boolean {
  return problem.severity !== 'warning';
}

export interface DatasetInput {
  sourcesFile: TextFile;
  recordFiles: TextFile[];
  /** Text of each source by source id, when it is available; quotes are checked against it. */
  sourceTexts: Record<string, string>;
  /** The table of each source that has one (`table:` in sources.yaml), as bytes: decoded strictly as UTF-8. */
  sourceTables?: Record<string, { path: string; bytes: Uint8Array }>;
  /** mappings/*.yaml: how each table source becomes entities and relations. */
  mappingFiles?: TextFile[];
  /** resolution.yaml: committed entity resolution decisions. */
  resolutionFile?: TextFile;
}

export interface Dataset {
  sources: SourceRecord[];
  entities: EntityRecord[];
  relations: RelationRecord[];
  figures: FigureRecord[];
}

export type { ResolvedEnds };

export interface ValidationResult {
  dataset: Dataset;
  /** What ingesting the table sources did, when there are mappings. */
  ingest?: IngestReport;
  /** In order of position; at most MAX_PROBLEMS_PER_FILE per file, then one saying how many more there are. */
  problems: Problem[];
  /** How many problems were found, those left out of `problems` included. */
  problemCount: number;
  /** The dataset's relation ends as entity positions, for buildGraph (which checks they still hold). */
  ends: ResolvedEnds;
  /**
   * Doubts that do not stop the data from being used (evidence that does not name a link's ends, contradictory
   * or redundant links, clashing names), in order of position and capped per file like `problems`.
   */
  warnings: Problem[];
  warningCount: number;
}

export function formatProblem(problem: Problem): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${problem.file}:${problem.line}:${problem.col}  ${problem.id}  ${warning}${problem.message}`;
}
