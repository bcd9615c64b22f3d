// Shared by the io tests: a landscape dataset full of values that break careless writers (Chinese,
// quotes, commas, line breaks, <, &, backticks, formulas, astral characters), and a Node DOMParser.
import { DOMParser } from '@xmldom/xmldom';
import type Graph from 'graphology';
import { expect } from 'vitest';
import { buildGraph, type LandscapeGraph } from '../../src/core/graph/index.js';
import type { DomParserLike } from '../../src/core/io/index.js';
import type { Dataset, EntityRecord, RelationRecord } from '../../src/core/records/index.js';

/** @xmldom/xmldom, quiet: our own XML scan reports problems before it runs. */
export function nodeDomParser(): DomParserLike {
  const quiet = () => undefined;
  return new DOMParser({ errorHandler: { warning: quiet, error: quiet, fatalError: quiet } }) as unknown as DomParserLike;
}

const cite = (quote: string, section = '03 / 产品') => ({ source: 'iresearch-2024', section, quote });

export const HOSTILE = {
  quotes: 'say "hello", it\'s <b>bold</b> & co',
  multiline: '第一行\n第二行\r\nthird line\ttabbed',
  formula: '=HYPERLINK("http://evil.example","click")',
  cypher: "'}) DETACH DELETE n; //` \\'; MATCH (m) DELETE m //",
};

const entities: EntityRecord[] = [
  {
    id: 'company:acme',
    name: { zh: '字节跳动“引号”，逗号', en: 'Acme, Inc. "Quoted" <b>&amp;</b>' },
    aliases: ['剪映', 'CapCut, Pro', "it's", 'back\\slash', HOSTILE.formula, '-1+2', '@SUM(A1)', 'a;b|c', '[not, a list]'],
    description: { zh: HOSTILE.multiline, en: '  padded with spaces  ' },
    country: 'CN',
    founded: 2012,
    url: 'https://example.com/?a=1&b=<2>',
    sources: [cite('字节的AI对话APP, "豆包" <旗舰> & more\n第二行'), cite('second quote')],
  },
  {
    id: 'product:doubao',
    name: { zh: '豆包 🚀', en: HOSTILE.cypher },
    aliases: [],
    released: '2023-08',
    sources: [cite('豆包：字节的AI对话APP')],
  },
  {
    id: 'model:doubao-pro',
    name: { zh: '豆包大模型', en: 'Doubao Pro' },
    open_source: false,
    sources: [cite('豆包大模型')],
  },
  {
    id: 'model:open-model',
    name: { zh: '开源模型', en: '+plus start' },
    open_source: true,
    editorial: { note: 'added by the editors: "see" <notes> & more' },
    sources: [],
  },
  {
    id: 'modality:vision',
    name: { zh: '视觉', en: 'Vision' },
    sources: [cite('视觉模态产品')],
  },
  {
    id: 'track:image-analysis',
    name: { zh: 'AI图像/视频分析产品', en: 'AI image/video analysis' },
    sources: [cite('AI图像/视频分析产品')],
  },
  {
    id: 'business_model:subscription',
    name: { zh: '订阅制', en: '@subscription' },
    sources: [cite('订阅制')],
  },
];

const relations: RelationRecord[] = [
  { from: 'product:doubao', type: 'developed_by', to: 'company:acme', sources: [cite('**豆包**：字节的AI对话APP')] },
  { from: 'model:doubao-pro', type: 'developed_by', to: 'company:acme', sources: [cite('豆包大模型')] },
  {
    from: 'product:doubao',
    type: 'powered_by',
    to: 'model:doubao-pro',
    note: { zh: '注释，"引号"', en: HOSTILE.formula },
    sources: [cite('q')],
  },
  // A second edge between the same two nodes: the graph is a multigraph.
  { from: 'product:doubao', type: 'integrates', to: 'model:doubao-pro', sources: [cite('q2')] },
  { from: 'product:doubao', type: 'in_track', to: 'track:image-analysis', sources: [cite('q3')] },
  { from: 'track:image-analysis', type: 'part_of', to: 'modality:vision', editorial: { note: HOSTILE.multiline }, sources: [] },
  { from: 'product:doubao', type: 'business_model', to: 'business_model:subscription', sources: [cite('q4')] },
  { from: 'model:open-model', type: 'competes_with', to: 'model:doubao-pro', sources: [cite('q5')] },
];

export const HOSTILE_DATASET: Dataset = { sources: [], entities, relations, figures: [] };

export const POSITIONS: Record<string, [number, number]> = {
  'company:acme': [-46.8, 0.72],
  'product:doubao': [0, 0],
  'model:doubao-pro': [1e-7, 12345.678],
  'model:open-model': [-0.5, -1200],
  'modality:vision': [3, 4],
  'track:image-analysis': [10.25, -3.5],
  'business_model:subscription': [-7, 7],
};

export function hostileGraph(): LandscapeGraph {
  return buildGraph(HOSTILE_DATASET, POSITIONS);
}

/** Same node keys, edge keys, ends, directions and attributes (deeply). */
export function expectSameGraph(actual: Graph, expected: Graph): void {
  expect(actual.order).toBe(expected.order);
  expect(actual.size).toBe(expected.size);
  expect(new Set(actual.nodes())).toEqual(new Set(expected.nodes()));
  expected.forEachNode((node, attributes) => {
    expect(actual.getNodeAttributes(node), `node ${node}`).toEqual(attributes);
  });
  expected.forEachEdge((edge, attributes, source, target, _s, _t, undirected) => {
    expect(actual.hasEdge(edge), `edge ${edge}`).toBe(true);
    expect([actual.source(edge), actual.target(edge), actual.isUndirected(edge)], `ends of ${edge}`).toEqual([source, target, undirected]);
    expect(actual.getEdgeAttributes(edge), `edge ${edge}`).toEqual(attributes);
  });
}
