// Tables as the ingestion reads them: a header of column names and rows of text cells, each row with its number
// (as a spreadsheet counts: the header is row 1 in CSV/TSV; the line in JSON lines; the item in a JSON array) and
// the line it starts on (a CSV cell may hold newlines, so the two differ).

export const TABLE_FORMATS = ['csv', 'tsv', 'json', 'jsonl'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];

export interface TableRow {
  /** The row's number as a reader finds it: spreadsheet row (header = 1), JSON lines line, JSON array item (1-based). */
  row: number;
  /** 1-based line of the file on which the row starts. */
  line: number;
  /** Cells by column name, as text; a cell the row does not have is ''. */
  cells: Record<string, string>;
}

export interface Table {
  /** Path of the file, for messages. */
  file: string;
  columns: string[];
  rows: TableRow[];
  /** Rows by row number. */
  byRow: Map<number, TableRow>;
}

/** A problem with a table file: where (row 0 = the file or its header), what. */
export interface TableProblem {
  file: string;
  row: number;
  line: number;
  /** 1-based column number, 0 when the problem is about the whole row. */
  col: number;
  message: string;
}

export type TableResult = { ok: true; table: Table } | { ok: false; problems: TableProblem[] };
