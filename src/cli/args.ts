// Every CLI's manners, in one place: strict flags (an unknown one, a missing value or a stray word is a usage
// error), `--help`, and failures as one line on stderr with exit 1 — never a stack trace.
import { parseArgs, type ParseArgsConfig } from 'node:util';

type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;

/** A mistake in how the command was called: printed with a pointer to --help. */
export class UsageError extends Error {}

export interface CliSpec<O extends ParseArgsOptionsConfig> {
  /** The command's name in messages: `validate`, `export`… */
  name: string;
  usage: string;
  options: O;
}

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ options: O; strict: true; allowPositionals: false }>
>['values'];

/** The flags of `argv`, or a UsageError naming what is wrong with them. `--help` is handled by runCli. */
export function parseCliArgs<O extends ParseArgsOptionsConfig>(spec: CliSpec<O>, argv: string[]): Values<O> {
  try {
    return parseArgs({ args: argv, options: spec.options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Runs a command: `--help` prints the usage; a UsageError prints its message and the pointer to --help; any
 * other error prints `<name> failed: message`. The exit status is what `main` returns, or 1 on an error.
 */
export async function runCli(spec: { name: string; usage: string }, main: () => number | Promise<number>): Promise<number> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
    process.stdout.write(spec.usage.endsWith('\n') ? spec.usage : `${spec.usage}\n`);
    return 0;
  }
  try {
    return await main();
  } catch (error) {
    if (error instanceof UsageError) {
      log(`${spec.name}: ${error.message}`);
      log(`usage: ${spec.usage.split('\n')[0].replace(/^usage: /i, '')}`);
      log('Run with --help for more.');
    } else log(`${spec.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/** Sets the exit status once `runCli` is done (lets pending output flush, unlike process.exit). */
export function exitWith(status: Promise<number>): void {
  void status.then((code) => {
    process.exitCode = code;
  });
}
