// A small landscape for filter and search tests, built through the real graph builder.
import { buildGraph, type LandscapeGraph } from '../../src/core/graph/index.js';
import type { Dataset } from '../../src/core/records/index.js';
import type { EntityRecord, RelationRecord } from '../../src/core/records/schema.js';

export type EntityRow = [id: string, zh: string, en: string, aliases?: string[]];
export type RelationRow = [from: string, type: string, to: string];

export function makeGraph(entities: EntityRow[], relations: RelationRow[] = []): LandscapeGraph {
  const dataset: Dataset = {
    sources: [],
    entities: entities.map(([id, zh, en, aliases]) => ({ id, name: { zh, en }, aliases, sources: [] }) as EntityRecord),
    relations: relations.map(([from, type, to]) => ({ from, type, to, sources: [] }) as RelationRecord),
    figures: [],
  };
  return buildGraph(dataset);
}

export const ENTITIES: EntityRow[] = [
  ['company:bytedance', '字节跳动', 'ByteDance', ['字节']],
  ['company:kuaishou', '快手', 'Kuaishou'],
  ['company:moonshot', '月之暗面', 'Moonshot AI'],
  ['company:alibaba', '阿里巴巴', 'Alibaba'],
  ['product:doubao', '豆包', 'Doubao'],
  ['product:jianying', '剪映', 'CapCut', ['CapCut']],
  ['product:kling', '可灵AI', 'KLING', ['可灵']],
  ['product:kimi', '月之暗面Kimi', 'Kimi'],
  ['model:qwen', '通义千问', 'Qwen', ['Tongyi Qianwen']],
  ['track:visual-qa', 'AI视觉搜索问答', 'Visual search & QA'],
  ['track:generation', 'AI图像/视频生成编辑', 'Image & video generation'],
  ['track:search-qa', 'AI搜索问答翻译', 'Search, QA & translation'],
  ['modality:vision', '视觉', 'Vision'],
  ['modality:language', '语言及多模态', 'Language & multimodal'],
  ['market:c-end', 'C端', 'Consumers'],
  ['market:overseas', '海外市场', 'Overseas'],
  ['business_model:freemium', '免费+订阅制', 'Freemium'],
  ['technology:lonely', '孤立技术', 'Lonely technology'],
];

export const RELATIONS: RelationRow[] = [
  ['product:doubao', 'developed_by', 'company:bytedance'],
  ['product:doubao', 'in_track', 'track:visual-qa'],
  ['product:doubao', 'targets_market', 'market:c-end'],
  ['product:doubao', 'business_model', 'business_model:freemium'],
  ['product:jianying', 'developed_by', 'company:bytedance'],
  ['product:jianying', 'in_track', 'track:generation'],
  ['product:kling', 'developed_by', 'company:kuaishou'],
  ['product:kling', 'in_track', 'track:generation'],
  ['product:kling', 'targets_market', 'market:overseas'],
  ['product:kimi', 'developed_by', 'company:moonshot'],
  ['product:kimi', 'in_track', 'track:search-qa'],
  ['model:qwen', 'developed_by', 'company:alibaba'],
  ['model:qwen', 'in_modality', 'modality:language'],
  ['track:visual-qa', 'part_of', 'modality:vision'],
  ['track:generation', 'part_of', 'modality:vision'],
  ['track:search-qa', 'part_of', 'modality:language'],
];

export function landscape(): LandscapeGraph {
  return makeGraph(ENTITIES, RELATIONS);
}
