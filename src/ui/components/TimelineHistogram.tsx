// The timeline's histogram: dated nodes per bucket as stacked bars in the colours of the current colour mode,
// the buckets inside the time window drawn strong, the rest faint. A picture with a text summary for screen readers.
import type { Timeline } from '../../core/filters/index.js';
import { formatMonth } from '../../core/dates/index.js';
import type { Coloring } from '../appearance.js';
import { useI18n } from '../i18n.js';

const HEIGHT = 48;
const UNIT_KEYS = { month: 'unitMonth', quarter: 'unitQuarter', year: 'unitYear' } as const;

interface Props {
  timeline: Timeline;
  coloring: Coloring;
  window: { from: number; until: number } | null;
}

export function TimelineHistogram({ timeline, coloring, window }: Props) {
  const { t } = useI18n();
  const { buckets } = timeline;
  if (buckets.length === 0) return null;
  // Heights on a square-root scale: a decade of a few models stays visible beside a month of hundreds.
  const highest = Math.sqrt(Math.max(1, ...buckets.map((bucket) => bucket.total)));
  const label = t('timeHistogram', {
    unit: t(UNIT_KEYS[timeline.unit]),
    first: formatMonth(buckets[0].start),
    last: formatMonth(buckets[buckets.length - 1].end),
    dated: timeline.dated,
    undated: timeline.undated,
  });
  return (
    <div className="timeline-chart">
      <svg
        className="timeline-histogram"
        role="img"
        aria-label={label}
        data-testid="timeline-histogram"
        data-unit={timeline.unit}
        viewBox={`0 0 ${buckets.length * 10} ${HEIGHT}`}
        preserveAspectRatio="none"
      >
        {buckets.map((bucket, at) => {
          const inside = window === null || (bucket.end >= window.from && bucket.start <= window.until);
          let top = HEIGHT;
          return (
            <g key={bucket.start} opacity={inside ? 1 : 0.25} data-start={formatMonth(bucket.start)} data-total={bucket.total}>
              {[...bucket.groups].map(([group, count]) => {
                // The stack's height is the square root of its total; each group gets its share of it.
                const height = (count / bucket.total) * (Math.sqrt(bucket.total) / highest) * (HEIGHT - 2);
                top -= height;
                const color = coloring.entries[group]?.color ?? '#999';
                return <rect key={group} x={at * 10 + 1} width={8} y={top} height={height} fill={color} />;
              })}
            </g>
          );
        })}
      </svg>
      <div className="timeline-axis" aria-hidden="true">
        <span>{formatMonth(buckets[0].start)}</span>
        <span>{formatMonth(buckets[buckets.length - 1].end)}</span>
      </div>
    </div>
  );
}
