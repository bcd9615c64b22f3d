// A set of a graph's nodes as a bitmap over a filter index: building, comparing and counting it cost
// a pass over bytes, not over strings. It reads like any ReadonlySet<string>.
import type { FilterIndex } from './filter-index.js';

export class NodeSubset implements ReadonlySet<string> {
  readonly size: number;

  constructor(
    readonly index: Pick<FilterIndex, 'ids' | 'indexOf'>,
    /** 1 for a member, by node number. */
    readonly mask: Uint8Array,
  ) {
    let size = 0;
    for (let at = 0; at < mask.length; at++) size += mask[at];
    this.size = size;
  }

  has(id: string): boolean {
    const at = this.index.indexOf.get(id);
    return at !== undefined && this.mask[at] === 1;
  }

  *values(): SetIterator<string> {
    const { mask } = this;
    const { ids } = this.index;
    for (let at = 0; at < mask.length; at++) if (mask[at] === 1) yield ids[at];
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const id of this.values()) yield [id, id];
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }

  /** The fast way through: a plain loop, no iterator objects. */
  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    const { mask } = this;
    const { ids } = this.index;
    for (let at = 0; at < mask.length; at++) if (mask[at] === 1) callback.call(thisArg, ids[at], ids[at], this);
  }
}

/** The nodes in one subset and not the other, when both number the same graph; else null. */
export function diffSubsets(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] | null {
  if (!(a instanceof NodeSubset) || !(b instanceof NodeSubset) || a.index !== b.index) return null;
  const { ids } = a.index;
  const left = a.mask;
  const right = b.mask;
  let count = 0;
  for (let at = 0; at < left.length; at++) count += left[at] ^ right[at];
  const changed: string[] = new Array(count);
  let next = 0;
  for (let at = 0; next < count; at++) if (left[at] !== right[at]) changed[next++] = ids[at];
  return changed;
}
