// Headline figures of the report (market size, shares...) with the quotes they come from: each as a table (what
// screen readers read and what copies into a spreadsheet) and, where a picture helps (two or more values, or a share
// in per cent), as a bar chart drawn by Observable Plot, loaded with the first chart.
import { Suspense, lazy, useLayoutEffect, useState } from 'react';
import { useReturnFocus } from '../state/use-return-focus.js';
import type { FigureRecord } from '../../core/records/index.js';
import { useI18n } from '../i18n.js';
import { Evidence } from './Evidence.js';

const FigureChart = lazy(() => import('./FigureChart.js'));

function label(point: FigureRecord['points'][number]['label'], lang: 'zh' | 'en'): string {
  return typeof point === 'string' ? point : String(point?.[lang] ?? '');
}

export function FiguresPanel({ figures, onClose }: { figures: FigureRecord[]; onClose(): void }) {
  const { t, lang } = useI18n();
  // Closed with focus inside: back to what opened it (the figures button), not to <body>.
  const panel = useReturnFocus<HTMLElement>();
  // Charts as wide as the panel's text.
  const [width, setWidth] = useState(320);
  useLayoutEffect(() => {
    if (panel.current) setWidth(Math.max(240, panel.current.clientWidth - 32));
  }, [panel]);
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
        const points = (Array.isArray(figure.points) ? figure.points : []).map((point) => ({
          label: label(point.label, lang),
          value: Number(point.value),
          estimate: point.estimate === true,
          growth: point.growth,
        }));
        const percent = unit.trim() === '%';
        const charted = points.length >= 2 || (percent && points.length === 1);
        const hasGrowth = points.some((point) => point.growth !== undefined);
        const title = String(figure.title?.[lang] ?? figure.id);
        return (
          <article key={figure.id} className="figure" data-figure={figure.id}>
            <h3>{title}</h3>
            {charted && (
              <Suspense fallback={<div className="figure-chart" />}>
                <FigureChart points={points} unit={unit} estimateMark={`(${t('estimate')})`} percent={percent} width={width} />
              </Suspense>
            )}
            <table className="figure-table" data-testid="figure-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('figureItem')}</th>
                  <th scope="col">{unit ? t('figureValueIn', { unit }) : t('figureValue')}</th>
                  {hasGrowth && <th scope="col">{t('growth')}</th>}
                </tr>
              </thead>
              <tbody>
                {points.map((point, index) => (
                  <tr key={index}>
                    <th scope="row">
                      {point.label}
                      {point.estimate && <span className="muted"> · {t('estimate')}</span>}
                    </th>
                    <td>{Number.isFinite(point.value) ? point.value.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') : ''}</td>
                    {hasGrowth && <td>{point.growth !== undefined ? `${point.growth}%` : ''}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
            <Evidence sources={figure.sources} editorial={figure.editorial?.note} compact />
          </article>
        );
      })}
    </section>
  );
}
