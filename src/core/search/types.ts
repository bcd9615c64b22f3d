// Types of the name search: what is indexed (an entry per node) and what a search returns.

export interface SearchEntry {
  id: string;
  nameZh: string;
  nameEn: string;
  aliases: readonly string[];
  /** Breaks ties between equal matches: better-connected nodes first (usually the degree). */
  weight?: number;
}

export interface SearchIndex {
  /** Ids of the best matches, best first, at most `limit`; none for an empty query. */
  search(query: string, limit?: number): string[];
  readonly size: number;
}

export const DEFAULT_SEARCH_LIMIT = 20;
