// Dates with their precision (year, month, day): strict parsing, month ranges for the time axis, and whether a
// quote or a table cell states a date.
export * from './types.js';
export {
  parseDate,
  readDate,
  daysInMonth,
  monthNumberOf,
  formatMonth,
  parseMonthRange,
  parseRangeEnd,
  formatMonthRange,
  overlapsRange,
  DATE_FORMS,
} from './parse-date.js';
export { quoteStatesDate, cellStatesDate } from './date-evidence.js';
