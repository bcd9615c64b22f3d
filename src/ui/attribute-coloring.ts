// Colour by one of the graph's own attributes: a palette over a categorical one's values (commonest first, "other"
// beyond 19), or a gradient over a numeric one (on its linear or log scale), with five legend rows of equal steps.
import type Graph from 'graphology';
import { positionOf, valueAt, type AttributeProfile } from '../core/attributes/index.js';
import { valueOf } from './file-coloring.js';
import { GRADIENT, NONE_ENTRY, OTHER_ENTRY, PALETTE, type ColorEntry, type Entries } from './palette.js';

/** Legend rows of a gradient: equal steps of its scale. */
const GRADIENT_STEPS = 5;

export function attributeEntries(graph: Graph, profile: AttributeProfile | undefined): Entries {
  if (profile?.role === 'numeric') return gradientEntries(profile);
  const name = profile?.name;
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) => {
    const value = valueOf(attributes, name);
    if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([value]) => value);
  const entries: ColorEntry[] = ranked
    .slice(0, PALETTE.length - 1)
    .map((value, at) => ({ key: value, nameZh: `${name} ${value}`, nameEn: `${name} ${value}`, color: PALETTE[at] }));
  if (ranked.length > PALETTE.length - 1) entries.push(OTHER_ENTRY);
  const byKey = new Map(entries.map((entry) => [entry.key, entry]));
  return {
    entries,
    entryFor: (attributes) => {
      const value = valueOf(attributes, name);
      return value === undefined ? NONE_ENTRY : (byKey.get(value) ?? OTHER_ENTRY);
    },
  };
}

type NumericProfile = Extract<AttributeProfile, { role: 'numeric' }>;

/** Each node in its own colour along the gradient; the legend's rows are its equal steps, named by their ranges. */
function gradientEntries(profile: NumericProfile): Entries {
  const entries: ColorEntry[] = Array.from({ length: GRADIENT_STEPS }, (_, step) => {
    const from = formatAttributeNumber(valueAt(profile, step / GRADIENT_STEPS));
    const to = formatAttributeNumber(valueAt(profile, (step + 1) / GRADIENT_STEPS));
    const range = `${profile.name} ${from} – ${to}`;
    return { key: `step:${step}`, nameZh: range, nameEn: range, color: colorAt((step + 0.5) / GRADIENT_STEPS) };
  });
  const positionFor = (attributes: Record<string, unknown>) => {
    const raw = attributes[profile.name];
    return raw === undefined || raw === null || raw === '' ? NaN : positionOf(profile, Number(raw));
  };
  return {
    entries,
    ordered: true,
    entryFor: (attributes) => {
      const at = positionFor(attributes);
      return Number.isNaN(at) ? NONE_ENTRY : entries[Math.min(GRADIENT_STEPS - 1, Math.max(0, Math.floor(at * GRADIENT_STEPS)))];
    },
    ownColor: (attributes) => {
      const at = positionFor(attributes);
      return Number.isNaN(at) ? undefined : gradientStep(at);
    },
  };
}

/** The gradient's colour at 0..1, interpolated between its stops. */
export function colorAt(position: number): string {
  const scaled = position * (GRADIENT.length - 1);
  const low = Math.min(GRADIENT.length - 2, Math.floor(scaled));
  const mix = scaled - low;
  const [a, b] = [GRADIENT[low], GRADIENT[low + 1]].map((hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16)));
  return `#${a
    .map((channel, at) =>
      Math.round(channel + (b[at] - channel) * mix)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** The gradient in 256 steps, made once: a node's colour is a look-up (100k nodes recolour in one pass). */
let steps: string[] | undefined;
function gradientStep(position: number): string {
  steps ??= Array.from({ length: 256 }, (_, at) => colorAt(at / 255));
  return steps[Math.round(Math.min(1, Math.max(0, position)) * 255)];
}

/** A number for a legend or a range label: three significant digits, an exponent when very large or small. */
export function formatAttributeNumber(value: number): string {
  if (value === 0) return '0';
  const magnitude = Math.abs(value);
  if (magnitude >= 1e6 || magnitude < 1e-3)
    return value
      .toExponential(2)
      .replace(/\.?0+e/, 'e')
      .replace('e+', 'e');
  return String(Number(value.toPrecision(3)));
}
