// Every CLI has the same manners: an unknown flag, a stray word or a bad value is one clear line and exit 1,
// never a stack trace; --help prints the usage and exits 0.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function run(cli: string, args: string[]) {
  // What `npm run <cli>` runs (`tsx src/cli/<cli>.ts`), without npx's start-up time.
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, `src/cli/${cli}.ts`), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const STACK_LINE = /^\s+at /m;

describe.concurrent('CLI arguments', { timeout: 120_000 }, () => {
  for (const cli of ['validate', 'layout', 'generate', 'export', 'bench']) {
    it(`${cli}: an unknown flag is one message and exit 1, without a stack trace`, () => {
      const result = run(cli, ['--bogus']);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`${cli}: Unknown option '--bogus'`);
      expect(result.stderr).toContain('--help');
      expect(result.stderr).not.toMatch(STACK_LINE);
    });

    it(`${cli}: --help prints the usage and exits 0`, () => {
      const result = run(cli, ['--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`npm run ${cli}`));
    });
  }

  it('a stray word and a bad value are usage errors too', () => {
    const stray = run('validate', ['graph-data']);
    expect(stray.code).toBe(1);
    expect(stray.stderr).toMatch(/validate: Unexpected argument 'graph-data'/);
    const bad = run('layout', ['--iterations', 'many', '--dir', mkdtempSync(join(tmpdir(), 'layout-'))]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('layout: --iterations must be a positive whole number, got "many"');
    expect(bad.stderr).not.toMatch(STACK_LINE);
  });

  it('a folder without graph-data is reported as a problem, not a crash', () => {
    const missing = run('validate', ['--dir', join(tmpdir(), 'no-such-graph-data-folder')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/sources\.yaml/);
    expect(missing.stderr).toContain('1 problem(s) in graph-data.');
    expect(missing.stderr + missing.stdout).not.toMatch(STACK_LINE);
  });
});
