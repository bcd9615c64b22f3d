// Binary searches over strings sorted in UTF-16 order (JavaScript's `<`), where the strings starting with a
// prefix form one range.

/** The first index in `sorted` whose text is not before `text`. */
export function lowerBound(sorted: readonly string[], text: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < text) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index from `from` (itself starting with `prefix`, or after every text before it) that does not start with `prefix`. */
export function endOfPrefix(sorted: readonly string[], prefix: string, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < prefix || sorted[mid].startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
