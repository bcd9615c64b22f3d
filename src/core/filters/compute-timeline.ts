// The time axis of a filtered graph: a histogram of dated nodes per month, quarter or year (each bucket split
// into groups, e.g. by the colour mode), and the nodes new in the window, newest first. Both read the prepared
// masks, so a brush move costs one pass over the nodes' typed arrays.
import { computeVisibleNodes } from './compute-visible-nodes.js';
import type { NodeSubset } from './node-subset.js';
import { NO_DATE, type FilterIndex } from './filter-index.js';
import { indexOf, prepareFilter, TIME_BIT, type IndexOrGraph } from './prepare-filter.js';
import type { FilterState } from './types.js';

export type TimelineUnit = 'month' | 'quarter' | 'year';

export const TIMELINE_UNITS = ['month', 'quarter', 'year'] as const satisfies readonly TimelineUnit[];

const MONTHS_PER: Record<TimelineUnit, number> = { month: 1, quarter: 3, year: 12 };

export interface TimelineBucket {
  /** First and last month of the bucket (month numbers). */
  start: number;
  end: number;
  /** Nodes whose date starts in the bucket and that pass every filter but the time window. */
  total: number;
  /** The same nodes by group (as groupOf numbers them), in group order; groups without nodes left out. */
  groups: Map<number, number>;
}

export interface Timeline {
  unit: TimelineUnit;
  buckets: TimelineBucket[];
  /** Nodes counted in the buckets, and those passing the other filters but having no date. */
  dated: number;
  undated: number;
}

export interface TimelineOptions {
  /** Bucket size; 'auto' picks months up to three years, quarters up to ten, else years. */
  unit?: TimelineUnit | 'auto';
  /** Months the axis spans; by default the first and last dated node's months of the whole graph. */
  from?: number;
  until?: number;
  /** Group number (0 ≤ group < groupCount) of each node by node number, e.g. its colour entry; one group when absent. */
  groupOf?: ArrayLike<number>;
  groupCount?: number;
}

/** First and last month of any dated node in the graph, or null when none has a date. */
export function computeDateExtent(index: FilterIndex): { from: number; until: number } | null {
  const { first } = index.dates;
  let from = Infinity;
  let until = -Infinity;
  for (let node = 0; node < first.length; node++) {
    const month = first[node];
    if (month === NO_DATE) continue;
    if (month < from) from = month;
    if (month > until) until = month;
  }
  return from === Infinity ? null : { from, until };
}

export function chooseTimelineUnit(months: number): TimelineUnit {
  return months <= 36 ? 'month' : months <= 120 ? 'quarter' : 'year';
}

/** The bucket start of a month for a unit (quarters and years aligned to the calendar). */
export function bucketStart(month: number, unit: TimelineUnit): number {
  const size = MONTHS_PER[unit];
  return month - (((month % size) + size) % size);
}

export function computeTimeline(source: IndexOrGraph, filter: FilterState, options: TimelineOptions = {}): Timeline {
  const index = indexOf(source);
  const { masks } = prepareFilter(index, filter);
  const extent = computeDateExtent(index);
  const from = options.from ?? extent?.from;
  const until = options.until ?? extent?.until;
  const unit = options.unit === undefined || options.unit === 'auto' ? chooseTimelineUnit((until ?? 0) - (from ?? 0) + 1) : options.unit;
  const buckets: TimelineBucket[] = [];
  const size = MONTHS_PER[unit];
  if (from !== undefined && until !== undefined && from <= until) {
    for (let start = bucketStart(from, unit); start <= until; start += size) {
      buckets.push({ start, end: start + size - 1, total: 0, groups: new Map() });
    }
  }
  const first0 = buckets.length > 0 ? buckets[0].start : 0;
  const { first } = index.dates;
  const groupOf = options.groupOf;
  const groupCount = groupOf ? Math.max(1, options.groupCount ?? 1) : 1;
  // Counted into one flat array (bucket × group) in a pass over typed arrays, then gathered into the buckets.
  const tally = new Int32Array(buckets.length * groupCount);
  let dated = 0;
  let undated = 0;
  for (let node = 0; node < masks.length; node++) {
    const mask = masks[node];
    if (mask !== 0 && mask !== TIME_BIT) continue;
    const month = first[node];
    if (month === NO_DATE) {
      undated++;
      continue;
    }
    if (month < first0) continue;
    const bucket = Math.floor((month - first0) / size);
    if (bucket >= buckets.length) continue;
    dated++;
    tally[bucket * groupCount + (groupOf ? groupOf[node] : 0)]++;
  }
  buckets.forEach((bucket, at) => {
    for (let group = 0; group < groupCount; group++) {
      const count = tally[at * groupCount + group];
      if (count === 0) continue;
      bucket.total += count;
      bucket.groups.set(group, count);
    }
  });
  return { unit, buckets, dated, undated };
}

export interface NewInPeriod {
  /** Node ids, newest first (by first month, then the more precise date first, then graph order), at most `limit`. */
  ids: string[];
  /** How many visible nodes are dated inside the window in all. */
  total: number;
}

/**
 * The visible nodes whose date falls in the filter's time window, newest first; none without a window. `visible`:
 * the filter's visible nodes when the caller has them already (the viewer), saving a pass.
 */
export function computeNewInPeriod(source: IndexOrGraph, filter: FilterState, limit = 50, visibleNodes?: NodeSubset): NewInPeriod {
  const index = indexOf(source);
  if (!filter.time) return { ids: [], total: 0 };
  const visible = (visibleNodes ?? computeVisibleNodes(index, filter)).mask;
  const { first, last } = index.dates;
  // Only the newest `limit` are sorted (a brush move at 100k nodes must not sort them all): the month from which
  // on there are at least `limit` of them is found by counting per month, then those are collected and sorted.
  let total = 0;
  // Small integers, not ±Infinity: the loops below stay on integer arithmetic.
  let newest = NO_DATE;
  let oldest = 0x7fffffff;
  for (let node = 0; node < visible.length; node++) {
    if (visible[node] !== 1 || first[node] === NO_DATE) continue;
    total++;
    if (first[node] > newest) newest = first[node];
    if (first[node] < oldest) oldest = first[node];
  }
  if (total === 0 || limit <= 0) return { ids: [], total };
  const perMonth = new Int32Array(newest - oldest + 1);
  for (let node = 0; node < visible.length; node++) if (visible[node] === 1 && first[node] !== NO_DATE) perMonth[first[node] - oldest]++;
  let threshold = newest;
  for (let taken = perMonth[newest - oldest]; taken < limit && threshold > oldest;) taken += perMonth[--threshold - oldest];
  const found: number[] = [];
  for (let node = 0; node < visible.length; node++)
    if (visible[node] === 1 && first[node] !== NO_DATE && first[node] >= threshold) found.push(node);
  // Ties in graph order: numbers compare faster than ids, and a newest month may hold thousands at 100k nodes.
  found.sort((a, b) => first[b] - first[a] || last[a] - last[b] || a - b);
  return { ids: found.slice(0, limit).map((node) => index.ids[node]), total };
}
