// The SVG writer: well-formed XML whatever the labels hold, nothing executable, numbers kept finite.
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { exportSvg, type SvgDrawing } from '../../src/core/io/export-svg.js';

const parse = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml');

const drawing = (labels: string[]): SvgDrawing => ({
  width: 400,
  height: 300,
  nodes: labels.map((label, index) => ({ x: 10 + index * 20, y: 50, size: 4, color: '#0072b2', label })),
  edges: labels.length > 1 ? [{ x1: 10, y1: 50, x2: 30, y2: 50, color: '#cfd4dc', size: 1 }] : [],
});

describe('exportSvg', () => {
  it('draws an empty view as a valid, blank SVG of the given size', () => {
    const svg = exportSvg(drawing([]));
    const root = parse(svg).documentElement!;
    expect(root.getAttribute('width')).toBe('400');
    expect(root.getAttribute('height')).toBe('300');
    expect(root.getElementsByTagName('circle').length).toBe(0);
  });

  it('draws one circle per node, one line per edge and the labels, escaped', () => {
    const hostile = ['字节跳动 <b>&"\'', '</text><script>alert(1)</script>', ']]><!-- x', 'ok'];
    const svg = exportSvg(drawing(hostile));
    const document = parse(svg);
    expect(document.getElementsByTagName('circle').length).toBe(hostile.length);
    expect(document.getElementsByTagName('line').length).toBe(1);
    expect(document.getElementsByTagName('script').length).toBe(0);
    const texts = [...Array.from(document.getElementsByTagName('text'))].map((text) => text.textContent);
    expect(texts).toEqual(hostile);
    expect(svg).not.toMatch(/<script/i);
  });

  it('drops control characters, lone surrogates and unsafe colours', () => {
    const svg = exportSvg({
      width: 10,
      height: 10,
      nodes: [{ x: 1, y: 1, size: 1, color: 'red" onload="alert(1)', label: 'a\u0001b\uD800c' }],
      edges: [],
    });
    const document = parse(svg);
    expect(document.getElementsByTagName('text')[0]!.textContent).toBe('abc');
    expect(document.getElementsByTagName('circle')[0]!.getAttribute('fill')).toBe('#999999');
    expect(svg).not.toContain('onload');
  });

  it('keeps NaN and infinite coordinates out of the file', () => {
    const svg = exportSvg({ width: NaN, height: Infinity, nodes: [{ x: NaN, y: Infinity, size: -1, color: '#fff' }], edges: [] });
    expect(svg).not.toMatch(/NaN|Infinity/);
    expect(parse(svg).getElementsByTagName('circle').length).toBe(1);
  });

  it('adds the legend with counts and the source line', () => {
    const svg = exportSvg({
      ...drawing(['a']),
      legend: { title: '类型 Kind', rows: [{ color: '#0072b2', label: '企业 Company', count: 12 }] },
      source: 'Source: iResearch 2024 / 艾瑞咨询',
    });
    const texts = Array.from(parse(svg).getElementsByTagName('text')).map((text) => text.textContent);
    expect(texts).toContain('企业 Company  12');
    expect(texts).toContain('Source: iResearch 2024 / 艾瑞咨询');
  });

  it('makes the legend box wide enough for Chinese rows, and no wider than needed for Latin ones', () => {
    const legendWidth = (label: string) => {
      const svg = exportSvg({ ...drawing([]), legend: { title: '图例 · 赛道', rows: [{ color: '#0072b2', label, count: 7 }] } });
      const legend = Array.from(parse(svg).getElementsByTagName('g')).find((g) => g.getAttribute('class') === 'legend')!;
      return Number(legend.getElementsByTagName('rect')[0]!.getAttribute('width'));
    };
    // Text starts at 28 px; at 12 px a Chinese character is 12 px wide.
    const chinese = '教育、营销、写作、搜索对话等工具';
    expect(legendWidth(chinese)).toBeGreaterThanOrEqual(28 + chinese.length * 12 + 3 * 6);
    expect(legendWidth('Company')).toBeGreaterThanOrEqual(28 + 10 * 6);
    expect(legendWidth('Company')).toBeLessThan(28 + 10 * 9 + 12);
    // A very long name is capped (the box does not grow past the picture's corner).
    expect(legendWidth('长'.repeat(100))).toBe(360);
  });

  it('writes the same bytes for the same drawing', () => {
    expect(exportSvg(drawing(['x', 'y']))).toBe(exportSvg(drawing(['x', 'y'])));
  });
});
