// Whether cited text states a date: a quote must name the year (four digits), and the month and the day when the
// date is that precise (2024年5月13日, 2024-05-13, 2024.5, May 2024…); a table cell must hold the date, or a more
// precise one that starts with it. Validation and the data tests both ask this of every dated record.
import type { LandscapeDate } from './types.js';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** True when `quote` states `date` to its precision. */
export function quoteStatesDate(quote: string, date: LandscapeDate): boolean {
  const text = quote.normalize('NFKC');
  const year = String(date.year);
  if (!new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) return false;
  if (date.month === undefined) return true;
  const m = date.month;
  const mm = String(m).padStart(2, '0');
  const monthForms = [
    `(?<!\\d)0?${m}\\s*月`,
    `${year}\\s*[-./]\\s*0?${m}(?!\\d)`,
    `(?<![a-z])${MONTH_NAMES[m - 1]}[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?${year}`,
    `${year}${mm}(?!\\d)`,
  ];
  if (!new RegExp(monthForms.join('|'), 'i').test(text)) return false;
  if (date.day === undefined) return true;
  const d = date.day;
  const dayForms = [
    `(?<!\\d)0?${m}\\s*月\\s*0?${d}\\s*[日号]`,
    `${year}\\s*[-./]\\s*0?${m}\\s*[-./]\\s*0?${d}(?!\\d)`,
    `(?<![a-z])${MONTH_NAMES[m - 1]}[a-z]*\\.?\\s+0?${d}(?!\\d)`,
  ];
  return new RegExp(dayForms.join('|'), 'i').test(text);
}

/** True when a cited cell holds `date`, or a more precise date that starts with it (2024-05-13 for 2024-05). */
export function cellStatesDate(cell: string, date: LandscapeDate): boolean {
  const value = cell.trim();
  return value === date.text || value.startsWith(`${date.text}-`);
}
