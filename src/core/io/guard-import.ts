// The promise of every importer: a result, never an exception. Known problems are typed errors
// already; this turns anything unforeseen (a parser bug, a stack overflow on absurd nesting) into one.
import type { ImportResult } from './types.js';

export function guardImport(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    const reason =
      error instanceof RangeError ? 'it is nested too deeply or too large' : error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'malformed', message: `the file could not be read: ${reason}` } };
  }
}
