// The names an entity may be cited by — its names and aliases, normalised as quotes are — and whether a text
// names it. Read by the evidence check (does a relation's quote name both ends?) and the name-clash checks.
import { normalizeForQuote } from './quote.js';
import type { EntityRecord } from './schema.js';

/** An entity's names and aliases, normalised; a name with a gloss in brackets (G端（政府）) also without it. */
export function computeCitedNames(entity: Pick<EntityRecord, 'name' | 'aliases'>): string[] {
  const names = new Set<string>();
  for (const name of [entity.name.zh, entity.name.en, ...(entity.aliases ?? [])]) {
    const normalized = normalizeForQuote(name);
    if (normalized !== '') names.add(normalized);
    const bare = normalizeForQuote(name.replace(/[(（][^()（）]*[)）]/g, ''));
    if (bare !== '') names.add(bare);
  }
  return [...names];
}

/** Whether normalised `text` contains one of the normalised `names`. */
export function namesOneOf(text: string, names: readonly string[]): boolean {
  for (const name of names) if (text.includes(name)) return true;
  return false;
}
