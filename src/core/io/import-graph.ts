// One entry for single-file imports: the format from the file name, else from the first bytes.
import { guardImport } from './guard-import.js';
import { importGexf } from './import-gexf.js';
import { importGraphml } from './import-graphml.js';
import { importJson } from './import-json.js';
import type { ImportFormat, ImportInput, ImportOptions, ImportResult } from './types.js';

const EXTENSIONS: Record<string, ImportFormat> = { json: 'json', gexf: 'gexf', graphml: 'graphml', csv: 'csv' };

function head(content: ImportInput): string {
  if (typeof content === 'string') return content.slice(0, 2048);
  return new TextDecoder('utf-8').decode(content.subarray(0, 2048));
}

/** The format of a file by its extension, or by sniffing its start; undefined when neither says. */
export function detectImportFormat(name: string | undefined, content: ImportInput): ImportFormat | undefined {
  const extension = name?.match(/\.([a-z]+)$/i)?.[1]?.toLowerCase();
  if (extension && Object.hasOwn(EXTENSIONS, extension)) return EXTENSIONS[extension];
  const start = head(content).replace(/^\uFEFF/, '');
  if (/^\s*[[{]/.test(start)) return 'json';
  if (/<gexf[\s>]/.test(start)) return 'gexf';
  if (/<graphml[\s>]/.test(start)) return 'graphml';
  return undefined;
}

export interface ImportFileInput {
  name?: string;
  content: ImportInput;
}

export function importGraph(file: ImportFileInput, options: Partial<ImportOptions> & { format?: ImportFormat } = {}): ImportResult {
  return guardImport(() => importGraphUnguarded(file, options));
}

function importGraphUnguarded(file: ImportFileInput, options: Partial<ImportOptions> & { format?: ImportFormat }): ImportResult {
  const format = options.format ?? detectImportFormat(file.name, file.content);
  switch (format) {
    case 'json':
      return importJson(file.content, options);
    case 'gexf':
      return importGexf(file.content, options);
    case 'graphml':
      return importGraphml(file.content, options);
    case 'csv':
      return {
        ok: false,
        error: { code: 'unsupported', message: 'a CSV graph is two files: give a nodes file and an edges file together' },
      };
    case undefined:
      return {
        ok: false,
        error: {
          code: 'unsupported',
          message: `${file.name ?? 'this file'}: not a graph format we read (GEXF, GraphML, graphology JSON, or a CSV pair)`,
        },
      };
  }
}
