// Warns about relations whose evidence does not say them: no citation whose quote names both ends (by a name or
// an alias; for the structural types, the section heading may name an end), unless the relation is editorial or
// its `evidence: { note }` says how the cited text states it without the names.
import { computeCitedNames, namesOneOf } from './evidence-names.js';
import type { RelationType } from './kinds.js';
import { clip } from './problems.js';
import { normalizeForQuote } from './quote.js';
import type { EntityList, RelationList } from './record-table.js';
import { relationLabel } from './relation-label.js';
import { isRowCitation, type QuoteCitation } from './schema.js';
import type { WarningList } from './warnings.js';

/**
 * Types whose evidence is often the place of a listing: a product under a track's heading, a track under its
 * modality's. For these the section heading of a citation counts as naming an end.
 */
export const STRUCTURAL_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['in_track', 'in_modality', 'part_of', 'targets_market']);

/** Checks the relations numbered `kept` (their ends are known entities). */
export function checkEvidence(relations: RelationList, kept: readonly number[], entities: EntityList, warnings: WarningList): void {
  const names = new Map<number, string[]>();
  const namesOf = (entity: number): string[] => {
    let list = names.get(entity);
    if (list === undefined) names.set(entity, (list = computeCitedNames(entities.values[entity])));
    return list;
  };
  // Citations repeat (a table's section, a generated landscape's one quote): each text is normalised once.
  const normalized = new Map<string, string>();
  const normalize = (text: string): string => {
    let value = normalized.get(text);
    if (value === undefined) normalized.set(text, (value = normalizeForQuote(text)));
    return value;
  };
  for (const at of kept) {
    const relation = relations.values[at];
    if (relation.editorial !== undefined || relation.evidence !== undefined || relation.sources.length === 0) continue;
    const from = namesOf(relations.froms[at]);
    const to = namesOf(relations.tos[at]);
    const structural = STRUCTURAL_TYPES.has(relation.type as RelationType);
    let missing: string | undefined;
    let quoted: QuoteCitation | undefined;
    for (const citation of relation.sources) {
      // A table row states the link in its cells: the mapping that made the link from them is the evidence.
      if (isRowCitation(citation)) {
        missing = undefined;
        break;
      }
      quoted ??= citation;
      missing = missingEnd(citation, from, to, structural, relation, normalize);
      if (missing === undefined) break;
    }
    if (missing === undefined || quoted === undefined) continue;
    const shown = quoted;
    const what = missing;
    warnings.add(
      relations,
      at,
      ['sources', 0, 'quote'],
      relationLabel(relation),
      () => `evidence does not name ${what}: "${clip(shown.quote)}" (cite a passage naming both, or say how it does in evidence: { note })`,
    );
  }
}

function missingEnd(
  citation: QuoteCitation,
  from: string[],
  to: string[],
  structural: boolean,
  ends: { from: string; to: string },
  normalize: (text: string) => string,
): string | undefined {
  const quote = normalize(citation.quote);
  const section = structural ? normalize(citation.section) : '';
  const names = (list: string[]) => namesOneOf(quote, list) || (structural && namesOneOf(section, list));
  const hasFrom = names(from);
  const hasTo = names(to);
  if (hasFrom && hasTo) return undefined;
  if (!hasFrom && !hasTo) return `either end (${ends.from}, ${ends.to})`;
  return hasFrom ? `its target ${ends.to}` : `its source ${ends.from}`;
}
