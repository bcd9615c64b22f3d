// Size, label and link thickness from the data's own attributes: node sizes along a numeric attribute's scale
// (linear or log, as its profile says), labels from any attribute's text, link widths along a weight's scale.
import type Graph from 'graphology';
import { positionOf, type AttributeProfile } from '../core/attributes/index.js';
import type { FilterIndex } from '../core/filters/index.js';

/** Data sizes run 3..30 (the degree-based ones reach 40 only for hubs); a node without a number gets the smallest. */
const MIN_SIZE = 3;
const MAX_SIZE = 30;
/** Link widths in pixels, thinnest to thickest. */
const MIN_WIDTH = 0.5;
const MAX_WIDTH = 6;

/** Node data sizes by a numeric attribute's position on its scale; null when none is chosen or it is not numeric. */
export function computeAttributeSizes(index: FilterIndex, name: string | null): Map<string, number> | null {
  const column = name === null ? undefined : index.attributes.get(name);
  if (!column || column.kind !== 'numbers') return null;
  const sizes = new Map<string, number>();
  for (let node = 0; node < column.numbers.length; node++) {
    const at = positionOf(column.profile, column.numbers[node]);
    sizes.set(index.ids[node], Number.isNaN(at) ? MIN_SIZE : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.min(1, Math.max(0, at)));
  }
  return sizes;
}

/** Labels from an attribute's value as text (a list's items joined); nodes without a value keep their names. */
export function computeAttributeLabels(graph: Graph, name: string | null): Map<string, string> | null {
  if (name === null) return null;
  const labels = new Map<string, string>();
  graph.forEachNode((node, attributes) => {
    const value = attributes[name];
    if (value === undefined || value === null || value === '') return;
    labels.set(
      node,
      Array.isArray(value) ? value.map(String).join(', ') : typeof value === 'object' ? JSON.stringify(value) : String(value),
    );
  });
  return labels;
}

/** Link widths by a numeric link attribute; links without a number are drawn thinnest. */
export function computeEdgeWidths(graph: Graph, profiles: readonly AttributeProfile[], name: string | null): Map<string, number> | null {
  const profile = profiles.find((candidate) => candidate.name === name);
  if (!profile || profile.role !== 'numeric') return null;
  const widths = new Map<string, number>();
  graph.forEachEdge((edge, attributes) => {
    const raw = attributes[profile.name];
    const at = raw === undefined || raw === null || raw === '' ? NaN : positionOf(profile, Number(raw));
    widths.set(edge, Number.isNaN(at) ? MIN_WIDTH : MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.min(1, Math.max(0, at)));
  });
  return widths;
}
