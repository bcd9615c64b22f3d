// Tokenizers for Chinese and mixed names. Han runs are indexed as Intl.Segmenter words plus every
// character and every character bigram, so a query's bigrams find a name however the segmenter
// split it (通义 finds 通义千问, 暗面 finds 月之暗面). Other text is split into words.

const HAN_RUN = /\p{Script=Han}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

type Segmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };
let segmenter: Segmenter | null | undefined;

function zhSegmenter(): Segmenter | null {
  if (segmenter === undefined) {
    const Intl_ = Intl as unknown as { Segmenter?: new (locale: string, options: { granularity: 'word' }) => Segmenter };
    segmenter = Intl_.Segmenter ? new Intl_.Segmenter('zh', { granularity: 'word' }) : null;
  }
  return segmenter;
}

export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim();
}

/** Words of non-Han text (Latin, digits, kana...), and the Han runs, in order. */
function splitScripts(text: string): { words: string[]; hanRuns: string[] } {
  const hanRuns = normalizeText(text).match(HAN_RUN) ?? [];
  const rest = normalizeText(text).replace(HAN_RUN, ' ');
  return { words: rest.match(WORD) ?? [], hanRuns };
}

function bigrams(run: string): string[] {
  const chars = [...run];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Terms stored for a name: words, segmenter words of Han runs, Han characters and bigrams. */
export function tokenizeForIndex(text: string): string[] {
  const { words, hanRuns } = splitScripts(text);
  const terms = new Set(words);
  const seg = zhSegmenter();
  for (const run of hanRuns) {
    if (seg) for (const part of seg.segment(run)) if (part.isWordLike !== false) terms.add(part.segment);
    terms.add(run);
    for (const char of run) terms.add(char);
    for (const pair of bigrams(run)) terms.add(pair);
  }
  return [...terms];
}

/** Terms of a query: its words, and the bigrams of each Han run (the character alone for one). */
export function tokenizeForQuery(text: string): string[] {
  const { words, hanRuns } = splitScripts(text);
  const terms = [...words];
  for (const run of hanRuns) terms.push(...([...run].length === 1 ? [run] : bigrams(run)));
  return [...new Set(terms)];
}

export function isHan(term: string): boolean {
  return /\p{Script=Han}/u.test(term);
}
