// Warnings as the record checks collect them: cheap to count, and only the first few are located and worded.
// Locating is slow (in a JSON file the first position costs a YAML parse of the whole file), and a generated
// landscape can warn a quarter of a million times: at most MAX_PROBLEMS_PER_FILE are listed per file and
// MAX_WARNINGS_LISTED in all, then one line says how many more there are.
import { MAX_PROBLEMS_PER_FILE, byPosition } from './problems.js';
import type { RecordList } from './record-table.js';
import type { Problem } from './types.js';

export const MAX_WARNINGS_LISTED = 2 * MAX_PROBLEMS_PER_FILE;

export class WarningList {
  private readonly shown: Problem[] = [];
  private readonly shownPerFile = new Map<number, number>();
  private readonly shownPerPath = new Map<string, number>();
  private omitted = 0;
  /** How many warnings were found, those not listed included. */
  count = 0;

  constructor(
    private readonly mostPerFile = MAX_PROBLEMS_PER_FILE,
    private readonly mostInAll = MAX_WARNINGS_LISTED,
  ) {}

  /** One warning about record `at` of `list` (at `inner` inside it); `message` is called only if it is listed. */
  add<T>(list: RecordList<T>, at: number, inner: readonly PropertyKey[], id: string, message: () => string): void {
    this.count++;
    const file = list.fileOf(at);
    const shown = this.shownPerFile.get(file) ?? 0;
    if (shown >= this.mostPerFile || this.shown.length >= this.mostInAll) {
      this.omitted++;
      return;
    }
    this.shownPerFile.set(file, shown + 1);
    this.shown.push({ ...list.locate(at, ...inner), id, message: message(), severity: 'warning' });
  }

  /** A warning already located (a table source's, by file and row), under the same caps. */
  addLocated(problem: Problem): void {
    this.count++;
    const shown = this.shownPerPath.get(problem.file) ?? 0;
    if (shown >= this.mostPerFile || this.shown.length >= this.mostInAll) {
      this.omitted++;
      return;
    }
    this.shownPerPath.set(problem.file, shown + 1);
    this.shown.push({ ...problem, severity: 'warning' });
  }

  /** The listed warnings by position, then a line at the last of them saying how many more were found. */
  computeList(): Problem[] {
    const list = [...this.shown].sort(byPosition);
    const last = list.at(-1);
    if (this.omitted > 0 && last !== undefined) {
      list.push({
        ...last,
        id: '-',
        message: `… and ${this.omitted} more warning${this.omitted === 1 ? '' : 's'} not listed`,
        severity: 'warning',
      });
    }
    return list;
  }
}
