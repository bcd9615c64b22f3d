// Quote checking: a citation's quote must occur in its source text. Both sides are normalised
// so that Markdown emphasis, HTML tags, width variants and spacing do not count as differences.

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&nbsp;': ' ' };

export function normalizeForQuote(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/<[^<>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/[*`#\s\u200b]/g, '')
    .toLowerCase();
}

/** Checks many quotes against one text; remembers the answers since quotes repeat. */
export class QuoteIndex {
  private readonly normalized: string;
  private readonly seen = new Map<string, boolean>();

  constructor(text: string) {
    this.normalized = normalizeForQuote(text);
  }

  contains(quote: string): boolean {
    let found = this.seen.get(quote);
    if (found === undefined) {
      const needle = normalizeForQuote(quote);
      found = needle.length > 0 && this.normalized.includes(needle);
      this.seen.set(quote, found);
    }
    return found;
  }
}
