// Checking a citation of a table row, as quotes are checked against a text: the row exists, each cited column
// exists, and each cited cell holds exactly the text the citation gives for it.
import type { Table } from '../tables/types.js';
import type { RowCitation } from './schema.js';
import { clip } from './problems.js';

/** What is wrong with `citation` against its source's table, if anything. */
export function rowCitationProblem(citation: RowCitation, table: Table): string | undefined {
  const row = table.byRow.get(citation.row);
  if (row === undefined) return `row ${citation.row} is not a row of ${table.file}`;
  const cited = Object.keys(citation.values);
  for (const column of citation.columns) {
    if (!table.columns.includes(column)) return `column "${column}" is not a column of ${table.file}`;
    if (!Object.hasOwn(citation.values, column)) return `values must give the cell of every cited column ("${column}" is missing)`;
  }
  for (const column of cited) {
    if (!citation.columns.includes(column)) return `values name column "${column}", which columns does not cite`;
    if (row.cells[column] !== citation.values[column]) {
      return `row ${citation.row}, column "${column}" holds "${clip(row.cells[column] ?? '')}", not "${clip(citation.values[column])}"`;
    }
  }
  return undefined;
}
