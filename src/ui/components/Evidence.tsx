// Citations of a node or link: source title, section and the verbatim quote; editorial facts marked, a source's
// false claim marked disputed with the correction, and how a quote states a link it does not name.
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

/** The source's claim is false: shown beside its quote, never instead of it. */
export function DisputedMark({ note, correction }: { note: string; correction?: string }) {
  const { t } = useI18n();
  return (
    <div className="disputed" role="note">
      <span className="disputed-badge">{t('disputed')}</span> {note}
      {correction && (
        <p className="correction">
          <strong>{t('correction')}</strong> {correction}
        </p>
      )}
    </div>
  );
}

interface EvidenceProps {
  sources: Citation[];
  editorial?: string;
  /** What is wrong with the source's claim, and what is true. */
  disputed?: { note: string; correction?: string };
  /** How the cited text states the link without naming both ends. */
  evidenceNote?: string;
  compact?: boolean;
}

export function Evidence({ sources, editorial, disputed, evidenceNote, compact = false }: EvidenceProps) {
  const { t, lang } = useI18n();
  const data = useViewerData();
  const list = Array.isArray(sources) ? sources : [];
  return (
    <div className={compact ? 'evidence compact' : 'evidence'}>
      {editorial !== undefined && <EditorialMark note={String(editorial)} />}
      {disputed !== undefined && <DisputedMark note={String(disputed.note)} correction={disputed.correction} />}
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
      {evidenceNote !== undefined && list.length > 0 && (
        <p className="evidence-note">
          {t('evidenceNote')} {String(evidenceNote)}
        </p>
      )}
    </div>
  );
}

/** The disputed claim of a node or edge from its attributes, if it has one. */
export function disputedOf(attributes: Readonly<Record<string, unknown>>): EvidenceProps['disputed'] {
  if (attributes.disputed === undefined) return undefined;
  return { note: String(attributes.disputed), correction: attributes.correction === undefined ? undefined : String(attributes.correction) };
}
