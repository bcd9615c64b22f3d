// `npm test`: type check, lint and format check, then every Vitest test (core in Node, browser in
// real Chromium). Prints each step's time and ends with one line of totals over all of it: `N passed, N failed`.
// `--no-checks` skips the static checks (`npm run test:core` and `test:browser`, the fast inner loop);
// every other argument goes on to Vitest (`npm test -- --project=core test/core/search.test.ts`).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { findChromium } from './find-chromium.js';
import { computeVitestOutcome, type VitestReport } from './vitest-outcome.js';

const started = performance.now();
const timings: string[] = [];
let passed = 0;
let failed = 0;
const checks = !process.argv.includes('--no-checks');
const vitestArgs = process.argv.slice(2).filter((arg) => arg !== '--no-checks');
const browserTests = !vitestArgs.includes('--project=core');

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): number | null {
  console.log(`\n[test] ${name}: ${command} ${args.join(' ')}`);
  const since = performance.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  const time = seconds(since);
  timings.push(`${name} ${time}`);
  console.log(`[test] ${name}: ${result.status === 0 ? 'ok' : 'FAILED'} in ${time}`);
  return result.status;
}

const CHECKS = [
  ['types', 'check:types'],
  ['lint', 'check:lint'],
  ['format', 'check:format'],
  ['import cycles', 'check:cycles'],
] as const;
for (const [name, script] of checks ? CHECKS : []) {
  if (step(name, 'npm', ['run', '--silent', script]) === 0) passed++;
  else failed++;
}

let chrome: string | undefined;
if (browserTests) {
  try {
    chrome = findChromium();
    console.log(`[test] browser tests use ${chrome}`);
  } catch (error) {
    console.error(`[test] ${(error as Error).message}`);
    failed++;
  }
}

mkdirSync('test-output', { recursive: true });
const reportFile = 'test-output/vitest.json';
rmSync(reportFile, { force: true });
const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reportFile}`, ...vitestArgs];
if (browserTests && !chrome && !vitestArgs.some((arg) => arg.startsWith('--project'))) args.push('--project=core');
const status = step('vitest', 'npx', args, chrome ? { CHROME_PATH: chrome } : {});
const report = existsSync(reportFile) ? (JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport) : undefined;
const outcome = computeVitestOutcome(status, report);
for (const reason of outcome.reasons) console.error(`[test] ${reason}`);
passed += outcome.passed;
failed += outcome.failed;
console.log(`\n[test] time: ${timings.join(' · ')} · total ${seconds(started)}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
