// Name search for the viewer: a MiniSearch index with Chinese segmentation and bigrams.
export { createSearchIndex, DEFAULT_SEARCH_LIMIT, type SearchEntry, type SearchIndex } from './create-search-index.js';
export { computeSearchEntries } from './compute-search-entries.js';
export { tokenizeForIndex, tokenizeForQuery, normalizeText } from './tokenize.js';
