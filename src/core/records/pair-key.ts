// One number for an unordered pair of entity numbers (below 2^26 each, so the key stays an exact integer):
// a map keyed by numbers is several times cheaper than one keyed by "a b" strings over 200k links.
const SPAN = 2 ** 26;

export function pairKey(a: number, b: number): number {
  return a < b ? a * SPAN + b : b * SPAN + a;
}
