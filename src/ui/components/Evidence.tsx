// Citations of a node or link, grouped by source ("2 sources"): the report's verbatim quote with its section, a
// table's row with the cells it rests on; editorial facts marked, a source's false claim marked disputed with the
// correction, sources that disagree named with what each says, and data from another site said to be so.
import { EDITORIAL_CLAIM, type Disagreement } from '../../core/graph/index.js';
import type { Citation, SourceRecord } from '../../core/records/index.js';
import { useI18n } from '../i18n.js';
import { isHttpUrl, namesOf, useViewerData } from '../data/viewer-data.js';

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
  const { t } = useI18n();
  const data = useViewerData();
  const list = Array.isArray(sources) ? sources : [];
  // Citations grouped by source, in the order the sources first appear: a fact two sources state shows both.
  const groups = new Map<string, Citation[]>();
  for (const citation of list) {
    const id = String(citation?.source ?? '');
    groups.set(id, [...(groups.get(id) ?? []), citation]);
  }
  return (
    <div className={compact ? 'evidence compact' : 'evidence'}>
      {editorial !== undefined && <EditorialMark note={String(editorial)} />}
      {disputed !== undefined && <DisputedMark note={String(disputed.note)} correction={disputed.correction} />}
      {list.length === 0 && editorial === undefined && <p className="muted">{t('noEvidence')}</p>}
      {groups.size > 1 && <p className="source-count">{t('sourceCount', { count: groups.size })}</p>}
      {[...groups].map(([id, citations]) => (
        <SourceCitations key={id} source={data.sources.get(id)} id={id} citations={citations} foreignOrigin={data.foreignOrigin} />
      ))}
      {evidenceNote !== undefined && list.length > 0 && (
        <p className="evidence-note">
          {t('evidenceNote')} {String(evidenceNote)}
        </p>
      )}
    </div>
  );
}

function SourceCitations(props: { source: SourceRecord | undefined; id: string; citations: Citation[]; foreignOrigin: string | null }) {
  const { source, id, citations, foreignOrigin } = props;
  const { t, lang } = useI18n();
  const title = String(source?.title?.[lang] ?? id);
  const caption = (detail: React.ReactNode) => (
    <figcaption>
      <SafeLink href={source?.url}>{title}</SafeLink>
      {detail}
      {foreignOrigin && <span className="foreign-origin">{` · ${t('foreignData', { origin: foreignOrigin })}`}</span>}
    </figcaption>
  );
  return (
    <section className="source-citations" data-source={id}>
      {citations.map((citation, index) => {
        if ('row' in citation) {
          const values = citation.values && typeof citation.values === 'object' ? citation.values : {};
          const columns = Array.isArray(citation.columns) ? citation.columns : Object.keys(values);
          return (
            <figure className="citation row-citation" key={index}>
              <dl>
                {columns.map((column) => {
                  const value = String((values as Record<string, unknown>)[column] ?? '');
                  return (
                    <div key={String(column)}>
                      <dt>{String(column)}</dt>
                      <dd>
                        <CellText value={value} />
                      </dd>
                    </div>
                  );
                })}
              </dl>
              {caption(` · ${t('tableRow')} ${String(citation.row)}`)}
            </figure>
          );
        }
        return (
          <figure className="citation" key={index}>
            <blockquote>{String(citation.quote ?? '')}</blockquote>
            {caption(citation.section ? ` · ${String(citation.section)}` : '')}
          </figure>
        );
      })}
    </section>
  );
}

/** A cited cell: its links (a cell may hold several, one per line) as links, anything else as text. */
function CellText({ value }: { value: string }) {
  const parts = value.split(/\s+/).filter((part) => part !== '');
  if (parts.length === 0 || !parts.every(isHttpUrl)) return <>{value}</>;
  return (
    <>
      {parts.map((part, index) => (
        <span key={index} className="cell-link">
          <SafeLink href={part}>{part}</SafeLink>
        </span>
      ))}
    </>
  );
}

/** Where the sources citing a node disagree (a different developer): each source's claim, by name. */
export function DisagreementMark({ disagreements }: { disagreements: Disagreement[] }) {
  const { t, name, lang } = useI18n();
  const data = useViewerData();
  if (disagreements.length === 0) return null;
  // Claims in the sources' order, the editors' last.
  const order = data.bundle.sources.map((source) => String(source.id));
  const rank = (source: string) => (order.includes(source) ? order.indexOf(source) : order.length);
  return (
    <div className="disputed disagreement" role="note">
      <span className="disputed-badge">{t('disagreement')}</span>
      <ul>
        {disagreements.map((disagreement) => (
          <li key={disagreement.relation}>
            {t('disagreeDeveloper', {
              claims: [...disagreement.claims]
                .sort((a, b) => rank(a.source) - rank(b.source))
                .map((claim) => {
                  const source = data.sources.get(claim.source);
                  const by =
                    claim.source === EDITORIAL_CLAIM
                      ? t('editorial')
                      : String(source?.publisher?.[lang] ?? source?.title?.[lang] ?? claim.source);
                  return `${by}: ${claim.targets.map((target) => name(namesOf(data.graph, target))).join(lang === 'zh' ? '、' : ', ')}`;
                })
                .join(lang === 'zh' ? '；' : '; '),
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The disputed claim of a node or edge from its attributes, if it has one. */
export function disputedOf(attributes: Readonly<Record<string, unknown>>): EvidenceProps['disputed'] {
  if (attributes.disputed === undefined) return undefined;
  return { note: String(attributes.disputed), correction: attributes.correction === undefined ? undefined : String(attributes.correction) };
}
