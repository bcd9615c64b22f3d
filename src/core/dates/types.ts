// A date as sources state it: a year, a month or a day, never more precise than the source says.

export type DatePrecision = 'year' | 'month' | 'day';

export const DATE_PRECISIONS = ['year', 'month', 'day'] as const satisfies readonly DatePrecision[];

export interface LandscapeDate {
  /** The date as written in the records: YYYY, YYYY-MM or YYYY-MM-DD. */
  text: string;
  precision: DatePrecision;
  year: number;
  /** 1–12; absent for a year. */
  month?: number;
  /** 1–31; absent for a year or a month. */
  day?: number;
  /** First and last month the date may fall in, as month numbers (year × 12 + month − 1): a year spans twelve. */
  firstMonth: number;
  lastMonth: number;
}

/** A window of whole months, both ends included, as month numbers (see LandscapeDate). */
export interface MonthRange {
  from: number;
  until: number;
}
