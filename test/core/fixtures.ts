// Small in-memory graph-data sets for core tests: a source text, a sources file and record files.
import type { DatasetInput } from '../../src/core/records/index.js';

export const SOURCE_TEXT = [
  '# 2024年AI语音典型产品盘点',
  '- **豆包**：字节的AI对话APP。',
  '- **讯飞听见**：提供音视频、录音等转写服务。',
  '视觉模态产品分为AI图像/视频分析产品三类',
].join('\n');

export const SOURCES_YAML = `sources:
  - id: rep
    title: { zh: 报告, en: Report }
    publisher: { zh: 艾瑞, en: iResearch }
    date: '2025'
    text: sources/rep.md
`;

export const BASE_RECORDS = `entities:
  - id: company:bytedance
    name: { zh: 字节跳动, en: ByteDance }
    aliases: [字节]
    sources: [{ source: rep, section: 语音, quote: 字节的AI对话APP }]
  - id: product:doubao
    name: { zh: 豆包, en: Doubao }
    sources: [{ source: rep, section: 语音, quote: "豆包：字节的AI对话APP" }]
  - id: modality:vision
    name: { zh: 视觉, en: Vision }
    sources: [{ source: rep, section: 视觉, quote: 视觉模态产品 }]
  - id: track:image-analysis
    name: { zh: AI图像/视频分析产品, en: AI image/video analysis }
    sources: [{ source: rep, section: 视觉, quote: AI图像/视频分析产品 }]
relations:
  - from: product:doubao
    type: developed_by
    to: company:bytedance
    sources: [{ source: rep, section: 语音, quote: "**豆包**：字节的AI对话APP" }]
  - from: track:image-analysis
    type: part_of
    to: modality:vision
    editorial: { note: the report lists it under vision }
`;

export function input(records: Record<string, string>, sourcesYaml = SOURCES_YAML, text: string | null = SOURCE_TEXT): DatasetInput {
  return {
    sourcesFile: { path: 'graph-data/sources.yaml', text: sourcesYaml },
    recordFiles: Object.entries(records).map(([name, recordText]) => ({ path: `graph-data/records/${name}`, text: recordText })),
    sourceTexts: text === null ? {} : { rep: text },
  };
}
