// Synthetic landscapes for benchmarks and scale tests: records in the real schema (companies →
// products/models → tracks → modalities, power-law vendor sizes, Chinese and English names), seeded.
import type { Dataset } from '../records/types.js';
import type { Citation, EntityRecord, RelationRecord } from '../records/schema.js';

export interface SynthOptions {
  /** Total number of entities, at least MIN_SYNTH_NODES. */
  nodes: number;
  seed?: number;
}

export const MIN_SYNTH_NODES = 50;
export const MAX_SYNTH_NODES = 2_000_000;
export const SYNTH_SOURCE_ID = 'synthetic';

const SYLLABLES_ZH = [
  '智',
  '云',
  '星',
  '海',
  '光',
  '数',
  '灵',
  '深',
  '元',
  '火',
  '山',
  '天',
  '问',
  '言',
  '图',
  '声',
  '码',
  '思',
  '能',
  '达',
];
const SYLLABLES_EN = [
  'zhi',
  'yun',
  'xing',
  'hai',
  'guang',
  'shu',
  'ling',
  'shen',
  'yuan',
  'huo',
  'shan',
  'tian',
  'wen',
  'yan',
  'tu',
  'sheng',
  'ma',
  'si',
  'neng',
  'da',
];
const MODALITIES = [
  ['voice', '语音', 'Voice'],
  ['vision', '视觉', 'Vision'],
  ['language-multimodal', '语言及多模态', 'Language & multimodal'],
] as const;
const BUSINESS_MODELS = ['project-based', 'maas', 'saas-subscription', 'pay-per-use', 'freemium'];
const MARKETS = ['g-end', 'b-end', 'c-end', 'overseas'];

/** mulberry32: a small seeded PRNG, so the same seed always gives the same landscape. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text the synthetic quotes come from; a source file cites it like the report. */
export const SYNTH_SOURCE_TEXT = '合成数据：用于性能测试的虚构企业、产品与模型。Synthetic landscape for benchmarks.';
const CITE: Citation = { source: SYNTH_SOURCE_ID, section: 'synthetic', quote: '用于性能测试的虚构企业、产品与模型' };

const SYNTH_DATE = { note: 'a synthetic release month, for benchmarks' };
/** How the one quote states every synthetic link: it does not name the ends, and says the data is made up. */
const SYNTH_EVIDENCE = { note: 'a synthetic link, for benchmarks: the quote says the whole landscape is made up' };

export function checkSynthSize(nodes: number): string | undefined {
  if (!Number.isInteger(nodes)) return `size must be a whole number of nodes, got ${nodes}`;
  if (nodes < MIN_SYNTH_NODES || nodes > MAX_SYNTH_NODES)
    return `size must be between ${MIN_SYNTH_NODES} and ${MAX_SYNTH_NODES} nodes, got ${nodes}`;
  return undefined;
}

export function generateLandscape(options: SynthOptions): Dataset {
  const problem = checkSynthSize(options.nodes);
  if (problem) throw new RangeError(problem);
  const random = createRandom(options.seed ?? 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const name = (index: number, suffixZh: string, suffixEn: string) => {
    const a = index % SYLLABLES_ZH.length;
    const b = Math.floor(index / SYLLABLES_ZH.length) % SYLLABLES_ZH.length;
    return {
      zh: `${SYLLABLES_ZH[a]}${SYLLABLES_ZH[b]}${suffixZh}${index}`,
      en: `${cap(SYLLABLES_EN[a])}${SYLLABLES_EN[b]} ${suffixEn} ${index}`,
    };
  };
  const entities: EntityRecord[] = [];
  const relations: RelationRecord[] = [];
  const add = (id: string, zhEn: { zh: string; en: string }) => entities.push({ id, name: zhEn, sources: [CITE] });
  // Release months for the time axis from a stream of their own, so the rest of the landscape is as before: four
  // in five models and products dated, 2015-01 to 2025-12, more of them recent; editorial, as no text states them.
  const dateRandom = createRandom((options.seed ?? 1) + 7919);
  const addDated = (id: string, zhEn: { zh: string; en: string }) => {
    if (dateRandom() >= 0.8) return add(id, zhEn);
    const month = Math.floor(132 * Math.sqrt(dateRandom()));
    const released = `${2015 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
    // Keys in the schema's order, so validation's fast path takes the record as it is.
    entities.push({ id, name: zhEn, released, date_editorial: SYNTH_DATE, sources: [CITE] });
  };
  const link = (from: string, type: RelationRecord['type'], to: string) =>
    relations.push({ from, type, to, evidence: SYNTH_EVIDENCE, sources: [CITE] });

  for (const [slug, zh, en] of MODALITIES) add(`modality:${slug}`, { zh, en });
  for (const slug of BUSINESS_MODELS) add(`business_model:${slug}`, { zh: `商业模式${slug}`, en: slug });
  for (const slug of MARKETS) add(`market:${slug}`, { zh: `市场${slug}`, en: slug });

  const fixed = entities.length;
  const rest = options.nodes - fixed;
  const trackCount = Math.max(6, Math.round(rest * 0.02));
  const companyCount = Math.max(5, Math.round(rest * 0.15));
  const modelCount = Math.max(5, Math.round(rest * 0.13));
  const productCount = rest - trackCount - companyCount - modelCount;

  const tracks: string[] = [];
  for (let i = 0; i < trackCount; i++) {
    const id = `track:t${i}`;
    add(id, name(i, '赛道', 'track'));
    // The first tracks sit under a modality, the others under an earlier track: a hierarchy.
    if (i < 3 * 4) link(id, 'part_of', `modality:${MODALITIES[i % 3][0]}`);
    else link(id, 'part_of', tracks[Math.floor(random() * Math.min(i, 40))]);
    tracks.push(id);
  }
  const companies: string[] = [];
  for (let i = 0; i < companyCount; i++) {
    const id = `company:c${i}`;
    add(id, name(i, '科技', 'Tech'));
    companies.push(id);
  }
  // Zipf-like vendor sizes: a few companies make most products.
  const vendor = () => companies[Math.floor(companyCount * random() ** 3)];
  const models: string[] = [];
  for (let i = 0; i < modelCount; i++) {
    const id = `model:m${i}`;
    addDated(id, name(i, '大模型', 'LM'));
    link(id, 'developed_by', vendor());
    if (i > 0 && random() < 0.3) link(id, 'based_on', models[Math.floor(i * random())]);
    models.push(id);
  }
  for (let i = 0; i < productCount; i++) {
    const id = `product:p${i}`;
    addDated(id, name(i, '助手', 'Assistant'));
    link(id, 'developed_by', vendor());
    const first = tracks[Math.floor(trackCount * random() ** 2)];
    link(id, 'in_track', first);
    if (random() < 0.2) {
      const second = pick(tracks);
      if (second !== first) link(id, 'in_track', second);
    }
    if (random() < 0.5) link(id, 'powered_by', models[Math.floor(modelCount * random() ** 2)]);
    if (random() < 0.3) link(id, 'business_model', `business_model:${pick(BUSINESS_MODELS)}`);
    if (random() < 0.2) link(id, 'targets_market', `market:${pick(MARKETS)}`);
  }

  return {
    sources: [
      {
        id: SYNTH_SOURCE_ID,
        title: { zh: '合成数据', en: 'Synthetic data' },
        publisher: { zh: '基准测试', en: 'Benchmark' },
        date: '2026',
      },
    ],
    entities,
    relations,
    figures: [],
  };
}

function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
