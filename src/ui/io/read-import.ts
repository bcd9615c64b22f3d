// From the files a user picked or dropped to an import result: one graph file, or a CSV pair told
// apart by name (nodes/edges) or by header (Source and Target columns), with the size limit checked
// before anything is read.
import { DEFAULT_IMPORT_OPTIONS, importCsv, importGraph, type ImportError, type ImportResult } from '../../core/io/index.js';

export type FileImport = ImportResult & { name: string };

const MB = 1024 * 1024;

function failure(name: string, error: ImportError): FileImport {
  return { ok: false, error, name };
}

function isCsv(file: File): boolean {
  return /\.(csv|tsv|txt)$/i.test(file.name) || file.type === 'text/csv';
}

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** Which of two CSV files holds the edges: by name first, else by a header with Source and Target. */
function edgesFirst(a: { name: string; bytes: Uint8Array }, b: { name: string; bytes: Uint8Array }): boolean {
  const edgeName = /edge|link|relation|rel/i;
  const nodeName = /node|vert|entit/i;
  if (edgeName.test(a.name) && !edgeName.test(b.name)) return true;
  if (nodeName.test(a.name) && !nodeName.test(b.name)) return false;
  if (edgeName.test(b.name) || nodeName.test(a.name)) return false;
  const header = (bytes: Uint8Array) => new TextDecoder().decode(bytes.subarray(0, 4096)).split(/\r?\n/, 1)[0]!.toLowerCase();
  const hasEnds = (line: string) => /(^|[,;\t|"])source([,;\t|"]|$)/.test(line) && /(^|[,;\t|"])target([,;\t|"]|$)/.test(line);
  return hasEnds(header(a.bytes)) && !hasEnds(header(b.bytes));
}

export async function readImport(files: readonly File[], maxBytes = DEFAULT_IMPORT_OPTIONS.maxBytes): Promise<FileImport> {
  const name = files.map((file) => file.name).join(' + ');
  if (files.length === 0) return failure(name, { code: 'empty', message: 'no file was given' });
  const large = files.find((file) => file.size > maxBytes);
  if (large) {
    return failure(large.name, {
      code: 'too-large',
      message: `the file is ${(large.size / MB).toFixed(1)} MB; the limit is ${Math.round(maxBytes / MB)} MB`,
    });
  }
  if (files.length > 2 || (files.length === 2 && !files.every(isCsv))) {
    return failure(name, {
      code: 'unsupported',
      message: 'open one graph file (GEXF, GraphML, JSON), or two CSV files together: nodes and edges',
    });
  }
  if (files.length === 2) {
    const [a, b] = await Promise.all(files.map(async (file) => ({ name: file.name, bytes: await bytesOf(file) })));
    const [edges, nodes] = edgesFirst(a!, b!) ? [a!, b!] : [b!, a!];
    const result = importCsv({ nodes: nodes.bytes, edges: edges.bytes }, { maxBytes });
    const fileName = result.ok ? name : result.error.file === 'edges' ? edges.name : result.error.file === 'nodes' ? nodes.name : name;
    return { ...result, name: fileName };
  }
  const file = files[0]!;
  return { ...importGraph({ name: file.name, content: await bytesOf(file) }, { maxBytes }), name: file.name };
}

/** "nodes.csv, line 3: unbalanced quotes" */
export function formatImportError(name: string, error: ImportError): string {
  const where = error.line !== undefined ? `, line ${error.line}${error.column !== undefined ? `:${error.column}` : ''}` : '';
  return `${name}${where}: ${error.message}`;
}
