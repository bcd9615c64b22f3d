// `npm test`'s totals come from Vitest's report and its exit status together: an unhandled error fails the run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeVitestOutcome, type VitestReport } from '../../src/cli/vitest-outcome.js';

const report = (passed: number, failed: number, files: VitestReport['testResults'] = []): VitestReport => ({
  numPassedTests: passed,
  numFailedTests: failed,
  numTotalTests: passed + failed,
  testResults: files,
});

describe('npm test totals', () => {
  it('counts a clean run as its tests', () => {
    expect(computeVitestOutcome(0, report(3, 0))).toEqual({ passed: 3, failed: 0, reasons: [] });
  });

  it('fails a run that exited non-zero with every test passed, and says why', () => {
    const outcome = computeVitestOutcome(1, report(3, 0));
    expect(outcome.failed).toBe(1);
    expect(outcome.reasons[0]).toMatch(/exited with status 1/);
  });

  it('does not count a failed test twice when the exit status says the same', () => {
    expect(computeVitestOutcome(1, report(2, 1)).failed).toBe(1);
  });

  it('fails a file that did not load, an empty run and a missing report', () => {
    const broken = computeVitestOutcome(1, report(2, 0, [{ name: 'a.test.ts', status: 'failed', assertionResults: [] }]));
    expect(broken.failed).toBe(1);
    expect(broken.reasons).toEqual(['a.test.ts failed to load']);
    expect(computeVitestOutcome(0, report(0, 0)).failed).toBe(1);
    expect(computeVitestOutcome(null, undefined)).toEqual({ passed: 0, failed: 1, reasons: ['vitest wrote no report'] });
  });

  it('counts a real Vitest run whose passing test lets an error escape as failed', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'unhandled-')), 'report.json');
    const root = resolve(import.meta.dirname, '../fixtures/unhandled');
    const run = spawnSync('npx', ['vitest', 'run', '--root', root, '--reporter=json', `--outputFile.json=${out}`], { encoding: 'utf8' });
    const json = JSON.parse(readFileSync(out, 'utf8')) as VitestReport;
    expect(json.numPassedTests).toBe(1);
    expect(json.numFailedTests).toBe(0);
    expect(run.status).not.toBe(0);
    expect(computeVitestOutcome(run.status, json).failed).toBe(1);
  }, 60_000);
});
