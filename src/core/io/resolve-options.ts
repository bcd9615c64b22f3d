// Import options are checked once, here: a limit that is not a positive number falls back to its default.
import { DEFAULT_IMPORT_OPTIONS, type DomParserLike, type ImportLimits, type ImportOptions } from './types.js';

const LIMITS = ['maxBytes', 'maxNodes', 'maxEdges', 'maxAttributeLength', 'maxDepth'] as const satisfies readonly (keyof ImportLimits)[];

export function resolveImportOptions(options: Partial<ImportOptions> = {}): ImportOptions {
  const resolved: ImportOptions = { ...DEFAULT_IMPORT_OPTIONS };
  for (const limit of LIMITS) {
    const value = options[limit];
    if (typeof value === 'number' && value > 0 && !Number.isNaN(value)) resolved[limit] = value;
  }
  // Browsers have a DOMParser; the core is type-checked without the DOM, so it is read off globalThis.
  const GlobalParser = (globalThis as { DOMParser?: new () => DomParserLike }).DOMParser;
  const domParser = options.domParser ?? (typeof GlobalParser === 'function' ? new GlobalParser() : undefined);
  if (domParser) resolved.domParser = domParser;
  return resolved;
}
