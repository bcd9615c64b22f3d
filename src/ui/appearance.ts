// Node colours per colour mode (kind, a node's first modality or track, or the sources citing it) and the legend's entries.
import type Graph from 'graphology';
import type { Bundle, FacetValue } from '../core/bundle/index.js';
import { parseColor } from '../core/attributes/index.js';
import { SOURCE_SET_SEPARATOR, type FilterIndex, type NodeSubset } from '../core/filters/index.js';
import type { ColorMode } from '../core/view-state/index.js';
import { chooseColorAttribute, type AttributeProfile } from '../core/attributes/index.js';
import { attributeEntries } from './attribute-coloring.js';
import { computeFileColorGroups, hasFileColors } from './file-coloring.js';
import { NONE_COLOR, NONE_ENTRY, OTHER_ENTRY, PALETTE, type ColorEntry, type Entries } from './palette.js';

export { NONE_COLOR, FADED_COLOR, type ColorEntry } from './palette.js';
export { EDGE_COLOR, EDGE_FOCUS_COLOR, EDITORIAL_EDGE_COLOR } from '../core/graph/index.js';

/** A colour from data, if it is a plain CSS colour (hex, rgb(a) or a name); else the fallback. */
export function safeColor(value: unknown, fallback = NONE_COLOR): string {
  if (typeof value !== 'string') return fallback;
  const color = value.trim();
  return /^#[0-9a-f]{3,8}$/i.test(color) || /^rgba?\([\d\s.,%]+\)$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : fallback;
}

export interface Coloring {
  colorOf: Map<string, string>;
  /** Legend entries; the last is "none". */
  entries: ColorEntry[];
  /** Each node's entry, by its number in the filter index the colouring was made for. */
  entryOf: Uint8Array;
  index: FilterIndex;
  /** The legend keeps the entries' order (a gradient's steps) rather than the commonest first. */
  ordered?: boolean;
}

/** Colours for the nodes of `graph`, numbered as in `index` (made from the same graph). */
/** What some colour modes read beyond the graph: the data's attribute profiles, the attribute chosen to colour by. */
export interface ColoringOptions {
  profiles?: readonly AttributeProfile[];
  /** The attribute colour mode `attribute` paints by (see resolveColorAttribute). */
  attribute?: string | null;
}

/** Profiles a colour can follow: values (a palette) or numbers (a gradient). */
export function isColorable(profile: AttributeProfile): boolean {
  return profile.role === 'categorical' || profile.role === 'boolean' || profile.role === 'numeric';
}

/**
 * The attribute colour mode `attribute` paints by: the chosen one when it can be coloured, else the best grouping
 * one (chooseColorAttribute), else the first that can be coloured; undefined when none can.
 */
export function resolveColorAttribute(
  profiles: readonly AttributeProfile[],
  order: number,
  chosen?: string | null,
): AttributeProfile | undefined {
  const colourable = profiles.filter(isColorable);
  const named = chosen ?? chooseColorAttribute(profiles, order);
  return colourable.find((profile) => profile.name === named) ?? colourable[0];
}

export function computeColoring(
  graph: Graph,
  index: FilterIndex,
  bundle: Bundle,
  mode: ColorMode,
  options: ColoringOptions = {},
): Coloring {
  const { entries, entryFor, ownColor, ordered } = entriesFor(graph, index, bundle, mode, options);
  const all = [...entries, NONE_ENTRY];
  const numbers = new Map(all.map((entry, number) => [entry, number]));
  const colorOf = new Map<string, string>();
  const entryOf = new Uint8Array(index.ids.length);
  let number = 0;
  graph.forEachNode((node, attributes) => {
    if (index.ids[number] !== node) throw new Error(`colouring: node ${node} is not numbered ${number} in the filter index`);
    const entry = entryFor(attributes);
    // A file's colours beyond the legend's rows stay themselves (counted under "other colours").
    colorOf.set(node, ownColor?.(attributes) ?? entry.color);
    entryOf[number++] = numbers.get(entry)!;
  });
  return { colorOf, entries: all, entryOf, index, ordered };
}

/** One colour per set of citing sources ("the report only", "Epoch only", "both"): fewer sources first, then in the sources' order. */
function sourceEntries(index: FilterIndex, bundle: Bundle): Entries {
  const order = new Map(bundle.sources.map((source, at) => [source.id, at]));
  const rank = (key: string) => key.split(SOURCE_SET_SEPARATOR).map((id) => order.get(id) ?? order.size);
  const keys = [...index.columns.sources.values].sort((a, b) => {
    const [ra, rb] = [rank(a), rank(b)];
    return ra.length - rb.length || ra.reduce((sum, at, i) => sum || at - (rb[i] ?? 0), 0);
  });
  const entries: ColorEntry[] = keys
    .slice(0, PALETTE.length - 1)
    .map((key, at) => ({ key, ...sourceSetNames(key, bundle), color: PALETTE[at] }));
  if (keys.length > PALETTE.length - 1) entries.push(OTHER_ENTRY);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    entries,
    entryFor: (attributes) => {
      const ids = attributes.sourceIds as string[] | undefined;
      if (!Array.isArray(ids) || ids.length === 0) return NONE_ENTRY;
      return byKey.get(ids.join(SOURCE_SET_SEPARATOR)) ?? OTHER_ENTRY;
    },
  };
}

/** The colour mode an opened graph starts in: its own colours, else its best attribute's palette, else kinds. */
export function chooseDefaultColorMode(graph: Graph, bundle: Pick<Bundle, 'sources'>, profiles: readonly AttributeProfile[]): ColorMode {
  if (bundle.sources.length > 0) return 'kind';
  if (hasFileColors(graph)) return 'file';
  return chooseColorAttribute(profiles, graph.order) === undefined ? 'kind' : 'attribute';
}

/** The colour modes that mean something for this data (a mode in use stays offered). */
export function computeColorModes(
  graph: Graph,
  bundle: Pick<Bundle, 'sources' | 'facets'>,
  profiles: readonly AttributeProfile[],
): ColorMode[] {
  const imported = bundle.sources.length === 0;
  return (['kind', 'modality', 'track', 'source', 'file', 'attribute', 'community'] as const).filter((mode) => {
    if (mode === 'modality') return bundle.facets.modalities.length > 0;
    if (mode === 'track') return bundle.facets.tracks.length > 0;
    if (mode === 'source') return bundle.sources.length > 1;
    if (mode === 'file') return imported && hasFileColors(graph);
    if (mode === 'attribute') return profiles.some(isColorable);
    return true;
  });
}

/** A set of citing sources by name: "艾瑞咨询 + Epoch AI"; one source alone is "only" that one. */
export function sourceSetNames(key: string, bundle: Pick<Bundle, 'sources'>): { nameZh: string; nameEn: string } {
  const names = key.split(SOURCE_SET_SEPARATOR).map((id) => {
    const source = bundle.sources.find((candidate) => candidate.id === id);
    const publisher = source?.publisher ?? source?.title;
    return { zh: String(publisher?.zh ?? id), en: String(publisher?.en ?? id) };
  });
  if (names.length === 1) return { nameZh: `仅${names[0].zh}`, nameEn: `${names[0].en} only` };
  return { nameZh: names.map((name) => name.zh).join(' + '), nameEn: names.map((name) => name.en).join(' + ') };
}

function entriesFor(graph: Graph, index: FilterIndex, bundle: Bundle, mode: ColorMode, options: ColoringOptions): Entries {
  const profiles = options.profiles ?? [];
  switch (mode) {
    // Communities come from the analysis worker (computeCommunityColoring); asked for them, this gives the kind colours.
    case 'kind':
    case 'community':
      return kindEntries(bundle);
    case 'source':
      return sourceEntries(index, bundle);
    case 'file':
      return fileEntries(graph, chooseColorAttribute(profiles, graph.order));
    case 'attribute':
      return attributeEntries(graph, resolveColorAttribute(profiles, graph.order, options.attribute));
    default:
      return facetEntries(graph, bundle, mode);
  }
}

/** The file's own colours, a legend row per colour (the commonest 19), named by the attribute its nodes share. */
function fileEntries(graph: Graph, grouping: string | undefined): Entries {
  const groups = computeFileColorGroups(graph, grouping);
  const entries: ColorEntry[] = groups
    .slice(0, PALETTE.length - 1)
    .map((group) => ({ key: group.key, nameZh: group.name, nameEn: group.name, color: group.color }));
  if (groups.length > PALETTE.length - 1) entries.push({ ...OTHER_ENTRY, nameZh: '其他颜色', nameEn: 'Other colours' });
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    entries,
    entryFor: (attributes) => {
      const color = parseColor(attributes.color);
      return color === undefined ? NONE_ENTRY : (byKey.get(color) ?? entries[entries.length - 1]);
    },
    ownColor: (attributes) => parseColor(attributes.color),
  };
}

function kindEntries(bundle: Bundle): Entries {
  const entries = bundle.kinds.map((kind) => ({ key: kind.kind, nameZh: kind.zh, nameEn: kind.en, color: safeColor(kind.color) }));
  const byKind = new Map<string, ColorEntry>(entries.map((entry) => [entry.key, entry]));
  return { entries, entryFor: (attributes) => byKind.get(attributes.kind as string) ?? NONE_ENTRY };
}

/**
 * Values ranked by how many nodes have them: the commonest get the distinct colours, and each node
 * takes its commonest value (with parents included, that is its broadest track), so colours mean
 * groups rather than one colour per leaf repeated around the palette.
 */
function facetEntries(graph: Graph, bundle: Bundle, mode: 'modality' | 'track'): Entries {
  const facet = mode === 'modality' ? 'modalities' : 'tracks';
  const values: FacetValue[] = bundle.facets[facet];
  const members = new Map<string, number>(values.map((value) => [value.id, 0]));
  graph.forEachNode((_node, attributes) => {
    for (const value of attributes[facet] as string[]) if (members.has(value)) members.set(value, members.get(value)! + 1);
  });
  const ranked = [...values].sort((a, b) => members.get(b.id)! - members.get(a.id)!);
  const rank = new Map(ranked.map((value, index) => [value.id, index]));
  const entries = ranked
    .slice(0, PALETTE.length - 1)
    .map((value, index) => ({ key: value.id, nameZh: value.nameZh, nameEn: value.nameEn, color: PALETTE[index] }));
  if (ranked.length > PALETTE.length - 1) entries.push(OTHER_ENTRY);
  const byId = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    entries,
    entryFor: (attributes) => {
      let best: string | undefined;
      for (const value of attributes[facet] as string[])
        if (rank.has(value) && (best === undefined || rank.get(value)! < rank.get(best)!)) best = value;
      return best === undefined ? NONE_ENTRY : (byId.get(best) ?? OTHER_ENTRY);
    },
  };
}

/** A community as the worker numbers it (0 the largest), with its best-connected members first. */
export interface CommunityColoringInput {
  /** Each node's community by its number in `index`, -1 for none (outside the view). */
  of: Int32Array;
  communities: readonly { index: number; size: number; leaders: readonly string[] }[];
  index: FilterIndex;
}

/**
 * Colours by community: the largest ones get the palette's colours and are named by their leading members
 * (豆包、DeepSeek…); the rest share "other". Legend counts are of members, so they add up to the view.
 */
export function computeCommunityColoring(graph: Graph, input: CommunityColoringInput): Coloring {
  const { of, communities, index } = input;
  const named = communities.slice(0, PALETTE.length - 1).map((community, at): ColorEntry => {
    const names = community.leaders.map((id) => {
      const attributes = graph.hasNode(id) ? graph.getNodeAttributes(id) : {};
      return { zh: String(attributes.nameZh ?? id), en: String(attributes.nameEn ?? attributes.nameZh ?? id) };
    });
    const more = community.size > names.length;
    return {
      key: `community:${community.index}`,
      nameZh: names.map((name) => name.zh).join('、') + (more ? '等' : ''),
      nameEn: names.map((name) => name.en).join(', ') + (more ? '…' : ''),
      color: PALETTE[at],
    };
  });
  const all = [...named, ...(communities.length > named.length ? [OTHER_ENTRY] : []), NONE_ENTRY];
  const other = named.length < communities.length ? named.length : -1;
  const none = all.length - 1;
  const entryOf = new Uint8Array(index.ids.length);
  const colorOf = new Map<string, string>();
  for (let node = 0; node < index.ids.length; node++) {
    const community = of[node];
    const entry = community < 0 ? none : community < named.length ? community : other;
    entryOf[node] = entry;
    colorOf.set(index.ids[node], all[entry].color);
  }
  return { colorOf, entries: all, entryOf, index };
}

export interface LegendRow extends ColorEntry {
  count: number;
}

/** Legend rows with the number of visible nodes of each colour, most first; empty ones left out. */
export function computeLegend(coloring: Coloring, visible: NodeSubset): LegendRow[] {
  if (visible.index !== coloring.index) throw new Error('legend: the visible nodes and the colouring number nodes differently');
  const counts = new Int32Array(coloring.entries.length);
  const { mask } = visible;
  const { entryOf } = coloring;
  for (let node = 0; node < mask.length; node++) counts[entryOf[node]] += mask[node];
  return coloring.entries
    .map((entry, number) => ({ ...entry, count: counts[number] }))
    .filter((row) => row.count > 0)
    .sort((a, b) => tail(a) - tail(b) || (coloring.ordered ? 0 : b.count - a.count));
}

/** "Other" and "none" stay at the end of the legend. */
function tail(row: ColorEntry): number {
  return row.key === '' ? 2 : row.key === '*' ? 1 : 0;
}
