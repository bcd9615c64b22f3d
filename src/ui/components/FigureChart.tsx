// One of the report's figures as a bar chart (Observable Plot, loaded with the figures panel's first chart: the
// first view loads none of it). Horizontal bars, labels in the reader's language, the unit on the axis; a share in
// per cent is drawn against 0–100 %, a forecast lighter and marked. The chart is a picture of the table beside it:
// hidden from screen readers, which read the table.
import { useEffect, useRef } from 'react';
import * as Plot from '@observablehq/plot';

export interface ChartPoint {
  label: string;
  value: number;
  estimate: boolean;
}

interface Props {
  points: readonly ChartPoint[];
  unit: string;
  /** Shown after a forecast's label ("2029 (forecast)"). */
  estimateMark: string;
  percent: boolean;
  width: number;
}

const BAR = '#1859c9';
const FORECAST = '#8fb0e8';

export default function FigureChart({ points, unit, estimateMark, percent, width }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const data = points.map((point) => ({ ...point, shown: point.estimate ? `${point.label} ${estimateMark}` : point.label }));
    // Each bar with its label above it (long Chinese labels need the whole width), its value at its end.
    const chart = Plot.plot({
      width,
      height: 44 + data.length * 38,
      marginLeft: 4,
      marginRight: 56,
      marginTop: 18,
      className: 'figure-plot',
      style: { fontFamily: 'inherit', fontSize: '12px', color: '#1f2430', background: 'transparent' },
      x: { domain: percent ? [0, 100] : undefined, label: unit, grid: true, nice: true },
      y: { domain: data.map((point) => point.shown), axis: null, padding: 0.45 },
      marks: [
        Plot.barX(data, { x: 'value', y: 'shown', fill: (point: (typeof data)[number]) => (point.estimate ? FORECAST : BAR) }),
        Plot.text(data, { x: 0, y: 'shown', text: 'shown', textAnchor: 'start', dy: -14, fill: '#1f2430', lineWidth: Infinity }),
        Plot.text(data, {
          x: 'value',
          y: 'shown',
          text: (point: (typeof data)[number]) => point.value.toLocaleString(),
          textAnchor: 'start',
          dx: 4,
          fill: '#1f2430',
        }),
        Plot.ruleX([0]),
      ],
    });
    chart.setAttribute('aria-hidden', 'true');
    // Plot puts its base rules in a <style> inside the SVG; our CSP allows no inline style sheets (styles.css has
    // the same rules for .figure-chart), so it goes before the chart reaches the page.
    for (const sheet of chart.querySelectorAll('style')) sheet.remove();
    element.replaceChildren(chart);
    return () => chart.remove();
  }, [points, unit, estimateMark, percent, width]);
  return <div ref={box} className="figure-chart" data-testid="figure-chart" />;
}
