// SVG of a drawn view: circles, lines and labels at viewport coordinates, with an optional legend
// and source line. Pure: the viewer passes what sigma drew; every text is XML-escaped, no script.
import { escapeXmlAttribute, escapeXmlText } from './xml.js';

export interface SvgNode {
  x: number;
  y: number;
  /** Radius in pixels. */
  size: number;
  color: string;
  /** Drawn beside the node when present. */
  label?: string | null;
}

export interface SvgEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  /** Stroke width in pixels. */
  size: number;
}

export interface SvgLegendRow {
  color: string;
  label: string;
  count?: number;
}

export interface SvgDrawing {
  width: number;
  height: number;
  nodes: readonly SvgNode[];
  edges: readonly SvgEdge[];
  legend?: { title: string; rows: readonly SvgLegendRow[] };
  /** A line at the bottom left, e.g. where the data comes from. */
  source?: string;
  title?: string;
}

export interface SvgOptions {
  background: string;
  fontFamily: string;
  labelSize: number;
  labelColor: string;
}

export const DEFAULT_SVG_OPTIONS: Readonly<SvgOptions> = Object.freeze({
  background: '#ffffff',
  fontFamily: '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
  labelSize: 13,
  labelColor: '#1f2430',
});

const FALLBACK_COLOR = '#999999';

/** Colours go into attributes: only plain hex, rgb(a) and names pass; anything else gets the fallback. */
function safeColor(value: string): string {
  const color = value.trim();
  return /^#[0-9a-f]{3,8}$/i.test(color) || /^rgba?\([\d\s.,%]+\)$/i.test(color) || /^[a-z]{3,20}$/i.test(color) ? color : FALLBACK_COLOR;
}

/** Numbers with two decimals at most; non-finite values become 0 so the file stays valid. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}

export function exportSvg(drawing: SvgDrawing, options: Partial<SvgOptions> = {}): string {
  const { background, fontFamily, labelSize, labelColor } = { ...DEFAULT_SVG_OPTIONS, ...options };
  const width = Math.max(1, Math.round(Number.isFinite(drawing.width) ? drawing.width : 1));
  const height = Math.max(1, Math.round(Number.isFinite(drawing.height) ? drawing.height : 1));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" ` +
      `font-family="${escapeXmlAttribute(fontFamily)}">`,
  ];
  if (drawing.title) out.push(`<title>${escapeXmlText(drawing.title)}</title>`);
  out.push(`<rect width="100%" height="100%" fill="${escapeXmlAttribute(safeColor(background))}"/>`);

  out.push('<g class="edges" stroke-linecap="round">');
  for (const edge of drawing.edges) {
    out.push(
      `<line x1="${num(edge.x1)}" y1="${num(edge.y1)}" x2="${num(edge.x2)}" y2="${num(edge.y2)}" ` +
        `stroke="${escapeXmlAttribute(safeColor(edge.color))}" stroke-width="${num(Math.max(0.1, edge.size))}"/>`,
    );
  }
  out.push('</g>', '<g class="nodes">');
  for (const node of drawing.nodes) {
    out.push(
      `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(Math.max(0.5, node.size))}" fill="${escapeXmlAttribute(safeColor(node.color))}"/>`,
    );
  }
  out.push('</g>', `<g class="labels" font-size="${num(labelSize)}" fill="${escapeXmlAttribute(safeColor(labelColor))}">`);
  for (const node of drawing.nodes) {
    if (!node.label) continue;
    out.push(`<text x="${num(node.x + node.size + 3)}" y="${num(node.y + labelSize / 3)}">${escapeXmlText(node.label)}</text>`);
  }
  out.push('</g>');

  if (drawing.legend && drawing.legend.rows.length > 0) out.push(legendSvg(drawing.legend));
  if (drawing.source) {
    out.push(`<text x="12" y="${num(height - 12)}" font-size="11" fill="#6b7280">${escapeXmlText(drawing.source)}</text>`);
  }
  out.push('</svg>', '');
  return out.join('\n');
}

/** Full-width characters (CJK, kana, Hangul, full-width forms): about one em wide. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * The width of a line of text, estimated without a font: a Chinese character takes an em, a Latin
 * one about 0.62 (a count of characters times 8 px left Chinese rows running out of the box).
 */
function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += isWide(char.codePointAt(0)!) ? fontSize : fontSize * 0.62;
  return width;
}

const LEGEND_MAX_WIDTH = 360;

function legendSvg(legend: NonNullable<SvgDrawing['legend']>): string {
  const rowHeight = 18;
  const boxHeight = 30 + legend.rows.length * rowHeight;
  const rowText = (row: SvgLegendRow) => row.label + (row.count === undefined ? '' : `  ${row.count}`);
  const widest = Math.max(
    10 + estimateTextWidth(legend.title, 12) * 1.05,
    ...legend.rows.map((row) => 28 + estimateTextWidth(rowText(row), 12)),
  );
  const boxWidth = Math.min(LEGEND_MAX_WIDTH, Math.ceil(widest + 12));
  const out = [
    '<g class="legend" transform="translate(12 12)">',
    `<rect width="${boxWidth}" height="${boxHeight}" rx="6" fill="#ffffff" fill-opacity="0.92" stroke="#e3e6eb"/>`,
    `<text x="10" y="18" font-size="12" font-weight="600" fill="#1f2430">${escapeXmlText(legend.title)}</text>`,
  ];
  legend.rows.forEach((row, index) => {
    const y = 34 + index * rowHeight;
    out.push(`<circle cx="16" cy="${y - 4}" r="5" fill="${escapeXmlAttribute(safeColor(row.color))}"/>`);
    out.push(`<text x="28" y="${y}" font-size="12" fill="#1f2430">${escapeXmlText(rowText(row))}</text>`);
  });
  out.push('</g>');
  return out.join('\n');
}
