// The fuzz suites' runner: a suite cut short by its time limit fails, it does not pass with fewer cases.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, runFuzz } from '../fixtures/hostile/fuzz-kit.js';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('runFuzz', () => {
  it('runs every case of a suite within its time limit', () => {
    expect(runFuzz('kit-quick', fc.integer(), () => 'ok', 50)).toBe(fuzzRuns(50));
  });

  it('fails a suite that its time limit cut short, naming how many cases ran', () => {
    expect(() => runFuzz('kit-slow', fc.integer(), () => busy(5), 1000, 100)).toThrow(/ran \d+ of its 1000 cases before its time limit/);
  });

  it('fails with the counterexample when a case fails', () => {
    const predicate = (n: number) => {
      expect(n).toBeLessThan(60);
    };
    expect(() => runFuzz('kit-failing', fc.integer({ min: 0, max: 100 }), predicate, 200)).toThrow(/then a FAILURE/);
  });
});
