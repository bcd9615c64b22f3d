// The colours the viewer paints with, and the shape of a colour mode's legend entries (see appearance.ts).

export const NONE_COLOR = '#b8bcc4';
export const FADED_COLOR = '#e6e8ec';

/** Okabe–Ito, then Tableau 20's distinct hues: facet values get these in order, the last is kept for "other". */
export const PALETTE = [
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

/** A sequential scale for numbers (viridis' stops, dark to light), readable on white from its second stop. */
export const GRADIENT = ['#440154', '#414487', '#2a788e', '#22a884', '#7ad151', '#fde725'];

export interface ColorEntry {
  /** A kind, a facet value id, an attribute value, or '' for nodes without one. */
  key: string;
  nameZh: string;
  nameEn: string;
  color: string;
}

export const NONE_ENTRY: ColorEntry = { key: '', nameZh: '无', nameEn: 'None', color: NONE_COLOR };
export const OTHER_ENTRY: ColorEntry = { key: '*', nameZh: '其他', nameEn: 'Other', color: '#7a8597' };

/** A colour mode's legend entries and how a node finds its entry. */
export interface Entries {
  entries: ColorEntry[];
  entryFor: (attributes: Record<string, unknown>) => ColorEntry;
  /** The node's own colour, when the mode draws each node in it (a file's colours, a gradient). */
  ownColor?: (attributes: Record<string, unknown>) => string | undefined;
  /** The legend keeps the entries' order (a gradient's steps, low to high) instead of sorting by count. */
  ordered?: boolean;
}
