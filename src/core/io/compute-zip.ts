// Several export files → one ZIP (the CSV pair as a single download), with fflate.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { ExportFile } from './types.js';

export interface ZipOptions {
  /** Modification time stored for every entry; fixed values give byte-identical archives. */
  date?: Date;
}

export function computeZip(files: readonly ExportFile[], options: ZipOptions = {}): Uint8Array {
  const entries: Zippable = {};
  const mtime = options.date ?? new Date();
  for (const file of files) entries[file.name] = [strToU8(file.content), { mtime }];
  return zipSync(entries, { level: 6 });
}
