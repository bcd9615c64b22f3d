// Strict reading of dates: YYYY, YYYY-MM or YYYY-MM-DD of the Gregorian calendar, nothing else (no 2024/1/5, no
// 2024-1, no 去年, no times). The form is the precision. The one parser for records, tables, the URL and the CLI.
import type { LandscapeDate, MonthRange } from './types.js';

const FORM = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_FORMS = 'YYYY, YYYY-MM or YYYY-MM-DD';

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date `text` states, or why it is not one. */
export function parseDate(text: string): { value: LandscapeDate } | { error: string } {
  const match = FORM.exec(text);
  if (match === null) return { error: `"${text}" is not a date (${DATE_FORMS})` };
  const year = Number(match[1]);
  if (year < 1000) return { error: `"${text}" is not a date of the calendar (year ${match[1]})` };
  if (match[2] === undefined) return { value: { text, precision: 'year', year, firstMonth: year * 12, lastMonth: year * 12 + 11 } };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return { error: `"${text}" is not a date of the calendar (month ${match[2]})` };
  const monthNumber = year * 12 + month - 1;
  if (match[3] === undefined) return { value: { text, precision: 'month', year, month, firstMonth: monthNumber, lastMonth: monthNumber } };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return { error: `"${text}" is not a date of the calendar (${year}-${match[2]} has ${daysInMonth(year, month)} days)` };
  }
  return { value: { text, precision: 'day', year, month, day, firstMonth: monthNumber, lastMonth: monthNumber } };
}

/** The date, or undefined when `text` is not one (for data already validated, or read from foreign files). */
export function readDate(text: unknown): LandscapeDate | undefined {
  if (typeof text === 'number' && Number.isInteger(text)) text = String(text);
  if (typeof text !== 'string') return undefined;
  const parsed = parseDate(text);
  return 'value' in parsed ? parsed.value : undefined;
}

export function monthNumberOf(year: number, month: number): number {
  return year * 12 + month - 1;
}

/** A month number as YYYY-MM. */
export function formatMonth(monthNumber: number): string {
  const year = Math.floor(monthNumber / 12);
  const month = monthNumber - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * A month range written `FROM..UNTIL`, each end YYYY or YYYY-MM (a year stands for all its months: `2023..2024` is
 * 2023-01..2024-12). A day is refused: the range is made of whole months.
 */
export function parseMonthRange(text: string): { value: MonthRange } | { error: string } {
  const parts = text.split('..');
  if (parts.length !== 2) return { error: `"${text}" is not a range FROM..UNTIL (e.g. 2023-01..2024-12)` };
  const from = parseRangeEnd(parts[0]);
  if ('error' in from) return from;
  const until = parseRangeEnd(parts[1]);
  if ('error' in until) return until;
  const range = { from: from.value.firstMonth, until: until.value.lastMonth };
  if (range.from > range.until) return { error: `"${text}" starts after it ends` };
  return { value: range };
}

/** One end of a month range: YYYY or YYYY-MM. */
export function parseRangeEnd(text: string): { value: LandscapeDate } | { error: string } {
  const parsed = parseDate(text);
  if ('error' in parsed) return parsed;
  if (parsed.value.precision === 'day') return { error: `"${text}" is a day; a range is of months (YYYY or YYYY-MM)` };
  return parsed;
}

/** `FROM..UNTIL` in the form parseMonthRange reads. */
export function formatMonthRange(range: MonthRange): string {
  return `${formatMonth(range.from)}..${formatMonth(range.until)}`;
}

/** True when a date (its months) overlaps the range: a year is in a window of any of its months. */
export function overlapsRange(firstMonth: number, lastMonth: number, range: MonthRange): boolean {
  return firstMonth <= range.until && lastMonth >= range.from;
}
