// The credit line of each source, as pictures, exported files and the viewer's footer carry it: the source's own
// `credit` (a licence may require its wording, as CC BY does for Epoch AI), else publisher, title and date.
import type { SourceRecord } from './schema.js';

type Lang = 'zh' | 'en';

export function computeCreditLine(source: Pick<SourceRecord, 'credit' | 'publisher' | 'title' | 'date'>, lang: Lang): string {
  if (source.credit) return source.credit;
  const date = source.date ? String(source.date) : '';
  if (lang === 'zh') return `${source.publisher.zh}，《${source.title.zh}》${date ? `（${date}）` : ''}`;
  return `${source.publisher.en}, ${source.title.en}${date ? ` (${date})` : ''}`;
}

/** Every source's credit in one line: "Sources: A; B", or '' when there is none. */
export function computeCreditText(sources: readonly Pick<SourceRecord, 'credit' | 'publisher' | 'title' | 'date'>[], lang: Lang): string {
  if (sources.length === 0) return '';
  const lines = sources.map((source) => computeCreditLine(source, lang));
  return lang === 'zh' ? `来源：${lines.join('；')}` : `Sources: ${lines.join('; ')}`;
}
