// Reading a table file (CSV, TSV, JSON array, JSON lines) into rows of text cells with their row and line numbers.
// Every problem of the file at once (unbalanced quotes, a row with too many cells, a nested JSON value...); cells
// are kept as written, a formula-like cell (`=1+1`) included: nothing is ever evaluated.
import Papa from 'papaparse';
import type { Table, TableFormat, TableProblem, TableResult, TableRow } from './types.js';

export function readTable(file: string, text: string, format: TableFormat): TableResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  switch (format) {
    case 'csv':
    case 'tsv':
      return readDelimited(file, body, format === 'csv' ? ',' : '\t');
    case 'json':
      return readJsonArray(file, body);
    case 'jsonl':
      return readJsonLines(file, body);
  }
}

/** Counts lines as the parse moves forward through the text. */
class LineCounter {
  private offset = 0;
  private line = 1;
  constructor(private readonly text: string) {}

  /** Line of the first character at or after `offset` that is not a line break (offsets only grow). */
  lineOfRowAt(offset: number): number {
    let at = offset;
    while (at < this.text.length && (this.text[at] === '\n' || this.text[at] === '\r')) at++;
    for (; this.offset < at && this.offset < this.text.length; this.offset++) if (this.text.charCodeAt(this.offset) === 10) this.line++;
    return this.line;
  }
}

function readDelimited(file: string, text: string, delimiter: string): TableResult {
  const problems: TableProblem[] = [];
  const lines = new LineCounter(text);
  const records: { cells: string[]; line: number }[] = [];
  let cursor = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: true,
    step: (results) => {
      const line = lines.lineOfRowAt(cursor);
      cursor = results.meta.cursor;
      const row = records.length + 1;
      for (const error of results.errors) {
        const message =
          error.code === 'MissingQuotes' ? `unbalanced quote: a quoted cell opened on or after line ${line} never closes` : error.message;
        problems.push({ file, row, line, col: 0, message });
      }
      records.push({ cells: results.data, line });
    },
  });
  if (problems.length > 0) return { ok: false, problems };
  if (records.length === 0)
    return { ok: false, problems: [{ file, row: 0, line: 1, col: 0, message: 'the table is empty: expected a header row' }] };
  const columns = records[0].cells.map((name) => name.trim());
  problems.push(...headerProblems(file, columns, records[0].line));
  const rows: TableRow[] = [];
  for (let index = 1; index < records.length; index++) {
    const { cells, line } = records[index];
    const row = index + 1;
    if (cells.length !== columns.length) {
      problems.push({
        file,
        row,
        line,
        col: Math.min(cells.length, columns.length) + 1,
        message: `row has ${cells.length} cells, the header ${columns.length}`,
      });
      continue;
    }
    const record: Record<string, string> = Object.create(null) as Record<string, string>;
    columns.forEach((column, at) => (record[column] = cells[at]));
    rows.push({ row, line, cells: record });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table: tableOf(file, columns, rows) };
}

function headerProblems(file: string, columns: string[], line: number): TableProblem[] {
  const problems: TableProblem[] = [];
  const seen = new Set<string>();
  columns.forEach((name, index) => {
    if (name === '') problems.push({ file, row: 1, line, col: index + 1, message: `column ${index + 1} has no name in the header` });
    else if (seen.has(name)) problems.push({ file, row: 1, line, col: index + 1, message: `column "${name}" appears twice in the header` });
    seen.add(name);
  });
  return problems;
}

function readJsonArray(file: string, text: string): TableResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ file, row: 0, line: 1, col: 0, message: `not valid JSON: ${(error as Error).message}` }] };
  }
  if (!Array.isArray(data))
    return { ok: false, problems: [{ file, row: 0, line: 1, col: 0, message: 'expected a JSON array of objects' }] };
  return fromObjects(
    file,
    data.map((value, index) => ({ value, row: index + 1, line: 1 })),
  );
}

function readJsonLines(file: string, text: string): TableResult {
  const items: { value: unknown; row: number; line: number }[] = [];
  const problems: TableProblem[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    try {
      items.push({ value: JSON.parse(line), row: index + 1, line: index + 1 });
    } catch (error) {
      problems.push({ file, row: index + 1, line: index + 1, col: 0, message: `not valid JSON: ${(error as Error).message}` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : fromObjects(file, items);
}

/** Rows from JSON objects: columns in order of first appearance; strings kept, numbers and booleans as written by JSON. */
function fromObjects(file: string, items: { value: unknown; row: number; line: number }[]): TableResult {
  const problems: TableProblem[] = [];
  const columns: string[] = [];
  const known = new Set<string>();
  const rows: TableRow[] = [];
  for (const { value, row, line } of items) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push({ file, row, line, col: 0, message: 'expected an object (one row)' });
      continue;
    }
    const cells: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const [key, cell] of Object.entries(value)) {
      if (!known.has(key)) {
        known.add(key);
        columns.push(key);
      }
      if (cell === null) cells[key] = '';
      else if (typeof cell === 'string') cells[key] = cell;
      else if (typeof cell === 'number' || typeof cell === 'boolean') cells[key] = JSON.stringify(cell);
      else problems.push({ file, row, line, col: columns.indexOf(key) + 1, message: `column "${key}": nested values are not table cells` });
    }
    rows.push({ row, line, cells });
  }
  for (const { cells } of rows) for (const column of columns) cells[column] ??= '';
  return problems.length > 0 ? { ok: false, problems } : { ok: true, table: tableOf(file, columns, rows) };
}

function tableOf(file: string, columns: string[], rows: TableRow[]): Table {
  return { file, columns, rows, byRow: new Map(rows.map((row) => [row.row, row])) };
}
