// Where a camera fit puts the graph: the largest part of the canvas the panels over it leave clear.
import { describe, expect, it } from 'vitest';
import { computeFreeArea, type Rect } from '../../src/ui/sigma/free-area.js';

const viewport: Rect = { left: 0, top: 0, right: 600, bottom: 800 };
const legend: Rect = { left: 10, top: 10, right: 150, bottom: 300 };
const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe('computeFreeArea', () => {
  it('is the whole viewport when nothing is over it', () => {
    expect(computeFreeArea(viewport, [], { width: 300, height: 300 }, 10)).toEqual({ rect: viewport, scale: (600 - 20) / 300 });
  });

  it('cuts a tall legend away by the side that keeps a square graph largest', () => {
    // Portrait canvas, square graph: width is what limits it, so the strip above the legend goes.
    const square = computeFreeArea(viewport, [legend], { width: 300, height: 300 }, 0);
    expect(square.rect).toEqual({ left: 0, top: 300, right: 600, bottom: 800 });
    // A wide graph on a wide canvas loses less height than width: again the strip above.
    const wide = computeFreeArea({ left: 0, top: 0, right: 1200, bottom: 800 }, [legend], { width: 600, height: 200 }, 0);
    expect(wide.rect.top).toBe(300);
    // A tall graph keeps the full height and gives up the legend's column.
    const tall = computeFreeArea(viewport, [legend], { width: 100, height: 400 }, 0);
    expect(tall.rect).toEqual({ left: 150, top: 0, right: 600, bottom: 800 });
  });

  it('clears every occluder at once', () => {
    const zoom: Rect = { left: 560, top: 640, right: 594, bottom: 790 };
    const relayout: Rect = { left: 10, top: 750, right: 160, bottom: 790 };
    const { rect, scale } = computeFreeArea(viewport, [legend, zoom, relayout], { width: 300, height: 300 }, 12);
    for (const occluder of [legend, zoom, relayout]) expect(overlaps(rect, occluder)).toBe(false);
    expect(scale).toBeGreaterThan(1);
  });

  it('leaves out occluders outside the viewport or without a size', () => {
    const outside: Rect = { left: 700, top: 0, right: 800, bottom: 100 };
    const empty: Rect = { left: 100, top: 100, right: 100, bottom: 400 };
    expect(computeFreeArea(viewport, [outside, empty], { width: 100, height: 100 }, 0).rect).toEqual(viewport);
  });

  it('fits a single node (a box of no size) and falls back to the viewport when nothing is left', () => {
    const one = computeFreeArea(viewport, [legend], { width: 0, height: 0 }, 10);
    expect(Number.isFinite(one.scale)).toBe(true);
    expect(overlaps(one.rect, legend)).toBe(false);
    const everything = computeFreeArea(viewport, [{ left: -1, top: -1, right: 601, bottom: 801 }], { width: 10, height: 10 }, 0);
    expect(everything.rect).toEqual(viewport);
  });

  it('breaks a tie by the larger rectangle', () => {
    // A band across the canvas: above and below it, a flat graph is limited by the width alike.
    const band: Rect = { left: 0, top: 300, right: 600, bottom: 320 };
    const { rect, scale } = computeFreeArea(viewport, [band], { width: 100, height: 10 }, 0);
    expect(scale).toBe(6);
    expect(rect).toEqual({ left: 0, top: 320, right: 600, bottom: 800 });
  });
});
