// Name search over names (zh, en) and aliases. Entries are numbered by rank (weight descending, then input
// order), so every list of entry numbers is already best first and a search stops once it has enough:
// exact names, then names starting with the query, then names holding every query term; if none, the most terms.
import { computeAllTermsHits, computeAnyTermHits, computeTermMatches } from './match-terms.js';
import { computeNameHits } from './match-names.js';
import { computeTermIndex } from './term-index.js';
import { normalizeText, parseQuery } from './tokenize.js';
import { DEFAULT_SEARCH_LIMIT, type SearchEntry, type SearchIndex } from './types.js';

function weightOf(entry: SearchEntry): number {
  return typeof entry.weight === 'number' && !Number.isNaN(entry.weight) ? entry.weight : 0;
}

export function createSearchIndex(entries: Iterable<SearchEntry>): SearchIndex {
  const unique: SearchEntry[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    if (seen.has(entry.id)) continue;
    seen.add(entry.id);
    unique.push(entry);
  }
  const weights = unique.map(weightOf);
  const byRank = unique.map((_, i) => i).sort((a, b) => weights[b] - weights[a] || a - b);
  const ids = byRank.map((i) => unique[i].id);
  const termIndex = computeTermIndex(byRank.map((i) => unique[i]));

  return {
    size: ids.length,
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const wanted = normalizeText(query);
      const terms = parseQuery(wanted);
      const max = Math.floor(limit);
      if (!(max > 0) || (terms.exact.length === 0 && terms.prefix === undefined)) return [];
      const names = computeNameHits(termIndex, wanted, max);
      const hits = [...names.exact, ...names.prefix].slice(0, max);
      if (hits.length < max) {
        const matches = computeTermMatches(termIndex, terms);
        hits.push(...computeAllTermsHits(termIndex, matches, new Set(hits), max - hits.length));
        if (hits.length === 0) hits.push(...computeAnyTermHits(termIndex, matches, max));
      }
      return hits.map((rank) => ids[rank]);
    },
  };
}
