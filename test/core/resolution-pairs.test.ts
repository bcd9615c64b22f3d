// Entity resolution on the real data, against hand-checked pairs: an entity Epoch's rows make (by the id its mapping
// gives it) and an entity of the report's records, with what they are to each other (same / distinct / variant).
// Measured with the name rules alone (no resolution.yaml), so the decisions file cannot hide a rule's mistake; the
// test prints the precision and recall of merges and the accuracy of variant links.
import { beforeAll, describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/graph-data.js';
import { validateDataset, type ValidationResult } from '../../src/core/records/index.js';

type Expected = 'same' | 'distinct' | 'variant';
/** [incoming id, records' id, expected, why (for the reader)]. Checked by hand against the report and Epoch's rows. */
const PAIRS: [string, string, Expected, string][] = [
  // Organisations that are one company under Epoch's and the report's names.
  ['company:bytedance', 'company:bytedance', 'same', 'ByteDance / 字节跳动'],
  ['company:alibaba', 'company:alibaba', 'same', 'Alibaba / 阿里巴巴'],
  ['company:deepseek', 'company:deepseek', 'same', 'DeepSeek / 深度求索'],
  ['company:moonshot', 'company:moonshot', 'same', 'Moonshot / 月之暗面'],
  ['company:zhipu-ai', 'company:zhipu', 'same', 'Zhipu AI / 智谱'],
  ['company:baidu', 'company:baidu', 'same', 'Baidu / 百度'],
  ['company:tencent', 'company:tencent', 'same', 'Tencent / 腾讯'],
  ['company:huawei', 'company:huawei', 'same', 'Huawei / 华为'],
  ['company:sensetime', 'company:sensetime', 'same', 'SenseTime / 商汤科技'],
  ['company:iflytek', 'company:iflytek', 'same', 'iFlytek / 科大讯飞 (case differs)'],
  ['company:minimax', 'company:minimax', 'same', 'MiniMax'],
  ['company:01-ai', 'company:01-ai', 'same', '01.AI / 零一万物'],
  ['company:kuaishou-technology', 'company:kuaishou', 'same', 'Kuaishou Technology / 快手 (legal suffix)'],
  ['company:meta-ai', 'company:meta', 'same', 'Meta AI is how Epoch names Meta'],
  ['company:facebook', 'company:meta', 'same', 'Facebook, alias of Meta'],
  ['company:openai', 'company:openai', 'same', 'OpenAI'],
  ['company:anthropic', 'company:anthropic', 'same', 'Anthropic'],
  ['company:google', 'company:google', 'same', 'Google / 谷歌'],
  ['company:nvidia', 'company:nvidia', 'same', 'NVIDIA / 英伟达'],
  ['company:microsoft', 'company:microsoft', 'same', 'Microsoft / 微软'],
  ['company:stability-ai', 'company:stability-ai', 'same', 'Stability AI'],
  ['company:ant-group', 'company:ant-group', 'same', 'Ant Group / 蚂蚁集团'],
  ['company:kunlun-inc', 'company:kunlun-tech', 'same', 'Kunlun Inc. / 昆仑万维 (Kunlun Tech)'],
  ['company:suno', 'company:suno', 'same', 'Suno / Suno AI'],
  ['company:perplexity', 'company:perplexity', 'same', 'Perplexity / Perplexity AI'],
  ['company:oppo-mobile-telecommunications', 'company:oppo', 'same', "OPPO's legal name is Guangdong OPPO Mobile Telecommunications"],
  // Labs and units of a company are their own organisations.
  ['company:google-deepmind', 'company:google', 'distinct', 'Google DeepMind is a unit of Google'],
  ['company:google-research', 'company:google', 'distinct', 'a unit of Google'],
  ['company:google-brain', 'company:google', 'distinct', 'a former unit of Google'],
  ['company:microsoft-research', 'company:microsoft', 'distinct', 'a unit of Microsoft'],
  ['company:microsoft-research-asia', 'company:microsoft', 'distinct', 'a unit of Microsoft'],
  ['company:alibaba-damo-academy', 'company:alibaba', 'distinct', "Alibaba's research academy"],
  ['company:huawei-noah-s-ark-lab', 'company:huawei', 'distinct', "Huawei's research lab"],
  ['company:iflytek-research', 'company:iflytek', 'distinct', "iFLYTEK's research arm"],
  ['company:wechat-ai', 'company:tencent', 'distinct', "Tencent's WeChat AI team"],
  ['company:facebook-ai-research', 'company:meta', 'distinct', "FAIR, Meta's research lab"],
  ['company:kingsoft', 'company:kingsoft-office', 'distinct', 'Kingsoft is the parent of Kingsoft Office'],
  ['organization:meituan-university', 'company:meituan', 'distinct', "Meituan's training institute"],
  ['company:oppo-healthlab', 'company:oppo', 'distinct', "OPPO's health lab"],
  // Models that are the report's.
  ['model:deepseek-v3', 'model:deepseek-v3', 'same', 'DeepSeek-V3'],
  ['model:deepseek-r1', 'model:deepseek-r1', 'same', 'DeepSeek-R1'],
  ['model:deepseek-r1-zero', 'model:deepseek-r1-zero', 'same', 'DeepSeek-R1-Zero'],
  ['model:deepseek-v2-moe-236b', 'model:deepseek-v2', 'same', 'Epoch names DeepSeek-V2 with its size, "DeepSeek-V2 (MoE-236B)"'],
  ['model:gpt-4o', 'model:gpt-4o', 'same', 'GPT-4o / GPT 4o'],
  ['model:gpt-4v', 'model:gpt-4v', 'same', 'GPT-4V'],
  ['model:gpt-3-5', 'model:gpt-3-5', 'same', 'GPT-3.5 / GPT3.5'],
  ['model:gpt-4-5', 'model:gpt-4-5', 'same', 'GPT-4.5 / GPT 4.5'],
  ['model:gpt-1', 'model:gpt-1', 'same', 'GPT-1'],
  ['model:claude-3-5-sonnet', 'model:claude-3-5-sonnet', 'same', 'Claude 3.5 Sonnet'],
  ['model:whisper', 'model:whisper', 'same', 'Whisper'],
  ['model:alexnet', 'model:alexnet', 'same', 'AlexNet'],
  ['model:lenet-5', 'model:lenet-5', 'same', 'LeNet-5'],
  ['model:kling', 'model:kling', 'same', 'Kling / 可灵'],
  ['model:vidu', 'model:vidu', 'same', 'Vidu'],
  ['model:o1', 'model:openai-o1', 'same', 'o1, alias of OpenAI o1'],
  // Versions, sizes and editions are not the same model.
  ['model:deepseek-v2-5', 'model:deepseek-v2', 'distinct', 'DeepSeek-V2.5 is not DeepSeek-V2'],
  ['model:gpt-4o-mini', 'model:gpt-4o', 'distinct', 'GPT-4o mini is not GPT-4o'],
  ['model:deepseek-r1-distill-qwen-14b', 'model:deepseek-r1', 'distinct', 'a distilled model is not its teacher'],
  ['model:deepseek-r1-lite-preview', 'model:deepseek-r1', 'distinct', 'a preview is not the release'],
  ['model:o1-mini', 'model:openai-o1', 'distinct', 'o1-mini is not o1'],
  ['model:o1-preview', 'model:openai-o1', 'distinct', 'o1-preview is not o1'],
  ['model:claude-3-7-sonnet', 'model:claude-3-5-sonnet', 'distinct', 'another version'],
  ['model:claude-3-sonnet', 'model:claude-3-5-sonnet', 'distinct', 'another version'],
  ['model:gpt-4', 'model:gpt-4o', 'distinct', 'GPT-4 is not GPT-4o'],
  ['model:gpt-4', 'model:gpt-4v', 'distinct', 'GPT-4 is not GPT-4V'],
  ['model:gpt-4-1', 'model:gpt-4-5', 'distinct', 'GPT-4.1 is not GPT-4.5'],
  ['model:deepseek-coder-v2-236b', 'model:deepseek-coder', 'distinct', 'Coder-V2 is not Coder'],
  // Variants: their own node, linked to the family the report names.
  ['model:qwen3-32b', 'model:qwen', 'variant', 'Qwen3-32B in the Qwen family (developer Alibaba; the report: Alibaba Cloud)'],
  ['model:qwen2-5-72b', 'model:qwen', 'variant', 'Qwen2.5-72B'],
  ['model:tongyi-qianwen-2-0', 'model:qwen', 'variant', 'Tongyi Qianwen 2.0'],
  ['model:deepseek-v2-5', 'model:deepseek-v-series', 'variant', 'DeepSeek-V2.5 in the V series'],
  ['model:deepseek-r1-distill-qwen-14b', 'model:deepseek-r-series', 'variant', 'the R1 distilled models'],
  ['model:doubao-pro', 'model:doubao', 'variant', 'Doubao-pro in 豆包大模型'],
  ['model:deepseekmath-7b', 'model:deepseek-math', 'variant', 'DeepSeekMath 7B'],
  ['model:ernie-4-0', 'model:wenxin', 'variant', 'ERNIE 4.0 in 文心大模型 (ERNIE)'],
  ['model:kling-1-6-pro', 'model:kling', 'variant', 'Kling 1.6 Pro'],
  ['model:chatglm3-6b', 'model:chatglm', 'variant', 'ChatGLM3-6B'],
  ['model:stable-diffusion-3', 'model:stable-diffusion', 'variant', 'Stable Diffusion 3'],
  ['model:gpt-j-6b', 'model:gpt', 'distinct', "GPT-J is EleutherAI's, not OpenAI's GPT"],
  ['model:gpt-neox-20b', 'model:gpt', 'distinct', "EleutherAI's"],
];

interface Outcome {
  target: Map<string, string>;
  partOf: Set<string>;
}

function outcomeOf(result: ValidationResult): Outcome {
  const target = new Map(result.ingest!.entries.map((entry) => [entry.incoming, entry.target]));
  const partOf = new Set(
    result.dataset.relations.filter((relation) => relation.type === 'part_of').map((relation) => `${relation.from}|${relation.to}`),
  );
  return { target, partOf };
}

function score(outcome: Outcome) {
  let truePositive = 0;
  let falsePositive = 0;
  let falseNegative = 0;
  let variantsRight = 0;
  let variants = 0;
  const wrong: string[] = [];
  for (const [incoming, existing, expected, why] of PAIRS) {
    const merged = outcome.target.get(incoming) === existing;
    if (expected === 'same') {
      if (merged) truePositive++;
      else {
        falseNegative++;
        wrong.push(`missed: ${incoming} = ${existing} (${why})`);
      }
    } else if (merged) {
      falsePositive++;
      wrong.push(`wrongly merged: ${incoming} ≠ ${existing} (${why})`);
    }
    if (expected === 'variant') {
      variants++;
      const final = outcome.target.get(incoming) ?? incoming;
      if (outcome.partOf.has(`${final}|${existing}`)) variantsRight++;
      else wrong.push(`no variant link: ${incoming} → ${existing} (${why})`);
    }
  }
  const precision = truePositive / Math.max(1, truePositive + falsePositive);
  const recall = truePositive / Math.max(1, truePositive + falseNegative);
  return { precision, recall, variantsRight, variants, wrong };
}

describe('entity resolution on Epoch AI × the report, against hand-checked pairs', () => {
  let rulesOnly: ValidationResult;
  let withDecisions: ValidationResult;
  beforeAll(() => {
    const input = readGraphData();
    withDecisions = validateDataset(input);
    rulesOnly = validateDataset({ ...input, resolutionFile: undefined });
  });

  it('has at least 60 pairs, each naming an entity Epoch makes and one of the records', () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(60);
    const incoming = new Set(rulesOnly.ingest!.entries.map((entry) => entry.incoming));
    const records = new Set(validateDataset({ ...readGraphData(), mappingFiles: [] }).dataset.entities.map((entity) => entity.id));
    for (const [from, to] of PAIRS) {
      expect(incoming.has(from), `${from} is made by Epoch's mapping`).toBe(true);
      expect(records.has(to), `${to} is an entity of the records`).toBe(true);
    }
  });

  it('merges with precision ≥ 98 % and recall ≥ 90 % by the name rules alone, and links variants to their family', () => {
    const { precision, recall, variantsRight, variants, wrong } = score(outcomeOf(rulesOnly));
    const decided = score(outcomeOf(withDecisions));
    console.log(
      `resolution, name rules alone: merge precision ${(precision * 100).toFixed(1)} %, recall ${(recall * 100).toFixed(1)} %, ` +
        `variant links ${variantsRight}/${variants}; with resolution.yaml: precision ${(decided.precision * 100).toFixed(1)} %, ` +
        `recall ${(decided.recall * 100).toFixed(1)} %, variant links ${decided.variantsRight}/${decided.variants}` +
        (wrong.length > 0 ? `\n  ${wrong.join('\n  ')}` : ''),
    );
    expect(precision).toBeGreaterThanOrEqual(0.98);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(variantsRight / variants).toBeGreaterThanOrEqual(0.9);
    expect(decided.precision).toBeGreaterThanOrEqual(precision);
    expect(decided.recall).toBeGreaterThanOrEqual(recall);
  });

  it('leaves nothing ambiguous merged: an ambiguous entity is its own node', () => {
    for (const entry of withDecisions.ingest!.entries.filter((item) => item.outcome === 'ambiguous')) {
      expect(entry.target).toBe(entry.incoming);
      expect(withDecisions.dataset.entities.some((entity) => entity.id === entry.incoming)).toBe(true);
    }
  });
});
