// Where a camera fit may put the graph: the part of the canvas left clear of the panels drawn over
// it (legend, controls), chosen so the graph can be drawn as large as possible. Pure, for tests.

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface FreeArea {
  rect: Rect;
  /** Pixels per pixel of the box at ratio 1 that fit in `rect` less the margin: 1 / the camera ratio. */
  scale: number;
}

/** More panels than this are not worth the 4ⁿ cuts: the rest are left to cover what they cover. */
const MAX_OCCLUDERS = 5;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * The rectangle of `viewport` that no occluder overlaps, each occluder cut away by one side (a strip
 * left of it, right of it, above or below). Of all the ways to cut, the one where a box of `box`
 * pixels (the graph at ratio 1) less `margin` on every side scales largest; ties go to the larger
 * rectangle. When nothing is left the whole viewport comes back, occluders and all.
 */
export function computeFreeArea(
  viewport: Rect,
  occluders: readonly Rect[],
  box: { width: number; height: number },
  margin: number,
): FreeArea {
  const boxWidth = Math.max(box.width, 1);
  const boxHeight = Math.max(box.height, 1);
  const scaleOf = (rect: Rect) =>
    Math.min((rect.right - rect.left - 2 * margin) / boxWidth, (rect.bottom - rect.top - 2 * margin) / boxHeight);
  const area = (rect: Rect) => (rect.right - rect.left) * (rect.bottom - rect.top);
  const blocking = occluders
    .filter((rect) => rect.right > rect.left && rect.bottom > rect.top && overlaps(rect, viewport))
    .slice(0, MAX_OCCLUDERS);

  let best: FreeArea | null = null;
  const visit = (rect: Rect, next: number) => {
    if (rect.right - rect.left <= 2 * margin || rect.bottom - rect.top <= 2 * margin) return;
    const occluder = blocking[next];
    if (!occluder) {
      const scale = scaleOf(rect);
      if (!best || scale > best.scale || (scale === best.scale && area(rect) > area(best.rect))) best = { rect, scale };
      return;
    }
    if (!overlaps(rect, occluder)) return visit(rect, next + 1);
    visit({ ...rect, left: Math.max(rect.left, occluder.right) }, next + 1);
    visit({ ...rect, right: Math.min(rect.right, occluder.left) }, next + 1);
    visit({ ...rect, top: Math.max(rect.top, occluder.bottom) }, next + 1);
    visit({ ...rect, bottom: Math.min(rect.bottom, occluder.top) }, next + 1);
  };
  visit(viewport, 0);
  return best ?? { rect: viewport, scale: scaleOf(viewport) };
}
