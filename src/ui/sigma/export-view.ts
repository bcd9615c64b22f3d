// Pictures of what is on screen: a PNG through @sigma/export-image at a scale, with the legend and a
// source line drawn in, and the drawing (viewport positions, colours, sizes, labels) for the SVG writer.
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import type { SvgDrawing, SvgEdge, SvgNode } from '../../core/io/index.js';
import { LABEL_FONT } from './settings.js';
import type { PictureDecor, PngOptions } from './types.js';

/** The size a PNG at `scale` will have, in pixels. */
export function computePngSize(sigma: Sigma, scale: number): { width: number; height: number } {
  const { width, height } = sigma.getDimensions();
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

export async function exportPng(sigma: Sigma, options: PngOptions): Promise<Blob> {
  const { scale } = options;
  const { width, height } = computePngSize(sigma, scale);
  const settings = sigma.getSettings();
  // A larger viewport keeps the same framing; sizes, labels and padding grow with it.
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  const scaled: Partial<Settings> = {
    labelSize: settings.labelSize * scale,
    labelGridCellSize: settings.labelGridCellSize * scale,
    stagePadding: settings.stagePadding * scale,
    nodeReducer: (node, data) => {
      const out = nodeReducer ? nodeReducer(node, data) : data;
      return { ...out, size: (out.size ?? 1) * scale };
    },
    edgeReducer: (edge, data) => {
      const out = edgeReducer ? edgeReducer(edge, data) : data;
      return { ...out, size: (out.size ?? 1) * scale };
    },
  };
  const drawn = await drawOnCanvas(sigma, { width, height, backgroundColor: options.background ?? '#ffffff', sigmaSettings: scaled });
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.fillStyle = options.background ?? '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(drawn, 0, 0, width, height);
  drawDecor(context, options, scale, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}

function drawDecor(context: CanvasRenderingContext2D, { legend, source }: PictureDecor, scale: number, height: number): void {
  const font = (size: number, weight = '400') => `${weight} ${size * scale}px ${LABEL_FONT}`;
  const rowHeight = 18 * scale;
  const pad = 10 * scale;
  context.font = font(12);
  const widths = legend.rows.map((row) => context.measureText(`${row.label}  ${row.count ?? ''}`).width);
  context.font = font(12, '600');
  const boxWidth = Math.max(context.measureText(legend.title).width, ...widths) + 40 * scale;
  const boxHeight = 26 * scale + legend.rows.length * rowHeight;
  const left = 12 * scale;
  const top = 12 * scale;
  context.fillStyle = 'rgba(255,255,255,0.92)';
  context.strokeStyle = '#e3e6eb';
  context.lineWidth = scale;
  context.beginPath();
  context.rect(left, top, boxWidth, boxHeight);
  context.fill();
  context.stroke();
  context.textBaseline = 'middle';
  context.fillStyle = '#1f2430';
  context.fillText(legend.title, left + pad, top + 13 * scale);
  legend.rows.forEach((row, index) => {
    const y = top + 26 * scale + index * rowHeight + rowHeight / 2;
    context.fillStyle = row.color;
    context.beginPath();
    context.arc(left + pad + 5 * scale, y, 5 * scale, 0, Math.PI * 2);
    context.fill();
    context.font = font(12);
    context.fillStyle = '#1f2430';
    const label = row.count === undefined ? row.label : `${row.label}  ${row.count}`;
    context.fillText(label, left + pad + 16 * scale, y);
  });
  context.font = font(11);
  context.fillStyle = '#6b7280';
  context.textBaseline = 'alphabetic';
  context.fillText(source, left, height - 12 * scale);
}

/** What is drawn now, in viewport pixels: visible nodes and edges, and the labels sigma shows. */
export function computeViewDrawing(sigma: Sigma, decor: PictureDecor & { title?: string }): SvgDrawing {
  const graph = sigma.getGraph();
  const { width, height } = sigma.getDimensions();
  const shownLabels = sigma.getNodeDisplayedLabels();
  const settings = sigma.getSettings();
  const at = new Map<string, SvgNode>();
  const nodes: SvgNode[] = [];
  graph.forEachNode((node, attributes) => {
    const data = sigma.getNodeDisplayData(node);
    if (!data || data.hidden) return;
    const point = sigma.graphToViewport({ x: attributes.x as number, y: attributes.y as number });
    const drawn: SvgNode = {
      x: point.x,
      y: point.y,
      size: sigma.scaleSize(data.size),
      color: data.color,
      label: shownLabels.has(node) || data.forceLabel ? data.label : null,
    };
    at.set(node, drawn);
    nodes.push(drawn);
  });
  nodes.sort((a, b) => a.size - b.size);
  const edges: SvgEdge[] = [];
  graph.forEachEdge((edge, _attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(edge);
    const from = at.get(source);
    const to = at.get(target);
    if (!data || data.hidden || !from || !to) return;
    edges.push({
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      color: data.color || String(settings.defaultEdgeColor),
      size: sigma.scaleSize(data.size),
    });
  });
  return { width, height, nodes, edges, legend: decor.legend, source: decor.source, title: decor.title };
}
