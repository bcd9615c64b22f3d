// What one Vitest run counts for in `npm test`'s totals: its JSON report and its exit status together.
// The report alone lies: an unhandled error or a crashed worker fails the run with every test passed.

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  testResults: { name?: string; status: string; assertionResults: unknown[] }[];
}

export interface VitestOutcome {
  passed: number;
  failed: number;
  /** Why the run failed beyond its failed tests, one line each (empty when it did not). */
  reasons: string[];
}

/** Counts a run: its tests, plus one failure per file that failed to load, per empty run, per non-zero exit left unexplained. */
export function computeVitestOutcome(status: number | null, report: VitestReport | undefined): VitestOutcome {
  if (!report) return { passed: 0, failed: 1, reasons: ['vitest wrote no report'] };
  const reasons: string[] = [];
  let failed = report.numFailedTests;
  // A test file that fails to load has no tests of its own; count it once.
  for (const file of report.testResults) {
    if (file.status === 'failed' && file.assertionResults.length === 0) {
      failed++;
      reasons.push(`${file.name ?? 'a test file'} failed to load`);
    }
  }
  if (report.numTotalTests === 0) {
    failed++;
    reasons.push('no test ran');
  }
  // Vitest exits non-zero on unhandled errors and crashed workers, which the report does not count.
  if (status !== 0 && failed === 0) {
    failed++;
    reasons.push(`vitest exited with status ${status} although every test passed (an unhandled error, a crashed worker?)`);
  }
  return { passed: report.numPassedTests, failed, reasons };
}
