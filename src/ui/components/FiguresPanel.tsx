// Headline figures of the report (market size, shares...) with the quotes they come from.
import { useLayoutEffect, useRef, useState } from 'react';
import type { FigureRecord } from '../../core/records/index.js';
import { useI18n } from '../i18n.js';
import { Evidence } from './Evidence.js';

function label(point: FigureRecord['points'][number]['label'], lang: 'zh' | 'en'): string {
  return typeof point === 'string' ? point : String(point?.[lang] ?? '');
}

export function FiguresPanel({ figures, onClose }: { figures: FigureRecord[]; onClose(): void }) {
  const { t, lang } = useI18n();
  const panel = useRef<HTMLElement>(null);
  // Closed with focus inside: back to what opened it (the figures button), not to <body>.
  // Read while rendering: by the first layout effect the close button has taken focus (autoFocus).
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useLayoutEffect(() => {
    const element = panel.current;
    return () => {
      const focus = document.activeElement;
      if (opener?.isConnected && (!focus || focus === document.body || element?.contains(focus))) opener.focus();
    };
  }, [opener]);
  return (
    <section
      ref={panel}
      className="figures"
      aria-label={t('figuresTitle')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // Handled: the viewer's own Esc would also clear the selection.
        event.preventDefault();
        onClose();
      }}
    >
      <header className="details-header">
        <h2 tabIndex={-1}>{t('figuresTitle')}</h2>
        <button type="button" className="icon-button" aria-label={t('close')} title={t('close')} onClick={onClose} autoFocus>
          ×
        </button>
      </header>
      {figures.map((figure) => {
        const unit = figure.unit ? (figure.unit[lang] ?? figure.unit.zh ?? figure.unit.en ?? '') : '';
        return (
          <article key={figure.id} className="figure">
            <h3>{String(figure.title?.[lang] ?? figure.id)}</h3>
            <ul>
              {(Array.isArray(figure.points) ? figure.points : []).map((point, index) => (
                <li key={index}>
                  <span>{label(point.label, lang)}</span>{' '}
                  <strong>
                    {Number(point.value).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en')}
                    {unit ? ` ${unit}` : ''}
                  </strong>
                  {point.growth !== undefined && (
                    <span className="muted">
                      {' '}
                      ({t('growth')} {point.growth}%)
                    </span>
                  )}
                  {point.estimate && <span className="muted"> · {t('estimate')}</span>}
                </li>
              ))}
            </ul>
            <Evidence sources={figure.sources} editorial={figure.editorial?.note} compact />
          </article>
        );
      })}
    </section>
  );
}
