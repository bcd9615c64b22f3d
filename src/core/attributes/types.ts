// What a graph's own node attributes can do in the viewer: become a facet, a range filter, a toggle, a colour
// or a size — or be left out, with the reason said.

export type AttributeRole =
  /** A value per node from a small set (or several, split from a list or a separated string): facet and colour. */
  | {
      role: 'categorical';
      values: { value: string; count: number }[];
      separator?: string;
      multiValued: boolean;
      /** Whole-number classes (Gephi's modularity_class): also usable where a number is wanted. */
      numeric?: true;
    }
  /** Numbers: range filter with a histogram, size, colour gradient. */
  | {
      role: 'numeric';
      min: number;
      max: number;
      integer: boolean;
      /** Counts per bin, bins of equal width on the scale below. */
      histogram: number[];
      /** NaN and ±Infinity: counted here, outside the range. */
      invalid: number;
      /** 'log' when every value is positive and they span three orders of magnitude or more (parameters, compute). */
      scale: 'linear' | 'log';
    }
  | { role: 'boolean'; trueCount: number; falseCount: number }
  /** Not offered as a filter, and why. */
  | { role: 'left-out'; reason: 'one-value' | 'unique-per-node' | 'no-values' | 'reserved' };

export type AttributeProfile = {
  name: string;
  /** Nodes with a value for it. */
  count: number;
} & AttributeRole;

export interface ProfileOptions {
  /** Bins of a numeric attribute's histogram. */
  bins: number;
  /** A string attribute with a distinct value on every node and more than this many nodes is left out. */
  uniqueAbove: number;
  /** Whole numbers with at most this many distinct values are classes (categorical), not ranges. */
  maxClasses: number;
}

export const DEFAULT_PROFILE_OPTIONS: Readonly<ProfileOptions> = Object.freeze({ bins: 20, uniqueAbove: 20, maxClasses: 20 });
