// The legend over the canvas: a toggle that folds it away, the colour mode switch, a row per colour
// with its visible count (a community's row shows it alone), and the mark of editorial links. It starts folded on
// small screens.
import { useId, useState, type ReactNode } from 'react';
import { COLOR_MODES, type ColorMode } from '../../core/view-state/index.js';
import type { LegendRow } from '../appearance.js';
import { EDITORIAL_EDGE_COLOR } from '../appearance.js';
import type { Asked } from '../analysis/use-analysis.js';
import { COLOR_MODE_LABELS, useI18n } from '../i18n.js';
import { communityOfKey } from './CommunityFacet.js';
import { ProgressBar } from './ProgressBar.js';

const ROW_LIMIT = 10;
/** Where the open legend would take too much of the map. */
const SMALL_SCREEN = '(max-width: 1000px), (max-height: 560px)';

interface Props {
  mode: ColorMode;
  rows: LegendRow[];
  /** The modes this data offers (see computeColorModes). */
  modes: readonly ColorMode[];
  /** The attribute the 'attribute' mode colours by. */
  attribute?: string;
  onMode(mode: ColorMode): void;
  /** Colours computed elsewhere (communities, in the analysis worker): shown while they run. */
  status?: Asked<{ communities: readonly unknown[]; modularity: number }>;
  /** Size, label, link thickness and the colour attribute, under the colour switch. */
  appearance?: ReactNode;
  /** Whether the data has editorial links (ours may; a file never does): their mark is explained only then. */
  editorialLinks?: boolean;
  /** Communities: each named one's row shows it alone (pressed again, all); `picked` is the one shown. */
  picked?: number | null;
  onPick?(community: number | null): void;
}

export function Legend({ mode, rows, modes, attribute, onMode, status, appearance, editorialLinks = true, picked = null, onPick }: Props) {
  const { t, name } = useI18n();
  const id = useId();
  const [open, setOpen] = useState(() => !window.matchMedia?.(SMALL_SCREEN).matches);
  const [all, setAll] = useState(false);
  const shown = all ? rows : rows.slice(0, ROW_LIMIT);
  return (
    <section className="legend" aria-label={t('legend')}>
      <button
        type="button"
        className="legend-toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        title={t(open ? 'legendHide' : 'legendShow')}
        onClick={() => setOpen(!open)}
      >
        <span className="legend-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        {t('legend')}
      </button>
      <div id={`${id}-body`} hidden={!open}>
        <label className="inline-field">
          {t('colourBy')}
          <select value={mode} onChange={(event) => onMode(event.target.value as ColorMode)}>
            {COLOR_MODES.filter((value) => modes.includes(value) || value === mode).map((value) => (
              <option key={value} value={value}>
                {t(COLOR_MODE_LABELS[value], { name: attribute ?? '' })}
              </option>
            ))}
          </select>
        </label>
        {appearance}
        {status?.status === 'running' && (
          <p className="muted small" role="status">
            {t('communityRunning')} <ProgressBar value={status.progress} label={t('communityRunning')} />
          </p>
        )}
        {status?.status === 'error' && (
          <p className="warning small" role="alert">
            {t('analysisFailed', { reason: status.message })}
          </p>
        )}
        {status?.status === 'done' && (
          <p className="muted small legend-summary" data-communities={status.value.communities.length}>
            {t('communitySummary', { count: status.value.communities.length, modularity: status.value.modularity.toFixed(3) })}
          </p>
        )}
        <ul>
          {shown.map((row) => {
            const content = (
              <>
                <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                <span className="legend-name">{row.key === '' ? t('legendNone') : name(row)}</span>
                <span className="count">{row.count}</span>
              </>
            );
            const community = onPick ? communityOfKey(row.key) : null;
            return (
              <li key={row.key || 'none'} data-key={row.key} data-count={row.count}>
                {community === null ? (
                  content
                ) : (
                  <button
                    type="button"
                    className="legend-pick"
                    aria-pressed={picked === community}
                    title={`${name(row)} · ${t('communityShowOnly')}`}
                    onClick={() => onPick!(picked === community ? null : community)}
                  >
                    {content}
                  </button>
                )}
              </li>
            );
          })}
          {editorialLinks && (
            <li>
              <span className="edge-swatch" style={{ background: EDITORIAL_EDGE_COLOR }} aria-hidden="true" />
              <span className="legend-name">{t('editorialEdge')}</span>
            </li>
          )}
        </ul>
        {rows.length > ROW_LIMIT && (
          <button type="button" className="text-button" onClick={() => setAll(!all)}>
            {all ? t('showFewer') : t('legendOthers', { count: rows.length - ROW_LIMIT })}
          </button>
        )}
      </div>
    </section>
  );
}
