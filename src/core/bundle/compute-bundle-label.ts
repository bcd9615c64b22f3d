// What a bundle is called in file names and picture credits: its first source's title, and the year the source
// is about (a year in its title, "2024年中国人工智能产业研究报告" → 2024), else the year it is dated.
import type { Bundle } from './types.js';

export interface BundleLabel {
  title: { zh: string; en: string } | undefined;
  /** The year file names carry (landscape-vision-2024.gexf), when the sources say one. */
  year: number | undefined;
}

const YEAR = /(?:^|\D)((?:19|20)\d{2})(?!\d)/;

export function computeBundleLabel(bundle: Pick<Bundle, 'sources'>): BundleLabel {
  const source = bundle.sources[0];
  if (!source) return { title: undefined, year: undefined };
  const title = source.title as { zh?: string; en?: string } | undefined;
  const inTitle = YEAR.exec(title?.zh ?? '') ?? YEAR.exec(title?.en ?? '');
  const dated = YEAR.exec(String(source.date ?? ''));
  const year = inTitle ? Number(inTitle[1]) : dated ? Number(dated[1]) : undefined;
  return { title: title?.zh || title?.en ? { zh: title.zh ?? title.en ?? '', en: title.en ?? title.zh ?? '' } : undefined, year };
}
