// A dataset as graph-data/ files (sources.yaml + records/*.json), so synthetic landscapes go through
// the same parsing and validation as hand-written records. JSON is YAML too, and takes the fast path.
import type { Dataset, DatasetInput, TextFile } from '../records/types.js';
import { SYNTH_SOURCE_ID, SYNTH_SOURCE_TEXT } from './generate-landscape.js';

const RECORDS_PER_FILE = 5000;

export function renderSourcesYaml(): string {
  return `sources:\n  - id: ${SYNTH_SOURCE_ID}\n    title: { zh: 合成数据, en: Synthetic data }\n    publisher: { zh: 基准测试, en: Benchmark }\n    date: '2026'\n    text: sources/synthetic.md\n`;
}

/** One record per line, so a problem's line number points at its record. */
export function renderRecordFiles(dataset: Dataset): TextFile[] {
  const files: TextFile[] = [];
  const emit = (key: 'entities' | 'relations', records: readonly object[]) => {
    for (let start = 0; start < records.length; start += RECORDS_PER_FILE) {
      const lines = records.slice(start, start + RECORDS_PER_FILE).map((record) => JSON.stringify(record));
      files.push({ path: `records/${String(files.length).padStart(4, '0')}.json`, text: `{"${key}": [\n${lines.join(',\n')}\n]}\n` });
    }
  };
  emit('entities', dataset.entities);
  emit('relations', dataset.relations);
  return files;
}

export function renderDatasetInput(dataset: Dataset): DatasetInput {
  return {
    sourcesFile: { path: 'sources.yaml', text: renderSourcesYaml() },
    recordFiles: renderRecordFiles(dataset),
    sourceTexts: { [SYNTH_SOURCE_ID]: SYNTH_SOURCE_TEXT },
  };
}
