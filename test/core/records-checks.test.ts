// The checks that keep links honest, each with a fixture that breaks it and one that passes: evidence naming
// both ends, contradictory or repeated links, clashing names. They are warnings: the data still loads. And the
// real graph-data passes them all, with related_to kept rare and the report's errors marked disputed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/graph-data.js';
import { buildGraph, edgeKey } from '../../src/core/graph/build-graph.js';
import { exportCsv } from '../../src/core/io/index.js';
import { formatProblem, validateDataset, type Problem } from '../../src/core/records/index.js';
import { SOURCES_YAML, input } from './fixtures.js';

const TEXT = [
  '# 2024年AI视觉典型产品盘点',
  '- 剪映：字节跳动的剪辑平台，融合AI技术。',
  '- 即梦：一款AI图像生成产品。',
  '后训练结合强化学习。强化学习是后训练的一部分。',
  '两款产品相互竞争。',
].join('\n');

const ENTITIES = `entities:
  - { id: company:bytedance, name: { zh: 字节跳动, en: ByteDance }, aliases: [字节], sources: [{ source: rep, section: s, quote: 字节跳动 }] }
  - { id: product:jianying, name: { zh: 剪映, en: JianYing }, sources: [{ source: rep, section: s, quote: 剪映 }] }
  - { id: product:jimeng, name: { zh: 即梦, en: Jimeng }, sources: [{ source: rep, section: s, quote: 即梦 }] }
  - { id: track:video-editing, name: { zh: AI视觉典型产品, en: AI vision products }, sources: [{ source: rep, section: s, quote: AI视觉典型产品 }] }
  - { id: modality:vision, name: { zh: 视觉, en: Vision }, sources: [{ source: rep, section: s, quote: AI视觉 }] }
  - { id: technology:post-training, name: { zh: 后训练, en: Post-training }, sources: [{ source: rep, section: s, quote: 后训练 }] }
  - { id: technology:rl, name: { zh: 强化学习, en: RL }, sources: [{ source: rep, section: s, quote: 强化学习 }] }
`;

function resultOf(relations: string, entities = ENTITIES) {
  const text = relations === '' ? entities : `${entities}relations:\n${relations}`;
  return validateDataset(input({ 'a.yaml': text }, SOURCES_YAML, TEXT));
}
// The message as the checks word it (the CLI test below checks the "warning:" prefix validate prints).
const asLine = (warning: Problem) => formatProblem({ ...warning, severity: undefined });
const warningsOf = (relations: string, entities?: string) => resultOf(relations, entities).warnings.map(asLine);
const cite = (quote: string, section = '2024年AI视觉典型产品盘点') => `[{ source: rep, section: "${section}", quote: "${quote}" }]`;

describe('evidence names both ends', () => {
  it('warns, at the quote, when a quote names only one end; the data still loads', () => {
    const result = resultOf(
      `  - { from: product:jimeng, type: developed_by, to: company:bytedance, sources: ${cite('即梦：一款AI图像生成产品')} }\n`,
    );
    expect(result.problems).toEqual([]);
    expect(result.dataset.relations).toHaveLength(1);
    expect(result.warnings.map(asLine)).toEqual([
      expect.stringMatching(
        /^graph-data\/records\/a\.yaml:10:\d+ {2}product:jimeng -developed_by-> company:bytedance {2}evidence does not name its target company:bytedance: "即梦/,
      ),
    ]);
  });

  it('finds a name or an alias, however the quote spaces or emphasises it', () => {
    expect(
      warningsOf(
        `  - { from: product:jianying, type: developed_by, to: company:bytedance, sources: ${cite('剪映：字节跳动的剪辑平台')} }\n`,
      ),
    ).toEqual([]);
  });

  it('accepts the section heading for a structural type, but not for others', () => {
    const structural = `  - { from: product:jianying, type: in_track, to: track:video-editing, sources: ${cite('剪映：字节跳动的剪辑平台')} }\n`;
    expect(warningsOf(structural)).toEqual([]);
    const other = `  - { from: product:jianying, type: uses_technology, to: technology:rl, sources: ${cite('剪映：字节跳动的剪辑平台', '强化学习')} }\n`;
    expect(warningsOf(other)).toEqual([expect.stringContaining('evidence does not name its target technology:rl')]);
  });

  it('is satisfied by evidence: { note } or an editorial relation', () => {
    const noted = `  - { from: product:jimeng, type: developed_by, to: company:bytedance, evidence: { note: a row of its table }, sources: ${cite('即梦：一款AI图像生成产品')} }\n`;
    const editorial = `  - { from: product:jimeng, type: developed_by, to: company:bytedance, editorial: { note: well known } }\n`;
    expect(warningsOf(noted + editorial.replace('product:jimeng', 'product:jianying'))).toEqual([]);
  });

  it('rejects an empty evidence note as a schema problem', () => {
    const result = resultOf(
      `  - { from: product:jimeng, type: developed_by, to: company:bytedance, evidence: { note: "" }, editorial: { note: n } }\n`,
    );
    expect(result.problems.map(formatProblem)).toEqual([expect.stringContaining('evidence.note: must not be empty')]);
  });
});

describe('many warnings', () => {
  it('lists at most 50 per file, then says how many more, and counts them all', () => {
    const products = Array.from(
      { length: 60 },
      (_, n) => `  - { id: product:p${n}, name: { zh: 产品${n}, en: P${n} }, sources: [{ source: rep, section: s, quote: 剪映 }] }\n`,
    ).join('');
    const relations = Array.from(
      { length: 60 },
      (_, n) => `  - { from: product:p${n}, type: developed_by, to: company:bytedance, sources: ${cite('即梦：一款AI图像生成产品')} }\n`,
    ).join('');
    const result = resultOf(relations, ENTITIES + products);
    expect(result.warningCount).toBe(60);
    expect(result.warnings).toHaveLength(51);
    expect(result.warnings.at(-1)?.message).toBe('… and 10 more warnings not listed');
  });
});

describe('contradictions and repeated links', () => {
  it('warns about an inverse pair, naming both places', () => {
    const warnings = warningsOf(
      `  - { from: technology:post-training, type: based_on, to: technology:rl, sources: ${cite('后训练结合强化学习')} }\n` +
        `  - { from: technology:rl, type: part_of, to: technology:post-training, sources: ${cite('强化学习是后训练的一部分')} }\n`,
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /a\.yaml:11:5 {2}technology:rl -part_of-> technology:post-training {2}contradicts technology:post-training -based_on-> technology:rl at graph-data\/records\/a\.yaml:10:5/,
      ),
    ]);
  });

  it('warns about related_to beside a precise type on the same pair, in either direction', () => {
    const warnings = warningsOf(
      `  - { from: product:jianying, type: developed_by, to: company:bytedance, sources: ${cite('剪映：字节跳动的剪辑平台')} }\n` +
        `  - { from: company:bytedance, type: related_to, to: product:jianying, sources: ${cite('剪映：字节跳动的剪辑平台')} }\n`,
    );
    expect(warnings).toEqual([expect.stringContaining('related_to adds nothing beside a precise type')]);
  });

  it('warns about two near-synonyms on one pair (in_track beside part_of)', () => {
    const warnings = warningsOf(
      `  - { from: product:jianying, type: in_track, to: track:video-editing, sources: ${cite('剪映')} }\n` +
        `  - { from: product:jianying, type: part_of, to: track:video-editing, sources: ${cite('剪映')} }\n`,
    );
    expect(warnings).toEqual([expect.stringContaining('says again what product:jianying -in_track-> track:video-editing')]);
  });

  it('warns about a membership implied by a nearer one, and not about the nearer one', () => {
    const warnings = warningsOf(
      `  - { from: track:video-editing, type: part_of, to: modality:vision, sources: ${cite('AI视觉典型产品')} }\n` +
        `  - { from: product:jianying, type: in_track, to: track:video-editing, sources: ${cite('剪映')} }\n` +
        `  - { from: product:jianying, type: in_modality, to: modality:vision, sources: ${cite('剪映')} }\n`,
    );
    expect(warnings).toEqual([
      expect.stringMatching(
        /a\.yaml:12:5 {2}product:jianying -in_modality-> modality:vision {2}is implied by product:jianying -in_track-> track:video-editing/,
      ),
    ]);
  });

  it('does not warn about two different links between one pair', () => {
    const warnings = warningsOf(
      `  - { from: product:jianying, type: developed_by, to: company:bytedance, sources: ${cite('剪映：字节跳动的剪辑平台')} }\n` +
        `  - { from: product:jianying, type: targets_market, to: company:bytedance, editorial: { note: n } }\n`,
    );
    // targets_market cannot end at a company: that is a problem, not a contradiction warning.
    expect(warnings).toEqual([]);
  });
});

describe('names', () => {
  const two = (a: string, b: string) => `entities:
  - { id: product:a, name: ${a}, sources: [{ source: rep, section: s, quote: 剪映 }] }
  - { id: product:b, name: ${b}, sources: [{ source: rep, section: s, quote: 剪映 }] }
`;
  it('warns when two ids share a name in one language', () => {
    const warnings = warningsOf('', two('{ zh: 剪映, en: A }', '{ zh: 剪 映, en: B }'));
    expect(warnings).toEqual([
      expect.stringMatching(/a\.yaml:3:\d+ {2}product:b {2}has the zh name of product:a at graph-data\/records\/a\.yaml:2:\d+/),
    ]);
  });

  it('warns when an alias is another entity’s name or alias', () => {
    const entities = `entities:
  - { id: product:a, name: { zh: 剪映, en: JianYing }, sources: [{ source: rep, section: s, quote: 剪映 }] }
  - { id: company:b, name: { zh: 字节跳动, en: ByteDance }, aliases: [jianying], sources: [{ source: rep, section: s, quote: 字节跳动 }] }
`;
    expect(warningsOf('', entities)).toEqual([expect.stringContaining('alias "jianying" is also the name of product:a')]);
  });

  it('lets a company and its product share a name when they are linked', () => {
    const entities = `entities:
  - { id: product:deepseek, name: { zh: DeepSeek, en: DeepSeek }, sources: [{ source: rep, section: s, quote: 剪映 }] }
  - { id: company:deepseek, name: { zh: DeepSeek, en: DeepSeek }, sources: [{ source: rep, section: s, quote: 剪映 }] }
`;
    const link = `  - { from: product:deepseek, type: developed_by, to: company:deepseek, editorial: { note: n } }\n`;
    expect(warningsOf(link, entities)).toEqual([]);
    expect(warningsOf('', entities)).toHaveLength(2);
  });
});

describe('npm run validate with warnings only', () => {
  it('prints them marked "warning" and exits 0', () => {
    const dir = mkdtempSync(join(tmpdir(), 'landscape-warnings-'));
    try {
      mkdirSync(join(dir, 'records'));
      mkdirSync(join(dir, 'sources'));
      writeFileSync(join(dir, 'sources.yaml'), SOURCES_YAML);
      writeFileSync(join(dir, 'sources', 'rep.md'), TEXT);
      writeFileSync(
        join(dir, 'records', 'a.yaml'),
        `${ENTITIES}relations:\n  - { from: product:jimeng, type: developed_by, to: company:bytedance, sources: ${cite('即梦：一款AI图像生成产品')} }\n`,
      );
      const cli = resolve(import.meta.dirname, '../../src/cli/validate.ts');
      const run = spawnSync(process.execPath, ['--import', 'tsx', cli, '--dir', dir], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/a\.yaml:10:\d+ {2}product:jimeng -developed_by-> company:bytedance {2}warning: evidence does not name/);
      expect(run.stderr).toContain('1 warning(s)');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('graph-data/', () => {
  const result = validateDataset(readGraphData());

  it('has no problems, and no warnings from the record checks', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    // A table source's own warnings (an unusable cell, two sources disagreeing) are reported, not errors of ours.
    const fromRecords = result.warnings.filter((warning) => warning.file.includes('/records/'));
    expect(fromRecords.map(formatProblem)).toEqual([]);
  });

  it('tells a co-developer from a disagreement: Epoch names Tsinghua beside ShengShu for Vidu, as the editors’ note does', () => {
    expect(result.warnings.map(formatProblem).filter((line) => line.includes('disagree'))).toEqual([]);
    const developers = result.dataset.relations.filter((relation) => relation.from === 'model:vidu' && relation.type === 'developed_by');
    expect(developers.map((relation) => relation.to).sort()).toEqual(['company:shengshu', 'organization:tsinghua-university']);
  });

  it('keeps related_to to at most 8 % of the relations', () => {
    const relations = result.dataset.relations.filter((relation) => relation.sources.every((citation) => !('row' in citation)));
    const related = relations.filter((relation) => relation.type === 'related_to').length;
    expect(related / relations.length).toBeLessThanOrEqual(0.08);
  });

  it('marks the report’s false claims disputed, on the graph and in exports', () => {
    const graph = buildGraph(result.dataset);
    const edge = edgeKey('model:gpt-4o', 'based_on', 'model:gpt-4v');
    expect(graph.getEdgeAttribute(edge, 'disputed')).toContain('GPT4V');
    expect(graph.getEdgeAttribute(edge, 'correction')).toMatch(/single model/);
    // The report's claim stays visible: its quote is still the evidence.
    expect(JSON.stringify(graph.getEdgeAttribute(edge, 'sources')[0])).toContain('GPT4V');
    expect(graph.getNodeAttribute('model:stable-audio-2', 'openSource')).toBe(false);
    expect(graph.getNodeAttribute('model:stable-audio-2', 'disputed')).toMatch(/open-sourced/);
    const { edges } = exportCsv(graph);
    const header = edges.split('\r\n')[0];
    expect(header).toContain('disputed');
    expect(header).toContain('correction');
    expect(edges.split('\r\n').find((line) => line.includes('model:gpt-4v'))).toContain('GPT-4o is a single model');
  });
});
