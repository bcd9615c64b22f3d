// Dates with precision: the strict parser at its edges, month ranges, whether a quote or a cell states a date,
// and validation of dates in records (file:line:col, evidence or date_editorial).
import { describe, expect, it } from 'vitest';
import {
  formatMonth,
  formatMonthRange,
  overlapsRange,
  parseDate,
  parseMonthRange,
  quoteStatesDate,
  cellStatesDate,
  readDate,
} from '../../src/core/dates/index.js';
import { formatProblem, validateDataset } from '../../src/core/records/index.js';
import { input, SOURCE_TEXT } from './fixtures.js';

const date = (text: string) => {
  const parsed = parseDate(text);
  if ('error' in parsed) throw new Error(parsed.error);
  return parsed.value;
};

describe('parseDate', () => {
  it('reads a year, a month and a day, the form giving the precision', () => {
    expect(date('2024')).toMatchObject({ precision: 'year', year: 2024, firstMonth: 2024 * 12, lastMonth: 2024 * 12 + 11 });
    expect(date('2024-05')).toMatchObject({ precision: 'month', month: 5, firstMonth: 2024 * 12 + 4, lastMonth: 2024 * 12 + 4 });
    expect(date('2024-05-13')).toMatchObject({ precision: 'day', month: 5, day: 13 });
    expect(date('2024-02-29').day).toBe(29);
    expect(date('2000-02-29').day).toBe(29);
    expect(date('2024-12-31').lastMonth).toBe(2024 * 12 + 11);
    expect(date('2024-01-01').firstMonth).toBe(2024 * 12);
  });

  it.each([
    ['2024-13-01', /month 13/],
    ['2024-00', /month 00/],
    ['2024-02-30', /has 29 days/],
    ['2023-02-29', /has 28 days/],
    ['1900-02-29', /has 28 days/],
    ['2024-04-31', /has 30 days/],
    ['2024-05-00', /has 31 days/],
    ['2024/1/5', /not a date/],
    ['2024-1', /not a date/],
    ['去年', /not a date/],
    ['2025年1月', /not a date/],
    ['', /not a date/],
    ['2024-05-13T10:00', /not a date/],
    [' 2024', /not a date/],
    ['0999', /year 0999/],
  ])('refuses %s', (text, message) => {
    const parsed = parseDate(text);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('readDate takes an integer year (founded) and refuses anything else quietly', () => {
    expect(readDate(2023)?.precision).toBe('year');
    expect(readDate('2024-02-30')).toBeUndefined();
    expect(readDate(2023.5)).toBeUndefined();
    expect(readDate(undefined)).toBeUndefined();
  });
});

describe('month ranges', () => {
  it('reads FROM..UNTIL of months or years, both ends included', () => {
    expect(parseMonthRange('2023-01..2024-12')).toEqual({ value: { from: 2023 * 12, until: 2024 * 12 + 11 } });
    expect(parseMonthRange('2023..2024')).toEqual({ value: { from: 2023 * 12, until: 2024 * 12 + 11 } });
    expect(parseMonthRange('2024-05..2024-05')).toEqual({ value: { from: 2024 * 12 + 4, until: 2024 * 12 + 4 } });
    expect(formatMonthRange({ from: 2023 * 12, until: 2024 * 12 + 11 })).toBe('2023-01..2024-12');
    expect(formatMonth(2025 * 12 + 9)).toBe('2025-10');
  });

  it.each([
    ['2024-12..2023-01', /starts after it ends/],
    ['2024-01', /not a range/],
    ['2024-01..2024-02..2024-03', /not a range/],
    ['2024-01-05..2024-02', /is a day/],
    ['2024-13..2024-12', /month 13/],
    ['..2024-12', /not a date/],
  ])('refuses %s', (text, message) => {
    const parsed = parseMonthRange(text);
    expect('error' in parsed && parsed.error).toMatch(message);
  });

  it('a date overlaps a window when any of its months is inside', () => {
    const window = { from: 2024 * 12 + 5, until: 2024 * 12 + 11 };
    const year = date('2024');
    expect(overlapsRange(year.firstMonth, year.lastMonth, window)).toBe(true);
    const may = date('2024-05');
    expect(overlapsRange(may.firstMonth, may.lastMonth, window)).toBe(false);
    const june = date('2024-06-01');
    expect(overlapsRange(june.firstMonth, june.lastMonth, window)).toBe(true);
    const december = date('2024-12-31');
    expect(overlapsRange(december.firstMonth, december.lastMonth, window)).toBe(true);
    const next = date('2025-01');
    expect(overlapsRange(next.firstMonth, next.lastMonth, window)).toBe(false);
  });
});

describe('quoteStatesDate', () => {
  it('needs the year, and the month and day when the date is that precise', () => {
    expect(quoteStatesDate('2025年1月，DeepSeek发布R1', date('2025-01'))).toBe(true);
    expect(quoteStatesDate('2025年1月，DeepSeek发布R1', date('2025'))).toBe(true);
    expect(quoteStatesDate('2025年1月，DeepSeek发布R1', date('2025-01-20'))).toBe(false);
    expect(quoteStatesDate('2025年1月20日，DeepSeek发布R1', date('2025-01-20'))).toBe(true);
    expect(quoteStatesDate('2025年1月20日', date('2025-01-02'))).toBe(false);
    expect(quoteStatesDate('2025年11月', date('2025-01'))).toBe(false);
    expect(quoteStatesDate('12025年', date('2025'))).toBe(false);
    expect(quoteStatesDate('DeepSeek发布R1', date('2025'))).toBe(false);
    expect(quoteStatesDate('released 2024-05-13', date('2024-05-13'))).toBe(true);
    expect(quoteStatesDate('in May 2024', date('2024-05'))).toBe(true);
    expect(quoteStatesDate('２０２４年５月', date('2024-05'))).toBe(true);
  });

  it('a cell states its date or a less precise one', () => {
    expect(cellStatesDate('2024-05-13', date('2024-05-13'))).toBe(true);
    expect(cellStatesDate('2024-05-13', date('2024-05'))).toBe(true);
    expect(cellStatesDate('2024-05', date('2024-05-13'))).toBe(false);
    expect(cellStatesDate('2024-051', date('2024-05'))).toBe(false);
  });
});

describe('dates in records', () => {
  const sources = 'sources: [{ source: rep, section: s, quote: 豆包 }]';
  const entity = (extra: string, quote = '豆包') =>
    `entities:\n  - id: product:x\n    name: { zh: 名, en: Name }\n    sources: [{ source: rep, section: s, quote: ${quote} }]\n${extra}`;
  const problems = (records: string, text = SOURCE_TEXT) =>
    validateDataset(input({ 'a.yaml': records }, undefined, text)).problems.map(formatProblem);

  it('reports impossible and malformed dates at the value', () => {
    expect(problems(entity('    released: 2024-13-01\n'))).toEqual([
      expect.stringMatching(
        /^graph-data\/records\/a\.yaml:5:15 {2}product:x {2}released: "2024-13-01" is not a date of the calendar \(month 13\)$/,
      ),
    ]);
    expect(problems(entity("    released: '2024-02-30'\n"))).toEqual([expect.stringMatching(/a\.yaml:5:15 .*has 29 days/)]);
    expect(problems(entity('    released: 2024/1/5\n'))).toEqual([
      expect.stringMatching(/a\.yaml:5:15 {2}product:x {2}released: must be YYYY, YYYY-MM or YYYY-MM-DD$/),
    ]);
    expect(problems(entity('    released: 去年\n'))).toEqual([expect.stringMatching(/a\.yaml:5:15 .*must be YYYY/)]);
  });

  it('a date no cited quote states is an error unless date_editorial owns it', () => {
    expect(problems(entity("    released: '2024-05'\n"))).toEqual([
      'graph-data/records/a.yaml:5:15  product:x  released 2024-05 is stated by none of the cited quotes or cells: cite the text that says it, or add date_editorial with a note',
    ]);
    expect(problems(entity("    released: '2024-05'\n    date_editorial: { note: the vendor's announcement }\n"))).toEqual([]);
  });

  it('a quote that states the date carries it; one with the year only carries a year', () => {
    const text = `${SOURCE_TEXT}\n2024年5月，豆包发布。`;
    expect(problems(entity("    released: '2024-05'\n", '2024年5月，豆包发布'), text)).toEqual([]);
    expect(problems(entity("    released: '2024'\n", '2024年5月，豆包发布'), text)).toEqual([]);
    expect(problems(entity("    released: '2024-05-01'\n", '2024年5月，豆包发布'), text)).toHaveLength(1);
  });

  it('checks since on relations the same way', () => {
    const records = `${entity('')}  - id: company:y\n    name: { zh: 乙, en: Y }\n    ${sources}\nrelations:\n  - { from: product:x, type: developed_by, to: company:y, since: '2023', ${sources} }\n`;
    expect(problems(records)).toEqual([
      expect.stringMatching(/a\.yaml:9:66 {2}product:x -developed_by-> company:y {2}since 2023 is stated by none/),
    ]);
    expect(problems(records.replace("since: '2023'", "since: '2023-02-29'"))).toEqual([
      expect.stringMatching(/a\.yaml:9:66 .*has 28 days/),
    ]);
  });
});
