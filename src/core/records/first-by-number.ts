// A set of whole-number keys that remembers the first value stored under each, for the duplicate check of
// a quarter of a million relations: two typed arrays instead of a map entry and a boxed number per relation.

/** First value of each key, for keys that are whole numbers below 2^53; open addressing with linear probing. */
export class FirstByNumber<T> {
  private readonly keys: Float64Array;
  private readonly slots: Int32Array;
  private readonly values: T[] = [];
  private readonly mask: number;
  private readonly shift: number;

  constructor(most: number) {
    let bits = 4;
    while (2 ** bits < most * 2) bits++;
    this.keys = new Float64Array(2 ** bits);
    this.slots = new Int32Array(2 ** bits); // 0: empty, else index in values + 1
    this.mask = 2 ** bits - 1;
    this.shift = 32 - bits;
  }

  /** The value stored first for `key`; stores `value` and returns undefined when there is none. */
  firstOr(key: number, value: T): T | undefined {
    const low = key % 4294967296;
    const high = (key - low) / 4294967296;
    // Fibonacci hashing: the high bits of the product depend on every bit of the key.
    let at = Math.imul(low ^ Math.imul(high, 0x85ebca6b), 0x9e3779b1) >>> this.shift;
    for (;;) {
      const slot = this.slots[at];
      if (slot === 0) {
        this.keys[at] = key;
        this.values.push(value);
        this.slots[at] = this.values.length;
        return undefined;
      }
      if (this.keys[at] === key) return this.values[slot - 1];
      at = (at + 1) & this.mask;
    }
  }
}
