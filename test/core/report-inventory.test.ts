// Walks the report's product inventories (the numbered lists of the voice, vision and language chapters and
// the overseas company–product matrix) and fails if anything named there is missing from graph-data.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGraphData } from '../../src/cli/graph-data.js';
import { isError, validateDataset, type EntityRecord } from '../../src/core/records/index.js';

const ROOT = resolve(import.meta.dirname, '../../graph-data');
const REPORT = readFileSync(resolve(ROOT, 'sources/iresearch-2024-china-ai.md'), 'utf8');
const { dataset, problems } = validateDataset(readGraphData(ROOT));

const norm = (name: string) => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
const byName = new Map<string, EntityRecord[]>();
for (const entity of dataset.entities) {
  for (const name of [entity.name.zh, entity.name.en, ...(entity.aliases ?? [])]) {
    byName.set(norm(name), [...(byName.get(norm(name)) ?? []), entity]);
  }
}
const kindsNamed = (name: string) => (byName.get(norm(name)) ?? []).map((entity) => entity.id.split(':')[0]);

/** The lines between a heading and the next heading of the same or a higher level. */
function section(heading: string): string[] {
  const lines = REPORT.split('\n');
  const start = lines.findIndex((line) => /^#+ /.test(line) && line.replace(/^#+ /, '').trim() === heading);
  if (start < 0) throw new Error(`heading not found in the report: ${heading}`);
  const level = lines[start].indexOf(' ');
  const end = lines.findIndex((line, index) => index > start && /^#+ /.test(line) && line.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

function boldListItems(heading: string): string[] {
  return section(heading)
    .map((line) => /^- \*\*(.+?)\*\*\s*[：:]/.exec(line.trim())?.[1])
    .filter((name): name is string => name !== undefined);
}

const INVENTORIES = ['2024年AI语音典型产品盘点', '2024年AI视觉典型产品盘点', '2024年中国AI语言及多模态典型产品'];
/** Items that name a category of products rather than one product: they are tracks in the graph. */
const CATEGORY_ITEMS = new Set(['智能语音/对话机器人', 'AI陪伴类产品', '企业级Agent产品方案', '手机智能体助手', '知识管理助手']);
/** Items that name a company for its family of products (美图：美图旗下美图秀秀、WHEE…). */
const COMPANY_ITEMS = new Set(['美图']);
/** The matrix's maker of FlowGPT is "an individual developer": no company to link. */
const UNNAMED_MAKER = '个人开发者';
const isMaker = (name: string) => name === UNNAMED_MAKER || kindsNamed(name).includes('company');

describe('the report graph', () => {
  it('is valid (warnings, such as two sources disagreeing, leave it valid)', () => {
    expect(problems.filter(isError)).toEqual([]);
  });

  it.each(INVENTORIES)('has every product of the inventory 「%s」', (heading) => {
    const names = boldListItems(heading);
    expect(names.length).toBeGreaterThan(8);
    const missing = names.filter((name) => {
      const kinds = kindsNamed(name);
      if (CATEGORY_ITEMS.has(name)) return !kinds.includes('track');
      if (COMPANY_ITEMS.has(name)) return !kinds.includes('company');
      return !kinds.some((kind) => kind === 'product' || kind === 'model');
    });
    expect(missing).toEqual([]);
  });

  it('has the products the inventories name inside their descriptions', () => {
    // Each entry: a name, and a phrase of the report line that names it (so this list cannot drift from the text).
    const inline: [string, string][] = [
      ['星野', '如星野、WoW、猫箱等APP'],
      ['WoW', '如星野、WoW、猫箱等APP'],
      ['猫箱', '如星野、WoW、猫箱等APP'],
      ['AutoGLM', '如智谱AutoGLM、荣耀的YOYO助手'],
      ['YOYO助手', '如智谱AutoGLM、荣耀的YOYO助手'],
      ['美图秀秀', '美图旗下美图秀秀、WHEE、Wink、美图工作室'],
      ['WHEE', '美图旗下美图秀秀、WHEE、Wink、美图工作室'],
      ['Wink', '美图旗下美图秀秀、WHEE、Wink、美图工作室'],
      ['美图工作室', '美图旗下美图秀秀、WHEE、Wink、美图工作室'],
    ];
    for (const [, phrase] of inline) expect(REPORT).toContain(phrase);
    expect(inline.filter(([name]) => !kindsNamed(name).some((kind) => kind === 'product' || kind === 'model'))).toEqual([]);
  });

  it('has every vendor the vision chapter names as representative', () => {
    const line = section('AI图像/视频分析产品').find((text) => text.includes('代表厂商'))!;
    const vendors = /代表厂商\*\*：(.+?)等/.exec(line)![1].split('、');
    expect(vendors).toHaveLength(5);
    expect(vendors.filter((name) => !kindsNamed(name).includes('company'))).toEqual([]);
  });

  it('has every company and product of the overseas matrix, linked by developed_by', () => {
    const rows = section('AI产品方向与出海企业矩阵 - 产品列举').filter((line) => line.startsWith('<b>'));
    expect(rows).toHaveLength(3);
    const pairs: [string, string][] = [];
    const unexplained: string[] = [];
    for (const row of rows) {
      for (const cell of row.split('\t').slice(1)) {
        // A cell is "Company-Product Company-Product ..."; names may hold spaces, so find the split
        // between one product and the next company that the graph can explain.
        const parts = cell
          .replace(/等(?=\s|$)/g, '')
          .trim()
          .split('-');
        let company = parts[0].trim();
        for (let i = 1; i < parts.length; i++) {
          const middle = parts[i].trim();
          if (i === parts.length - 1) {
            pairs.push([company, middle]);
            break;
          }
          const words = middle.split(/\s+/);
          const split = words.findIndex(
            (_, at) => at > 0 && isMaker(words.slice(at).join(' ')) && kindsNamed(words.slice(0, at).join(' ')).includes('product'),
          );
          if (split < 0) {
            unexplained.push(`${company}-${middle}`);
            break;
          }
          pairs.push([company, words.slice(0, split).join(' ')]);
          company = words.slice(split).join(' ');
        }
      }
    }
    expect(unexplained).toEqual([]);
    expect(pairs).toHaveLength(26);
    const developedBy = new Set(dataset.relations.filter((r) => r.type === 'developed_by').map((r) => `${r.from} ${r.to}`));
    const missing = pairs.filter(([company, product]) => {
      if (company === UNNAMED_MAKER) return !kindsNamed(product).includes('product');
      const products = (byName.get(norm(product)) ?? []).filter((e) => e.id.startsWith('product:'));
      const companies = (byName.get(norm(company)) ?? []).filter((e) => e.id.startsWith('company:'));
      return !products.some((p) => companies.some((c) => developedBy.has(`${p.id} ${c.id}`)));
    });
    expect(missing).toEqual([]);
  });
});
