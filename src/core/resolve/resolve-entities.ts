// Entity resolution: incoming entities (from table sources) onto the records' entities and onto each other, by kind
// and normalised names and aliases. Blocking by normalised name (hash look-ups, no all-pairs comparison); version
// tokens keep models apart; the decisions file wins; an ambiguous match is reported and left distinct.
import type { EntityKind } from '../records/kinds.js';
import type { EntityRecord, RelationRecord } from '../records/schema.js';
import { isVersionToken, nameTokens, orgCoreTokens, tokenKey } from './normalize.js';
import type { Decision } from './schema.js';
import type { Resolution, ResolutionEntry } from './types.js';

export interface IncomingForResolution {
  record: EntityRecord;
  source: string;
  row: number;
}

export interface ResolveInput {
  existing: readonly EntityRecord[];
  existingRelations: readonly RelationRecord[];
  incoming: readonly IncomingForResolution[];
  /** Relations of the incoming entities (their developers confirm a model's family). */
  incomingRelations: readonly RelationRecord[];
  decisions: readonly Decision[];
}

/** Kinds that may be the same real thing: a lab Epoch calls academic may be a company of the report. */
function groupOf(kind: EntityKind): string {
  return kind === 'company' || kind === 'organization' ? 'org' : kind;
}

/** The kind of a valid id (its prefix): every id here has passed its schema. */
function kindOf(id: string): EntityKind {
  return id.slice(0, id.indexOf(':')) as EntityKind;
}

const FAMILY_WORDS = new Set(['series', 'models', 'model', 'family', '系列', '模型', '大模型', '系列模型']);

/** The entity's names, each once: English first, then Chinese, then the aliases. */
function namesOf(record: EntityRecord): string[] {
  const names = record.name.zh === record.name.en ? [record.name.en] : [record.name.en, record.name.zh];
  if (record.aliases) for (const alias of record.aliases) if (!names.includes(alias)) names.push(alias);
  return names;
}

/** Where names lead: `group|key` → ids, and families of models by first token. */
class NameIndex {
  readonly exact = new Map<string, string | Set<string>>();
  readonly core = new Map<string, string | Set<string>>();
  readonly families = new Map<string, { id: string; prefix: string[] }[]>();
  /** The source of each incoming entity indexed (none for the records'). */
  readonly sourceOf = new Map<string, string>();

  add(record: EntityRecord, isExisting: boolean, source?: string): void {
    if (source !== undefined) this.sourceOf.set(record.id, source);
    const kind = kindOf(record.id)!;
    const group = groupOf(kind);
    for (const name of namesOf(record)) {
      const tokens = nameTokens(name);
      if (tokens.length === 0) continue;
      put(this.exact, `${group}|${tokenKey(tokens)}`, record.id);
      if (group === 'org') put(this.core, `${group}|${tokenKey(orgCoreTokens(tokens))}`, record.id);
      if (kind === 'model' && isExisting) {
        const prefix = familyPrefix(tokens);
        if (prefix !== undefined) {
          const list = this.families.get(prefix[0]) ?? [];
          if (!list.some((family) => family.id === record.id && tokenKey(family.prefix) === tokenKey(prefix)))
            list.push({ id: record.id, prefix });
          this.families.set(prefix[0], list);
        }
      }
    }
  }
}

/** Adds `id` under `key`: most keys name one entity, kept as the string itself (a set only once there are two). */
function put(map: Map<string, string | Set<string>>, key: string, id: string): void {
  const known = map.get(key);
  if (known === undefined) map.set(key, id);
  else if (typeof known === 'string') {
    if (known !== id) map.set(key, new Set([known, id]));
  } else known.add(id);
}

function idsAt(map: Map<string, string | Set<string>>, key: string): Iterable<string> | undefined {
  const known = map.get(key);
  return typeof known === 'string' ? [known] : known;
}

/** The tokens a family's members start with: a name that ends in a family word (…系列, … series), or whose last token is no version. */
function familyPrefix(tokens: readonly string[]): string[] | undefined {
  let prefix = [...tokens];
  let stripped = false;
  while (prefix.length > 1 && FAMILY_WORDS.has(prefix.at(-1)!)) {
    prefix = prefix.slice(0, -1);
    stripped = true;
  }
  const last = prefix.at(-1)!;
  for (const word of ['系列模型', '大模型', '系列', '模型']) {
    if (/\p{Script=Han}/u.test(last) && last.endsWith(word) && last.length > word.length) {
      prefix = [...prefix.slice(0, -1), last.slice(0, -word.length)];
      stripped = true;
      break;
    }
  }
  if (!stripped && isVersionToken(prefix.at(-1)!)) return undefined;
  // A one- or two-letter prefix (R系列 → r) would make every R-something a member.
  if (prefix.join('').length < 3) return undefined;
  return prefix;
}

export function resolveEntities(input: ResolveInput): Resolution {
  const resolution: Resolution = { target: new Map(), variants: [], entries: [], decisionProblems: [] };
  const existingIds = new Set(input.existing.map((record) => record.id));
  const incomingIds = new Set(input.incoming.map((item) => item.record.id));
  const decisions = new Map<string, Decision>();
  input.decisions.forEach((decision, index) => {
    if (!incomingIds.has(decision.incoming)) {
      resolution.decisionProblems.push({ index, field: 'incoming', message: `no source makes an entity ${decision.incoming}` });
      return;
    }
    const named = 'same' in decision ? [decision.same] : 'variant_of' in decision ? [decision.variant_of] : decision.distinct;
    const field = 'same' in decision ? 'same' : 'variant_of' in decision ? 'variant_of' : 'distinct';
    const unknown = named.filter((id) => !existingIds.has(id) && !incomingIds.has(id));
    if (unknown.length > 0) resolution.decisionProblems.push({ index, field, message: `${unknown.join(', ')} is not a known entity` });
    else decisions.set(decision.incoming, decision);
  });

  const existing = new NameIndex();
  for (const record of input.existing) existing.add(record, true);
  const created = new NameIndex();

  const parents = parentsOf(input.existingRelations);
  const developers = developersOf(input.existingRelations);
  const incomingDevelopers = developersOf(input.incomingRelations);

  // Organisations first: a model's developers, resolved, confirm its family.
  const order = [
    ...input.incoming.filter((item) => rank(item.record.id) === 0),
    ...input.incoming.filter((item) => rank(item.record.id) !== 0),
  ];
  for (const item of order) {
    const { record } = item;
    if (resolution.target.has(record.id)) continue; // the same id from another row or source: one entity
    const entry: ResolutionEntry = {
      incoming: record.id,
      name: record.name.en,
      source: item.source,
      row: item.row,
      outcome: 'created',
      target: record.id,
      rule: 'new',
    };
    const decision = decisions.get(record.id);
    const excluded = new Set(decision && 'distinct' in decision ? decision.distinct : []);
    if (decision && 'same' in decision) {
      Object.assign(entry, { outcome: 'merged', target: decision.same, rule: 'decision' });
    } else {
      // Entities of one source are told apart by its mapping (keys are unique): only another source's may be the same.
      const match = matchExisting(record, existing, excluded) ?? matchExisting(record, created, excluded, 'same-as-incoming', item.source);
      if (match?.ids.length === 1) Object.assign(entry, { outcome: 'merged', target: match.ids[0], rule: match.rule });
      else if (match)
        Object.assign(entry, {
          outcome: 'ambiguous',
          candidates: match.ids,
          why: `its name matches ${match.ids.length} entities (${match.rule})`,
        });
    }
    if (entry.outcome !== 'merged') {
      created.add(record, false, item.source);
      if (decision && 'variant_of' in decision) {
        entry.variantOf = decision.variant_of;
        resolution.variants.push({ from: record.id, to: decision.variant_of, note: decision.note });
      } else if (kindOf(record.id) === 'model' && entry.outcome === 'created') {
        linkFamily(record, entry, existing, excluded, resolution, { developers, incomingDevelopers, parents });
      }
    }
    resolution.target.set(record.id, entry.target);
    resolution.entries.push(entry);
  }
  return resolution;
}

function rank(id: string): number {
  return id.startsWith('company:') || id.startsWith('organization:') ? 0 : 1;
}

function matchExisting(
  record: EntityRecord,
  index: NameIndex,
  excluded: ReadonlySet<string>,
  prefix = '',
  source?: string,
): { ids: string[]; rule: string } | undefined {
  const group = groupOf(kindOf(record.id)!);
  const skip = (id: string) => excluded.has(id) || (source !== undefined && index.sourceOf.get(id) === source);
  const rule = (name: string) => (prefix ? prefix : name);
  const exact = new Set<string>();
  let how = '';
  namesOf(record).forEach((name, at) => {
    const ids = idsAt(index.exact, `${group}|${tokenKey(nameTokens(name))}`);
    if (ids === undefined) return;
    for (const id of ids) if (!skip(id)) exact.add(id);
    how ||= at < (record.name.zh === record.name.en ? 1 : 2) ? 'name' : 'alias';
  });
  if (exact.size > 0) return { ids: [...exact].sort(), rule: rule(how || 'name') };
  if (group !== 'org') return undefined;
  const core = new Set<string>();
  for (const name of namesOf(record)) {
    const ids = idsAt(index.core, `${group}|${tokenKey(orgCoreTokens(nameTokens(name)))}`);
    if (ids) for (const id of ids) if (!skip(id)) core.add(id);
  }
  return core.size > 0 ? { ids: [...core].sort(), rule: rule('name-without-suffix') } : undefined;
}

/** The parent organisations of each organisation (subsidiary_of), as the records state them. */
function parentsOf(relations: readonly RelationRecord[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const relation of relations) if (relation.type === 'subsidiary_of') addTo(map, relation.from, relation.to);
  return map;
}

function addTo(map: Map<string, Set<string>>, key: string, id: string): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([id]));
  else set.add(id);
}

/** Organisations and their parents, transitively (a model of 阿里云 is a model of 阿里巴巴 too). */
function withParents(ids: Iterable<string>, parents: Map<string, Set<string>>): Set<string> {
  const out = new Set<string>();
  const stack = [...ids];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (out.has(id)) continue;
    out.add(id);
    for (const parent of parents.get(id) ?? []) stack.push(parent);
  }
  return out;
}

function developersOf(relations: readonly RelationRecord[]): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const relation of relations) if (relation.type === 'developed_by') addTo(map, relation.from, relation.to);
  return map;
}

/** A new model whose name starts with a family's name (the longest such) is linked to it when their developers agree. */
function linkFamily(
  record: EntityRecord,
  entry: ResolutionEntry,
  index: NameIndex,
  excluded: ReadonlySet<string>,
  resolution: Resolution,
  known: { developers: Map<string, Set<string>>; incomingDevelopers: Map<string, Set<string>>; parents: Map<string, Set<string>> },
): void {
  let best: { id: string; prefix: string[] }[] = [];
  for (const name of namesOf(record)) {
    const tokens = nameTokens(name);
    for (const family of index.families.get(tokens[0]) ?? []) {
      if (excluded.has(family.id) || family.prefix.length >= tokens.length) continue;
      if (!family.prefix.every((token, at) => tokens[at] === token)) continue;
      const length = best[0]?.prefix.length ?? 0;
      if (family.prefix.length > length) best = [family];
      else if (family.prefix.length === length && !best.some((other) => other.id === family.id)) best.push(family);
    }
  }
  if (best.length === 0) return;
  const direct = [...(known.incomingDevelopers.get(record.id) ?? [])].map((id) => resolution.target.get(id) ?? id);
  const ours = withParents(direct, known.parents);
  const agreeing = best.filter((family) =>
    [...withParents(known.developers.get(family.id) ?? [], known.parents)].some((id) => ours.has(id)),
  );
  if (agreeing.length === 1) {
    const family = agreeing[0];
    entry.variantOf = family.id;
    entry.rule = 'new, variant by name and developer';
    resolution.variants.push({
      from: record.id,
      to: family.id,
      note: `Linked by entity resolution: the name "${record.name.en}" starts with the family's name and both have the same developer.`,
    });
  } else if (agreeing.length > 1 || ours.size === 0) {
    entry.outcome = 'ambiguous';
    entry.candidates = best.map((family) => family.id);
    entry.why =
      agreeing.length > 1
        ? 'its name starts with the names of several families of its developer'
        : 'its name starts with a family name but it has no developer to confirm it';
  } else {
    // GPT-J is not OpenAI's GPT: a family name shared by another developer's model is no link.
    entry.rule = `new; not part of ${best.map((family) => family.id).join(', ')} (another developer: ${direct.join(', ')})`;
  }
}
