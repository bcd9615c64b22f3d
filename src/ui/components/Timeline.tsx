// The timeline strip under the map: the histogram of dated nodes, the time window as a "from – until" brush of
// two sliders (arrow keys move a month), keep or hide undated nodes, play with a speed and the current date
// shown large, and the nodes new in the window. The window is one more filter of the view state.
import { useCallback, useMemo, useState } from 'react';
import { formatMonth } from '../../core/dates/index.js';
import {
  computeDateExtent,
  computeTimeline,
  type FilterIndex,
  type FilterState,
  type NodeSubset,
  type TimeFilter,
} from '../../core/filters/index.js';
import type { Coloring } from '../appearance.js';
import { useI18n } from '../i18n.js';
import { PLAY_SPEEDS, usePlay } from '../state/use-play.js';
import type { ViewAction } from '../state/view-reducer.js';
import { NewInPeriodList } from './NewInPeriodList.js';
import { TimelineHistogram } from './TimelineHistogram.js';

const MONTHS = { month: 1, quarter: 3, year: 12 } as const;

interface Props {
  index: FilterIndex;
  filter: FilterState;
  visible: NodeSubset;
  coloring: Coloring;
  initiallyOpen: boolean;
  dispatch(action: ViewAction): void;
  onSelect(id: string): void;
}

export function Timeline({ index, filter, visible, coloring, initiallyOpen, dispatch, onSelect }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen || Boolean(filter.time));
  const [zoom, setZoom] = useState(false);
  const [speed, setSpeed] = useState<number>(1);
  const extent = useMemo(() => computeDateExtent(index), [index]);
  const time = filter.time ?? null;
  const axis = zoom && time ? { from: time.from, until: time.until } : extent;
  // The histogram counts what passes every filter but the window: a brush move or a play step leaves it as it is
  // (only a zoomed axis follows the window), so it is keyed on the filter without its window (a node group, such as
  // a community shown alone, by identity: it is a mask as long as the graph).
  const timeless = useMemo(() => JSON.stringify({ ...filter, time: null, within: null }), [filter]);
  const within = filter.within ?? null;
  const axisFrom = axis?.from;
  const axisUntil = axis?.until;
  const timeline = useMemo(
    () =>
      axisFrom !== undefined && axisUntil !== undefined && open
        ? computeTimeline(
            index,
            { ...(JSON.parse(timeless) as FilterState), within },
            {
              from: axisFrom,
              until: axisUntil,
              groupOf: coloring.entryOf,
              groupCount: coloring.entries.length,
            },
          )
        : null,
    [index, timeless, within, coloring, axisFrom, axisUntil, open],
  );
  const setTime = useCallback((next: TimeFilter | null) => dispatch({ type: 'setTime', time: next }), [dispatch]);
  const step = MONTHS[timeline?.unit ?? 'month'];
  const onStep = useCallback((until: number) => time && setTime({ ...time, until }), [time, setTime]);
  const play = usePlay({ until: time?.until ?? null, last: extent?.until ?? 0, step, speed, onStep });

  if (extent === null) {
    return (
      <section className="timeline" aria-label={t('timeline')}>
        <p className="muted small">{t('timelineNoDates')}</p>
      </section>
    );
  }
  const window = time ?? { from: extent.from, until: extent.until, undated: 'keep' as const };
  const move = (end: 'from' | 'until', value: number) => {
    play.setPlaying(false);
    const next = { ...window, [end]: value };
    // The ends push each other: from never passes until.
    if (next.from > next.until) next[end === 'from' ? 'until' : 'from'] = value;
    setTime(next);
  };
  const startPlaying = () => {
    // From the window's start, or from the axis's when the window already reaches the end.
    const from = window.from;
    if (!time || time.until >= extent.until) setTime({ ...window, from, until: from });
    play.setPlaying(true);
  };
  const slider = (end: 'from' | 'until', label: string) => (
    <label className="time-slider">
      <span>{label}</span>
      <input
        type="range"
        min={extent.from}
        max={extent.until}
        step={1}
        value={window[end]}
        aria-valuetext={formatMonth(window[end])}
        data-testid={`time-${end}`}
        onChange={(event) => move(end, Number(event.target.value))}
      />
      <output>{formatMonth(window[end])}</output>
    </label>
  );

  return (
    <section className={`timeline${open ? '' : ' folded'}`} aria-label={t('timeline')} data-testid="timeline">
      <div className="timeline-head">
        <button type="button" className="small-button" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? t('timelineHide') : t('timelineShow')}
        </button>
        <label className="facet-row">
          <input
            type="checkbox"
            checked={time !== null}
            onChange={() => {
              play.setPlaying(false);
              setTime(time ? null : window);
            }}
          />
          <span>{t('timeWindowOn')}</span>
        </label>
        {time && (
          <output className="time-current" data-testid="time-current" aria-label={t('timeCurrent')}>
            {formatMonth(time.until)}
          </output>
        )}
      </div>
      {open && (
        <div className="timeline-body">
          {timeline && <TimelineHistogram timeline={timeline} coloring={coloring} window={time} />}
          <div className="timeline-controls">
            {slider('from', t('timeFrom'))}
            {slider('until', t('timeUntil'))}
            <label className="inline-field">
              {t('timeUndated')}
              <select
                value={window.undated}
                data-testid="time-undated"
                onChange={(event) => setTime({ ...window, undated: event.target.value === 'hide' ? 'hide' : 'keep' })}
              >
                <option value="keep">{t('timeUndatedKeep')}</option>
                <option value="hide">{t('timeUndatedHide')}</option>
              </select>
            </label>
            <button
              type="button"
              className="small-button"
              data-testid="time-play"
              onClick={() => (play.playing ? play.setPlaying(false) : startPlaying())}
            >
              {play.playing ? t('timePause') : t('timePlay')}
            </button>
            <label className="inline-field">
              {t('timeSpeed')}
              <select value={speed} onChange={(event) => setSpeed(Number(event.target.value))}>
                {PLAY_SPEEDS.map((value) => (
                  <option key={value} value={value}>
                    {value}×
                  </option>
                ))}
              </select>
            </label>
            <label className="facet-row">
              <input type="checkbox" checked={zoom} disabled={!time} onChange={() => setZoom(!zoom)} />
              <span>{t('timeZoom')}</span>
            </label>
          </div>
          <NewInPeriodList index={index} filter={filter} visible={visible} onSelect={onSelect} />
        </div>
      )}
    </section>
  );
}
