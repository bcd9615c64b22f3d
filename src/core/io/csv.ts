// CSV cells for people and spreadsheets: RFC 4180 quoting, a UTF-8 byte-order mark so Excel reads
// Chinese correctly, and neutralisation of cells a spreadsheet would run as formulas.
import { stripInvalidXmlChars } from './xml.js';

export const CSV_BOM = '\uFEFF';
export const CSV_LINE_END = '\r\n';

/** Cells starting with these are formulas (or become ones) in Excel, LibreOffice and Google Sheets. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * Prefixes an apostrophe to a text cell that a spreadsheet would evaluate (OWASP's advice against
 * CSV injection). Cells that already start with apostrophes before such a character get one more, so
 * `restoreFormulaCell` undoes exactly this and nothing else.
 */
export function neutralizeFormulaCell(text: string): string {
  // Control characters first: a file with them reads as binary, and "\u0000=1+1" would be a formula once they are dropped.
  const clean = stripInvalidXmlChars(text);
  return FORMULA_START.test(clean) ? `'${clean}` : clean;
}

export function restoreFormulaCell(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/** RFC 4180: quote a cell holding the delimiter, a quote or a line break; double the quotes inside. */
export function quoteCsvCell(text: string, delimiter = ','): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCsvRow(cells: readonly string[], delimiter = ','): string {
  return cells.map((cell) => quoteCsvCell(cell, delimiter)).join(delimiter);
}
