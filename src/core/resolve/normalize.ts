// Names as entity resolution compares them: NFKC, case folded, punctuation dropped, Latin letters and digits split
// apart (GPT4o = GPT-4o = gpt 4 o) and Han runs kept whole; for organisations also without legal and generic
// suffixes (Inc., Ltd., Technologies, AI Lab, 公司, 科技...). Version tokens are kept: they keep versions apart.

/** Tokens of a name: `Qwen2.5-72B` → qwen 2 5 72 b; `DeepSeek模型` → deepseek 模型. */
export function nameTokens(name: string): string[] {
  let tokens = seen.get(name);
  if (tokens === undefined) {
    if (seen.size > 200_000) seen.clear();
    seen.set(name, (tokens = computeTokens(name)));
  }
  return tokens;
}
// Names are tokenised again and again (each index, each rule): once per name is enough. Callers do not change the lists.
const seen = new Map<string, string[]>();

function computeTokens(name: string): string[] {
  // Plain ASCII (most names): letters and digits, nothing to normalise.
  if (/^[\x20-\x7e]*$/.test(name))
    return (
      name
        .toLowerCase()
        .replace(/['`]/g, '')
        .replace(/\+/g, ' plus ')
        .match(/[a-z]+|[0-9]+/g) ?? []
    );
  const tokens: string[] = [];
  const text = name.normalize('NFKC').toLowerCase().replace(/[’'`]/g, '').replace(/\+/g, ' plus ');
  for (const match of text.matchAll(/\p{Script=Han}+|[a-z]+|[0-9]+|[^\s\p{P}\p{S}a-z0-9\p{Script=Han}]+/gu)) tokens.push(match[0]);
  return tokens;
}

/** Legal forms and generic words that do not tell two organisations apart, as token sequences; longest first. */
const ORG_SUFFIXES = [
  ['ai', 'lab'],
  ['co', 'ltd'],
  ['inc'],
  ['ltd'],
  ['llc'],
  ['co'],
  ['corp'],
  ['corporation'],
  ['company'],
  ['limited'],
  ['gmbh'],
  ['plc'],
  ['technologies'],
  ['technology'],
  ['tech'],
  ['group'],
  ['holdings'],
  ['ai'],
];
const HAN_SUFFIXES = ['股份有限公司', '有限公司', '公司', '集团', '科技', '人工智能'];

/** An organisation's tokens without the suffixes above (repeatedly: "X Technology Co., Ltd." → x); never emptied, never only digits. */
export function orgCoreTokens(tokens: readonly string[]): string[] {
  let core = [...tokens];
  for (let changed = true; changed;) {
    changed = false;
    const last = core.at(-1);
    if (last !== undefined && /\p{Script=Han}/u.test(last)) {
      const suffix = HAN_SUFFIXES.find((end) => last.endsWith(end) && last.length > end.length);
      if (suffix !== undefined) {
        core = [...core.slice(0, -1), last.slice(0, -suffix.length)];
        changed = true;
        continue;
      }
    }
    for (const suffix of ORG_SUFFIXES) {
      if (core.length <= suffix.length) continue;
      if (suffix.every((token, index) => core[core.length - suffix.length + index] === token)) {
        const rest = core.slice(0, core.length - suffix.length);
        if (rest.every((token) => /^\d+$/.test(token))) continue;
        core = rest;
        changed = true;
        break;
      }
    }
  }
  return core;
}

/**
 * Tokens that name a version, size or edition rather than a different thing: numbers, sizes (7b, 32b), v, and
 * the edition words. A model name that ends in one is a version, never a family.
 */
const VERSION_WORDS = new Set([
  'v',
  'b',
  'm',
  'k',
  't',
  'x',
  'o',
  'a',
  'e',
  'mini',
  'turbo',
  'lite',
  'pro',
  'preview',
  'distill',
  'instruct',
  'chat',
  'base',
  'max',
  'plus',
  'flash',
  'ultra',
  'nano',
  'small',
  'medium',
  'large',
  'xl',
  'xxl',
  'tiny',
  'huge',
  'zero',
  'moe',
]);

export function isVersionToken(token: string): boolean {
  return /^\d+$/.test(token) || VERSION_WORDS.has(token);
}

export function tokenKey(tokens: readonly string[]): string {
  return tokens.join(' ');
}
