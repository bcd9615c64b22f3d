// `npm test`: type check, lint and format check, then every Vitest test (core in Node, browser in
// real Chromium). Ends with one line of totals over all of it: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.js';

let passed = 0;
let failed = 0;

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): boolean {
  console.log(`\n[test] ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  console.log(`[test] ${name}: ${ok ? 'ok' : 'FAILED'}`);
  return ok;
}

for (const [name, command, args] of <[string, string, string[]][]>[
  ['types', 'npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']],
  ['lint', 'npx', ['eslint', '.', '--max-warnings=0']],
  ['format', 'npx', ['prettier', '--check', '.', '--log-level=warn']],
]) {
  if (step(name, command, args)) passed++;
  else failed++;
}

let chrome: string | undefined;
try {
  chrome = findChromium();
  console.log(`[test] browser tests use ${chrome}`);
} catch (error) {
  console.error(`[test] ${(error as Error).message}`);
  failed++;
}

mkdirSync('test-output', { recursive: true });
const report = 'test-output/vitest.json';
rmSync(report, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
if (!chrome) args.push('--project=core');
step('vitest', 'npx', args, chrome ? { CHROME_PATH: chrome } : {});
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, 'utf8'));
  passed += summary.numPassedTests;
  failed += summary.numFailedTests;
  // A test file that fails to load has no tests of its own; count it once.
  failed += summary.testResults.filter(
    (file: { status: string; assertionResults: unknown[] }) => file.status === 'failed' && file.assertionResults.length === 0,
  ).length;
  if (summary.numTotalTests === 0) failed++;
} else {
  console.error('[test] vitest wrote no report');
  failed++;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
