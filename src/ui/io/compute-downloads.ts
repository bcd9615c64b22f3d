// The files of a data export, ready to download: the core's writers, the CSV pair as a zip or as
// two files, neo4j-admin's CSVs as a zip, each named after what is inside.
import type Graph from 'graphology';
import type { FilterState } from '../../core/filters/index.js';
import { computeExportFileName, computeZip, exportGraph, type ExportFormat } from '../../core/io/index.js';

export interface Download {
  name: string;
  blob: Blob;
}

export interface DownloadOptions {
  format: ExportFormat;
  /** The filters that name the file (the current view's, the neighbourhood's, or none). */
  filters: Partial<FilterState>;
  /** CSV pair as two files instead of one zip. */
  separateFiles: boolean;
  /** First word of the file name: 'landscape' for the report, the file's name for an import. */
  base: string;
  /** The report's year, or nothing for imported graphs. */
  date?: string | number;
}

export function computeFileName(options: Omit<DownloadOptions, 'separateFiles'>): string {
  return computeExportFileName({ filters: options.filters, format: options.format, base: options.base, date: options.date });
}

/** The file name for a picture of the view (PNG or SVG), named like the data exports. */
export function computePictureFileName(options: Omit<DownloadOptions, 'separateFiles' | 'format'>, extension: 'png' | 'svg'): string {
  return computeFileName({ ...options, format: 'json' }).replace(/\.json$/, `.${extension}`);
}

export function computeDownloads(graph: Graph, options: DownloadOptions): Download[] {
  const files = exportGraph(graph, options.format);
  const name = computeFileName(options);
  if (files.length === 1) return [{ name, blob: new Blob([files[0]!.content], { type: files[0]!.mimeType }) }];
  if (options.format === 'csv' && options.separateFiles) {
    const stem = name.replace(/-csv\.zip$/, '').replace(/\.zip$/, '');
    // Two downloads, the pair; the sources' credit is in the zip and in the CSV rows' sources.
    return files
      .filter((file) => file.name.endsWith('.csv'))
      .map((file) => ({ name: `${stem}-${file.name}`, blob: new Blob([file.content], { type: file.mimeType }) }));
  }
  const zip = computeZip(files);
  return [{ name, blob: new Blob([zip as Uint8Array<ArrayBuffer>], { type: 'application/zip' }) }];
}
