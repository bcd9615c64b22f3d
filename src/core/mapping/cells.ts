// Reading cells: a multi-valued cell split on its delimiter (double quotes protect a delimiter inside a value),
// whitespace tidied, and typed values (dates with their precision, numbers) parsed or refused with a reason.
import { parseDate as parseLandscapeDate } from '../dates/index.js';

/** A cell's text with runs of whitespace (tabs and newlines too) made one space, and trimmed. */
export function tidyText(cell: string): string {
  // Most cells have nothing to tidy but their ends: the replace (a new string) only where there is more.
  return NEEDS_TIDYING.test(cell) ? cell.replace(/\s+/g, ' ').trim() : cell.trim();
}
const NEEDS_TIDYING = /\s\s|[^\S ]/;

/** The values of a multi-valued cell, tidied, empty ones dropped; `"a, b",c` is two values. */
export function splitCell(cell: string, delimiter: string | undefined): string[] {
  if (delimiter === undefined) {
    const value = tidyText(cell);
    return value === '' ? [] : [value];
  }
  if (!cell.includes('"')) {
    const parts = cell.split(delimiter);
    const values: string[] = [];
    for (const part of parts) {
      const value = tidyText(part);
      if (value !== '') values.push(value);
    }
    return values;
  }
  const values: string[] = [];
  let current = '';
  let quoted = false;
  for (let at = 0; at < cell.length; at++) {
    const char = cell[at];
    if (char === '"') quoted = !quoted;
    else if (!quoted && cell.startsWith(delimiter, at)) {
      values.push(current);
      current = '';
      at += delimiter.length - 1;
    } else current += char;
  }
  values.push(current);
  return values.map(tidyText).filter((value) => value !== '');
}

/** YYYY, YYYY-MM or YYYY-MM-DD (the precision is the form); a time after the date is not accepted. */
export function parseDate(cell: string): { value: string } | { error: string } {
  const parsed = parseLandscapeDate(cell.trim());
  return 'error' in parsed ? parsed : { value: parsed.value.text };
}

/** A decimal or scientific number (1e+22, 7000000000.0); thousands separators and units are refused. */
export function parseNumber(cell: string): { value: number } | { error: string } {
  const text = cell.trim();
  if (!/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(text)) return { error: `"${text}" is not a number` };
  const value = Number(text);
  return Number.isFinite(value) ? { value } : { error: `"${text}" is too large` };
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const GREEK: Record<string, string> = {
  α: 'alpha',
  β: 'beta',
  γ: 'gamma',
  δ: 'delta',
  ε: 'epsilon',
  θ: 'theta',
  λ: 'lambda',
  μ: 'mu',
  π: 'pi',
  σ: 'sigma',
  ς: 'sigma',
  ω: 'omega',
};

/** An ASCII kebab-case slug: diacritics dropped, Greek letters spelt out, `+` as "plus", anything else a hyphen. */
export function slugify(text: string): string {
  // Plain ASCII (most names) needs no Unicode normalisation.
  if (PLAIN_ASCII.test(text)) {
    return text
      .toLowerCase()
      .replace(/\+/g, '-plus-')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[α-ω]/g, (letter) => `-${GREEK[letter] ?? ''}-`)
    .replace(/\+/g, '-plus-')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
