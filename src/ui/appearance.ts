// Node colours per colour mode (kind, or a node's first modality or track) and the legend's entries.
import type Graph from 'graphology';
import type { Bundle, FacetValue } from '../core/bundle/index.js';
import type { ColorMode } from '../core/view-state/index.js';

export const NONE_COLOR = '#b8bcc4';
export const FADED_COLOR = '#e6e8ec';
export const EDGE_COLOR = '#cfd4dc';
export const EDGE_FOCUS_COLOR = '#7b8494';
export const EDITORIAL_EDGE_COLOR = '#e8a33d';

/** Okabe–Ito, then Tableau 20's distinct hues: facet values get these in order, the last is kept for "other". */
const PALETTE = [
  '#0072b2',
  '#e69f00',
  '#009e73',
  '#d55e00',
  '#cc79a7',
  '#56b4e9',
  '#7f63b8',
  '#8c564b',
  '#17becf',
  '#bcbd22',
  '#1f77b4',
  '#ff7f0e',
  '#2ca02c',
  '#d62728',
  '#9467bd',
  '#e377c2',
  '#393b79',
  '#aec7e8',
  '#ffbb78',
  '#98df8a',
];

/** A colour from data, if it is a plain CSS colour (hex, rgb(a) or a name); else the fallback. */
export function safeColor(value: unknown, fallback = NONE_COLOR): string {
  if (typeof value !== 'string') return fallback;
  const color = value.trim();
  return /^#[0-9a-f]{3,8}$/i.test(color) || /^rgba?\([\d\s.,%]+\)$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : fallback;
}

export interface ColorEntry {
  /** A kind, a facet value id, or '' for nodes without one. */
  key: string;
  nameZh: string;
  nameEn: string;
  color: string;
}

export interface Coloring {
  colorOf: Map<string, string>;
  /** Key of each node's colour. */
  keyOf: Map<string, string>;
  entries: ColorEntry[];
}

const NONE_ENTRY: ColorEntry = { key: '', nameZh: '无', nameEn: 'None', color: NONE_COLOR };
const OTHER_ENTRY: ColorEntry = { key: '*', nameZh: '其他', nameEn: 'Other', color: '#7a8597' };

export function computeColoring(graph: Graph, bundle: Bundle, mode: ColorMode): Coloring {
  const colorOf = new Map<string, string>();
  const keyOf = new Map<string, string>();
  let entries: ColorEntry[];
  if (mode === 'kind') {
    entries = bundle.kinds.map((kind) => ({ key: kind.kind, nameZh: kind.zh, nameEn: kind.en, color: safeColor(kind.color) }));
    const byKind = new Map(entries.map((entry) => [entry.key, entry]));
    graph.forEachNode((node, attributes) => {
      const entry = byKind.get(attributes.kind) ?? NONE_ENTRY;
      colorOf.set(node, entry.color);
      keyOf.set(node, entry === NONE_ENTRY ? '' : entry.key);
    });
  } else {
    // Values ranked by how many nodes have them: the commonest get the distinct colours, and each
    // node takes its commonest value (with parents included, that is its broadest track), so
    // colours mean groups rather than one colour per leaf repeated around the palette.
    const facet = mode === 'modality' ? 'modalities' : 'tracks';
    const values: FacetValue[] = bundle.facets[facet];
    const members = new Map<string, number>(values.map((value) => [value.id, 0]));
    graph.forEachNode((_node, attributes) => {
      for (const value of attributes[facet] as string[]) if (members.has(value)) members.set(value, members.get(value)! + 1);
    });
    const ranked = [...values].sort((a, b) => members.get(b.id)! - members.get(a.id)!);
    const rank = new Map(ranked.map((value, index) => [value.id, index]));
    entries = ranked
      .slice(0, PALETTE.length - 1)
      .map((value, index) => ({ key: value.id, nameZh: value.nameZh, nameEn: value.nameEn, color: PALETTE[index] }));
    if (ranked.length > PALETTE.length - 1) entries.push(OTHER_ENTRY);
    const byId = new Map(entries.map((entry) => [entry.key, entry]));
    graph.forEachNode((node, attributes) => {
      let best: string | undefined;
      for (const value of attributes[facet] as string[])
        if (rank.has(value) && (best === undefined || rank.get(value)! < rank.get(best)!)) best = value;
      const entry = best === undefined ? NONE_ENTRY : (byId.get(best) ?? OTHER_ENTRY);
      colorOf.set(node, entry.color);
      keyOf.set(node, entry.key);
    });
  }
  return { colorOf, keyOf, entries: [...entries, NONE_ENTRY] };
}

export interface LegendRow extends ColorEntry {
  count: number;
}

/** Legend rows with the number of visible nodes of each colour, most first; empty ones left out. */
export function computeLegend(coloring: Coloring, visible: ReadonlySet<string>): LegendRow[] {
  const counts = new Map<string, number>();
  visible.forEach((node) => {
    const key = coloring.keyOf.get(node) ?? '';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return coloring.entries
    .map((entry) => ({ ...entry, count: counts.get(entry.key) ?? 0 }))
    .filter((row) => row.count > 0)
    .sort((a, b) => tail(a) - tail(b) || b.count - a.count);
}

/** "Other" and "none" stay at the end of the legend. */
function tail(row: ColorEntry): number {
  return row.key === '' ? 2 : row.key === '*' ? 1 : 0;
}
