// Search over names (zh, en) and aliases: MiniSearch with the Chinese-aware tokenizers, fuzzy for
// longer Latin words, prefix for all; exact and prefix name matches rank first.
import MiniSearch from 'minisearch';
import { isHan, normalizeText, tokenizeForIndex, tokenizeForQuery } from './tokenize.js';

export interface SearchEntry {
  id: string;
  nameZh: string;
  nameEn: string;
  aliases: readonly string[];
  /** Breaks ties between equal matches: better-connected nodes first (usually the degree). */
  weight?: number;
}

export interface SearchIndex {
  /** Ids of the best matches, best first; none for an empty query. */
  search(query: string, limit?: number): string[];
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;

interface Stored {
  nameZh: string;
  nameEn: string;
  aliases: string;
  weight: number;
}

const ALIAS_SEPARATOR = '\u001f';

export function createSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const mini = new MiniSearch<SearchEntry>({
    fields: ['nameZh', 'nameEn', 'aliases'],
    storeFields: ['nameZh', 'nameEn', 'aliases', 'weight'],
    extractField: (entry, field) => {
      const value = entry[field as keyof SearchEntry];
      if (field === 'aliases') return ((value as readonly string[] | undefined) ?? []).join(ALIAS_SEPARATOR);
      return value;
    },
    tokenize: (text) => tokenizeForIndex(text),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: (text) => tokenizeForQuery(text),
      processTerm: (term) => term,
      boost: { nameZh: 3, nameEn: 3, aliases: 2 },
      // Only the last query term can be a word still being typed: prefix-expanding every term multiplies
      // the work (助手 alone matches most products of a large landscape).
      prefix: (_term: string, index: number, terms: string[]) => index === terms.length - 1,
      fuzzy: (term) => (!isHan(term) && term.length >= 4 ? 0.2 : false),
      combineWith: 'AND',
    },
  });
  const unique: SearchEntry[] = [];
  // Normalised names per id, computed once: ranking thousands of hits must not normalise them per keystroke.
  const namesOf = new Map<string, string[]>();
  for (const entry of entries) {
    if (namesOf.has(entry.id)) continue;
    const aliases = entry.aliases ?? [];
    namesOf.set(entry.id, [entry.nameZh, entry.nameEn, ...aliases].map(normalizeText));
    unique.push({ ...entry, aliases, weight: entry.weight ?? 0 });
  }
  mini.addAll(unique);

  return {
    size: unique.length,
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const wanted = normalizeText(query);
      if (wanted === '' || tokenizeForQuery(wanted).length === 0 || limit <= 0) return [];
      let results = mini.search(wanted);
      if (results.length === 0) results = mini.search(wanted, { combineWith: 'OR' });
      const ranked = results.map((result, order) => {
        const stored = result as unknown as Stored & { id: string; score: number };
        const names = namesOf.get(stored.id) ?? [];
        const tier = names.includes(wanted) ? 0 : names.some((name) => name.startsWith(wanted)) ? 1 : 2;
        return { id: stored.id, tier, score: stored.score, weight: stored.weight, order };
      });
      ranked.sort((a, b) => a.tier - b.tier || b.score - a.score || b.weight - a.weight || a.order - b.order);
      return ranked.slice(0, limit).map((hit) => hit.id);
    },
  };
}
