// The dates of a node or link for the details panel: each with its precision and what states it (the quote's
// source, the table's row and column, or the editor's note, marked as editorial).
import type { ReactNode } from 'react';
import { readDate } from '../../core/dates/index.js';
import { computeDateEvidence, type Citation } from '../../core/records/index.js';
import type { StringKey, Translate } from '../i18n.js';

const PRECISION_KEYS = { year: 'precisionYear', month: 'precisionMonth', day: 'precisionDay' } as const;

interface Dated {
  sources?: unknown;
  dateEditorial?: unknown;
}

/** [label, value] pairs for the details panel's facts, one per date field present. */
export function computeDateFacts(
  item: Dated & Record<string, unknown>,
  fields: [string, StringKey][],
  t: Translate,
): [string, ReactNode][] {
  const facts: [string, ReactNode][] = [];
  const record = {
    sources: Array.isArray(item.sources) ? (item.sources as Citation[]) : [],
    date_editorial: typeof item.dateEditorial === 'string' ? { note: item.dateEditorial } : undefined,
  };
  for (const [field, label] of fields) {
    const value = item[field];
    if (value === undefined || value === null || value === '') continue;
    const date = readDate(value);
    if (date === undefined) {
      facts.push([t(label), String(value)]);
      continue;
    }
    const evidence = computeDateEvidence(record, date);
    let source: ReactNode = null;
    if (evidence.kind === 'quote' || evidence.kind === 'row') {
      const citation = record.sources[evidence.citation];
      source =
        evidence.kind === 'row' && 'row' in citation
          ? t('dateRow', { source: citation.source, row: citation.row, column: evidence.column })
          : `${citation.source}: 「${'quote' in citation ? citation.quote : ''}」`;
    } else if (evidence.kind === 'editorial') {
      source = <span className="editorial-text">{t('dateEditorial', { note: evidence.note })}</span>;
    }
    facts.push([
      t(label),
      <span data-testid={`date-${field}`} data-precision={date.precision}>
        {date.text}{' '}
        <span className="muted small">
          ({t('datePrecision')}: {t(PRECISION_KEYS[date.precision])})
        </span>
        {source !== null && (
          <>
            <br />
            <span className="small">
              {t('dateSource')}: {source}
            </span>
          </>
        )}
      </span>,
    ]);
  }
  return facts;
}
