// Name search for the viewer: our own small index of names, Han characters and bigrams, and words.
export { createSearchIndex } from './create-search-index.js';
export { DEFAULT_SEARCH_LIMIT, type SearchEntry, type SearchIndex } from './types.js';
export { computeSearchEntries } from './compute-search-entries.js';
export { tokenizeForIndex, tokenizeForQuery, normalizeText } from './tokenize.js';
