// `npm run fuzz [-- --seed N] [-- --scale K]`: the fuzz suites of `npm test` (test/core/fuzz-*.test.ts)
// as a longer campaign: K times the runs (default 10) from a random seed, printed first so a failure
// can be replayed with `npm run fuzz -- --seed N`. fast-check also prints the path of the failing case,
// and its input is saved beside the summaries in test-output/fuzz/campaign-<seed>-<pid>/. Ends with the
// cases per suite and the total time.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  if (at !== -1 && process.argv[at + 1] !== undefined) return process.argv[at + 1];
  return process.env[`FUZZ_${name.toUpperCase()}`] ?? fallback;
}

const seed = Number(option('seed', Math.floor(Math.random() * 2 ** 31)));
const scale = Number(option('scale', 10));
if (!Number.isInteger(seed) || !(scale > 0)) {
  console.error('usage: npm run fuzz [-- --seed <integer>] [-- --scale <number > 0>]');
  process.exit(2);
}

// A folder of its own, so that a test run in the same checkout cannot mix its summaries in.
const summaries = `test-output/fuzz/campaign-${seed}-${process.pid}`;
rmSync(summaries, { recursive: true, force: true });
console.log(`[fuzz] seed ${seed}, scale ${scale}: replay with \`npm run fuzz -- --seed ${seed} --scale ${scale}\``);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--project', 'core', 'test/core/fuzz-'], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: String(seed), FUZZ_SCALE: String(scale), FUZZ_SUMMARY_DIR: summaries },
});
const seconds = ((Date.now() - started) / 1000).toFixed(1);

let total = 0;
let failed = 0;
const files = existsSync(summaries) ? readdirSync(summaries).filter((name) => name.endsWith('.json')) : [];
for (const name of files.sort()) {
  const suite = JSON.parse(readFileSync(join(summaries, name), 'utf8'));
  total += suite.cases;
  if (suite.failed) failed++;
  console.log(
    `[fuzz] ${suite.suite.padEnd(16)} ${String(suite.cases).padStart(7)} cases ${suite.failed ? 'then a FAILURE' : 'passed'} (${suite.seconds} s)`,
  );
}
console.log(`[fuzz] ${total} cases in ${files.length} suites, ${failed} failed, ${seconds} s in all; seed ${seed}`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
