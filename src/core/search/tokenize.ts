// Tokenizers for Chinese and mixed names, shared by the index and the queries. A Han run is stored whole, by
// character and by character bigram, so a query's bigrams find a name wherever they sit in it (通义 finds
// 通义千问, 暗面 finds 月之暗面) without a dictionary or a segmenter. Other text is split into words.

const HAN_CHAR = /\p{Script=Han}/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
/** Texts that NFKC leaves as they are: printable ASCII and the main CJK ideograph blocks. */
const NFKC_STABLE = /^[\x20-\x7e\u3400-\u4dbf\u4e00-\u9fff]*$/;

const GAP = 0;
const WORD = 1;
const HAN = 2;
type Kind = typeof GAP | typeof WORD | typeof HAN;

/** Query words past this many are ignored: no name has that many, and each costs a look-up. */
export const MAX_QUERY_TERMS = 32;

export function normalizeText(text: string): string {
  return (NFKC_STABLE.test(text) ? text : text.normalize('NFKC')).toLowerCase().trim();
}

/** Han, a word character (letter or digit of another script), or neither; ASCII and common ideographs without a regex. */
function kindOf(code: number): Kind {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) ? WORD : GAP;
  if ((code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf)) return HAN;
  const char = String.fromCodePoint(code);
  return HAN_CHAR.test(char) ? HAN : WORD_CHAR.test(char) ? WORD : GAP;
}

/** Whether a term (a word, a Han run or a part of one) is Han. */
export function isHan(term: string): boolean {
  return term !== '' && kindOf(term.codePointAt(0)!) === HAN;
}

/** Whether a word has a letter: only those are corrected for typos (2025 is not a typo of 2024). */
export function hasLetter(term: string): boolean {
  return LETTER.test(term);
}

/** The words and Han runs of normalised text, in text order. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  let start = 0;
  let kind: Kind = GAP;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const next = kindOf(code);
    if (next !== kind) {
      if (kind !== GAP) parts.push(text.slice(start, i));
      start = i;
      kind = next;
    }
    i += code > 0xffff ? 2 : 1;
  }
  if (kind !== GAP) parts.push(text.slice(start));
  return parts;
}

/** Pairs of neighbouring characters of a Han run. */
function bigrams(characters: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) pairs.push(characters[i] + characters[i + 1]);
  return pairs;
}

/** Visits the terms stored for one part of a name: a word; or a Han run whole, by character and by bigram (may repeat). */
export function forEachIndexTerm(part: string, visit: (term: string) => void): void {
  visit(part);
  if (!isHan(part)) return;
  let previous = -1;
  for (let i = 0; i < part.length;) {
    const size = part.codePointAt(i)! > 0xffff ? 2 : 1;
    visit(part.slice(i, i + size));
    if (previous >= 0) visit(part.slice(previous, i + size));
    previous = i;
    i += size;
  }
}

export function tokenizeForIndex(text: string): string[] {
  const terms = new Set<string>();
  for (const part of splitParts(normalizeText(text))) forEachIndexTerm(part, (term) => terms.add(term));
  return [...terms];
}

/** A query, parsed: the terms an entry must hold, and the word it ends with, which may still be being typed. */
export interface QueryTerms {
  /** Words matched whole, and Han bigrams (a lone Han character for a run of one). */
  exact: string[];
  /** The word the query ends with, matched as the start of a word; none when the query ends in Han. */
  prefix: string | undefined;
}

export function parseQuery(normalized: string): QueryTerms {
  const parts = splitParts(normalized);
  const last = parts.at(-1);
  const prefix = last !== undefined && !isHan(last) ? last : undefined;
  const exact = new Set<string>();
  for (const part of prefix === undefined ? parts : parts.slice(0, -1)) {
    const characters = isHan(part) ? [...part] : [];
    if (characters.length > 1) for (const pair of bigrams(characters)) exact.add(pair);
    else exact.add(part);
  }
  return { exact: [...exact].slice(0, MAX_QUERY_TERMS), prefix };
}

/** Terms of a query: its words, and the bigrams of each Han run (the character alone for one). */
export function tokenizeForQuery(text: string): string[] {
  const { exact, prefix } = parseQuery(normalizeText(text));
  const words = exact.filter((term) => !isHan(term));
  if (prefix !== undefined && !words.includes(prefix)) words.push(prefix);
  return [...words, ...exact.filter(isHan)];
}
