// Warns about names that send a search to the wrong thing: two entities with the same name in one language
// (allowed only for a pair of different kinds linked directly, such as the company and the product DeepSeek),
// and an alias that is another entity's name or alias (with the same exception).
import { pairKey } from './pair-key.js';
import { formatPosition } from './problems.js';
import { normalizeForQuote } from './quote.js';
import type { EntityList, RelationList } from './record-table.js';
import type { WarningList } from './warnings.js';

export function checkNames(entities: EntityList, relations: RelationList, kept: readonly number[], warnings: WarningList): void {
  const linked = new Set<number>();
  for (const at of kept) linked.add(pairKey(relations.froms[at], relations.tos[at]));
  const mayShareName = (a: number, b: number) => entities.kinds[a] !== entities.kinds[b] && linked.has(pairKey(a, b));

  // Each name normalised once, for both checks.
  const names = { zh: new Array<string>(entities.values.length), en: new Array<string>(entities.values.length) };
  for (const language of ['zh', 'en'] as const) {
    const first = new Map<string, number>();
    forEachEntity(entities, (at) => {
      const name = (names[language][at] = normalizeForQuote(entities.values[at].name[language]));
      const earlier = first.get(name);
      if (earlier === undefined) first.set(name, at);
      else if (!mayShareName(earlier, at)) {
        const other = entities.values[earlier].id;
        warnings.add(
          entities,
          at,
          ['name', language],
          entities.values[at].id,
          () =>
            `has the ${language} name of ${other} at ${formatPosition(entities.locate(earlier, 'name', language))}: one thing, one id (merge them), or rename`,
        );
      }
    });
  }

  // Every name and alias, with the first entity that has it: an alias may not be another entity's name or alias.
  const owner = new Map<string, { at: number; path: PropertyKey[] }>();
  forEachEntity(entities, (at) => {
    for (const language of ['zh', 'en'] as const) {
      const key = names[language][at];
      if (!owner.has(key)) owner.set(key, { at, path: ['name', language] });
    }
  });
  forEachEntity(entities, (at) => {
    const entity = entities.values[at];
    (entity.aliases ?? []).forEach((alias, index) => {
      const key = normalizeForQuote(alias);
      const held = owner.get(key);
      if (held === undefined) owner.set(key, { at, path: ['aliases', index] });
      else if (held.at !== at && !mayShareName(held.at, at)) {
        const other = entities.values[held.at].id;
        const what = held.path[0] === 'name' ? 'name' : 'alias';
        warnings.add(
          entities,
          at,
          ['aliases', index],
          entity.id,
          () =>
            `alias "${alias}" is also the ${what} of ${other} at ${formatPosition(entities.locate(held.at, ...held.path))}: a search for it would find both`,
        );
      }
    });
  });
}

/** Calls `visit` with the number of each entity that is not a duplicate id. */
function forEachEntity(entities: EntityList, visit: (at: number) => void): void {
  for (let at = 0; at < entities.values.length; at++) if (entities.earlier[at] < 0) visit(at);
}
