// A numeric attribute's scale, linear or log: where a value sits on it (for histograms, sizes, gradients, sliders).

/** Positive values over three orders of magnitude or more are binned, sized and coloured on a log scale. */
const LOG_SPAN = 1000;

/** The scale numbers from min to max are read on. */
export function scaleOf(min: number, max: number): 'linear' | 'log' {
  return min > 0 && max / min >= LOG_SPAN ? 'log' : 'linear';
}

/**
 * The bin of `value` in a numeric profile's histogram of `bins` bins (its scale's equal widths), -1 for a value
 * that is not a finite number (or not positive on a log scale).
 */
export function binOf(profile: { min: number; max: number; scale: 'linear' | 'log' }, value: number, bins: number): number {
  const at = positionOf(profile, value);
  return Number.isNaN(at) ? -1 : Math.min(bins - 1, Math.max(0, Math.floor(at * bins)));
}

/** Where `value` sits from min (0) to max (1) on the profile's scale; NaN for a value it cannot place. */
export function positionOf(profile: { min: number; max: number; scale: 'linear' | 'log' }, value: number): number {
  if (!Number.isFinite(value)) return NaN;
  if (profile.scale === 'log') {
    if (value <= 0) return NaN;
    return (Math.log(value) - Math.log(profile.min)) / (Math.log(profile.max) - Math.log(profile.min));
  }
  return (value - profile.min) / (profile.max - profile.min);
}

/** The value at a position from 0 (min) to 1 (max) on the profile's scale: positionOf's inverse. */
export function valueAt(profile: { min: number; max: number; scale: 'linear' | 'log' }, position: number): number {
  if (profile.scale === 'log') return Math.exp(Math.log(profile.min) + position * (Math.log(profile.max) - Math.log(profile.min)));
  return profile.min + position * (profile.max - profile.min);
}
