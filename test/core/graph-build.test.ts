// Building the graph from records: attributes, edges, facets, sizes; and the bundle.
import { describe, expect, it } from 'vitest';
import { buildGraph, computeFacets, sizeForDegree } from '../../src/core/graph/index.js';
import { computeBundle } from '../../src/core/bundle/index.js';
import { KIND_COLORS, validateDataset, type Dataset } from '../../src/core/records/index.js';
import { BASE_RECORDS, input } from './fixtures.js';

const dataset = (): Dataset => validateDataset(input({ 'a.yaml': BASE_RECORDS })).dataset;

const cite = { source: 'rep', section: 's', quote: 'q' };
const ent = (id: string) => ({ id, name: { zh: id, en: id }, sources: [cite] });
const rel = (from: string, type: string, to: string) => ({ from, type, to, sources: [cite] });

describe('buildGraph', () => {
  it('makes one node per entity with both names, kind, colour and sources', () => {
    const graph = buildGraph(dataset());
    expect(graph.order).toBe(4);
    expect(graph.getNodeAttributes('product:doubao')).toMatchObject({
      kind: 'product',
      label: '豆包',
      nameZh: '豆包',
      nameEn: 'Doubao',
      color: KIND_COLORS.product,
      sources: [{ source: 'rep', section: '语音', quote: '豆包：字节的AI对话APP' }],
    });
    expect(graph.getNodeAttribute('company:bytedance', 'aliases')).toEqual(['字节']);
  });

  it('makes one edge per relation with its type, sources and editorial note', () => {
    const graph = buildGraph(dataset());
    expect(graph.size).toBe(2);
    expect(graph.getEdgeAttributes('product:doubao|developed_by|company:bytedance')).toMatchObject({
      relation: 'developed_by',
      label: '开发方',
    });
    expect(graph.getEdgeAttributes('track:image-analysis|part_of|modality:vision')).toMatchObject({
      relation: 'part_of',
      editorial: 'the report lists it under vision',
      sources: [],
    });
  });

  it('sizes nodes by degree, with isolated nodes still visible', () => {
    const graph = buildGraph(dataset());
    expect(graph.getNodeAttribute('product:doubao', 'size')).toBe(sizeForDegree(1));
    expect(sizeForDegree(0)).toBeGreaterThan(0);
    expect(sizeForDegree(4)).toBeGreaterThan(sizeForDegree(1));
    expect(sizeForDegree(1e6)).toBe(40);
  });

  it('uses given positions and 0,0 for nodes without one', () => {
    const graph = buildGraph(dataset(), { 'product:doubao': [3, -4] });
    expect(graph.getNodeAttributes('product:doubao')).toMatchObject({ x: 3, y: -4 });
    expect(graph.getNodeAttributes('company:bytedance')).toMatchObject({ x: 0, y: 0 });
  });

  it('builds a dataset changed after validation from its records, not from the ends validation resolved', () => {
    const validated = validateDataset(input({ 'a.yaml': BASE_RECORDS })).dataset;
    const changed = validated.relations.find((relation) => relation.type === 'developed_by')!;
    changed.from = 'track:image-analysis';
    changed.to = 'product:doubao';
    const graph = buildGraph(validated);
    expect(graph.export()).toEqual(buildGraph(structuredClone(validated)).export());
    expect(graph.outNeighbors('track:image-analysis')).toContain('product:doubao');
    expect(graph.getNodeAttribute('product:doubao', 'companies')).toEqual([]);
  });

  it('builds an empty graph from an empty dataset', () => {
    const graph = buildGraph({ sources: [], entities: [], relations: [], figures: [] });
    expect(graph.order).toBe(0);
    expect(computeBundle({ sources: [], entities: [], relations: [], figures: [] }, {}).graph.nodes).toEqual([]);
  });
});

describe('computeFacets', () => {
  it('derives modality through the track hierarchy and the company through the product', () => {
    const entities = [
      'company:parent',
      'company:sub',
      'product:p',
      'track:t',
      'track:parent-track',
      'modality:vision',
      'market:c-end',
      'business_model:saas',
    ].map(ent);
    const relations = [
      rel('company:sub', 'subsidiary_of', 'company:parent'),
      rel('product:p', 'developed_by', 'company:sub'),
      rel('product:p', 'in_track', 'track:t'),
      rel('track:t', 'part_of', 'track:parent-track'),
      rel('track:parent-track', 'part_of', 'modality:vision'),
      rel('product:p', 'targets_market', 'market:c-end'),
      rel('product:p', 'business_model', 'business_model:saas'),
    ];
    const facets = computeFacets(entities, relations as never);
    expect(facets.get('product:p')).toEqual({
      modalities: ['modality:vision'],
      tracks: ['track:parent-track', 'track:t'],
      businessModels: ['business_model:saas'],
      markets: ['market:c-end'],
      companies: ['company:parent', 'company:sub'],
    });
    // A company is in every facet of what it makes; a facet value is in itself.
    expect(facets.get('company:sub')!.modalities).toEqual(['modality:vision']);
    expect(facets.get('company:sub')!.companies).toEqual(['company:parent', 'company:sub']);
    expect(facets.get('track:t')!.modalities).toEqual(['modality:vision']);
    expect(facets.get('modality:vision')!.modalities).toEqual(['modality:vision']);
  });

  it('survives a cycle in the track hierarchy', () => {
    const facets = computeFacets(['track:a', 'track:b'].map(ent), [
      rel('track:a', 'part_of', 'track:b'),
      rel('track:b', 'part_of', 'track:a'),
    ] as never);
    expect(facets.get('track:a')!.tracks).toEqual(['track:a', 'track:b']);
  });
});

describe('computeBundle', () => {
  it('lists facet values with their parents and is byte-identical for the same input', () => {
    const first = JSON.stringify(computeBundle(dataset(), {}));
    const bundle = computeBundle(dataset(), {});
    expect(JSON.stringify(bundle)).toBe(first);
    expect(bundle.facets.tracks).toEqual([
      { id: 'track:image-analysis', nameZh: 'AI图像/视频分析产品', nameEn: 'AI image/video analysis', parent: 'modality:vision' },
    ]);
    expect(bundle.facets.companies.map((value) => value.id)).toEqual(['company:bytedance']);
  });
});
