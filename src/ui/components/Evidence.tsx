// Citations of a node or link: source title, section and the verbatim quote; editorial facts marked.
import type { Citation } from '../../core/records/index.js';
import { useI18n } from '../i18n.js';
import { isHttpUrl, useViewerData } from '../data/viewer-data.js';

export function SafeLink({ href, children }: { href: unknown; children: React.ReactNode }) {
  if (!isHttpUrl(href)) return <>{children}</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function EditorialMark({ note }: { note: string }) {
  const { t } = useI18n();
  return (
    <p className="editorial">
      <span className="editorial-badge">{t('editorial')}</span> {note}
    </p>
  );
}

export function Evidence({ sources, editorial, compact = false }: { sources: Citation[]; editorial?: string; compact?: boolean }) {
  const { t, lang } = useI18n();
  const data = useViewerData();
  const list = Array.isArray(sources) ? sources : [];
  return (
    <div className={compact ? 'evidence compact' : 'evidence'}>
      {editorial !== undefined && <EditorialMark note={String(editorial)} />}
      {list.length === 0 && editorial === undefined && <p className="muted">{t('noEvidence')}</p>}
      {list.map((citation, index) => {
        const source = data.sources.get(citation.source);
        const title = String(source?.title?.[lang] ?? citation.source);
        if ('row' in citation) {
          const values = citation.values && typeof citation.values === 'object' ? citation.values : {};
          const columns = Array.isArray(citation.columns) ? citation.columns : Object.keys(values);
          return (
            <figure className="citation row-citation" key={index}>
              <dl>
                {columns.map((column) => (
                  <div key={String(column)}>
                    <dt>{String(column)}</dt>
                    <dd>{String((values as Record<string, unknown>)[column] ?? '')}</dd>
                  </div>
                ))}
              </dl>
              <figcaption>
                <SafeLink href={source?.url}>{title}</SafeLink>
                {` · ${t('tableRow')} ${String(citation.row)}`}
              </figcaption>
            </figure>
          );
        }
        return (
          <figure className="citation" key={index}>
            <blockquote>{String(citation.quote ?? '')}</blockquote>
            <figcaption>
              <SafeLink href={source?.url}>{title}</SafeLink>
              {citation.section ? ` · ${String(citation.section)}` : ''}
            </figcaption>
          </figure>
        );
      })}
    </div>
  );
}
