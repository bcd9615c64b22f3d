// Camera moves shared by the controls and the viewer's API: focus one node, fit nodes into the part
// of the canvas that the panels drawn over it (legend, controls) leave clear.
import type Graph from 'graphology';
import type Sigma from 'sigma';
import { NodeSubset } from '../../core/filters/index.js';
import type { CameraState } from '../../core/view-state/index.js';
import { computeFreeArea, type Rect } from './free-area.js';

export function focusNode(sigma: Sigma, id: string): void {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.4) }, { duration: 500 });
}

/**
 * The first view: the camera from the URL, else the selection from the URL centred, else the visible nodes fitted
 * clear of the overlays. Run inside sigma's first draw (SigmaCanvas), so the map is drawn once, already there.
 */
export function placeFirstView(
  sigma: Sigma,
  first: { camera: CameraState | null; selected: string | null; visible: ReadonlySet<string>; overlays: FitOptions['overlays'] },
): void {
  const camera = sigma.getCamera();
  const selected = first.selected === null ? undefined : sigma.getNodeDisplayData(first.selected);
  if (first.camera) camera.setState(first.camera);
  else if (selected) camera.setState({ x: selected.x, y: selected.y, ratio: 0.5 });
  else fitNodes(sigma, first.visible, { overlays: first.overlays, instant: true });
}

export interface FitOptions {
  /** Elements over the canvas that nodes should not end up under. */
  overlays?: readonly (Element | null | undefined)[];
  /** Move at once (the first view) rather than animate. */
  instant?: boolean;
}

/** Clear space around the drawn nodes, in pixels, besides their radius. */
const FIT_MARGIN = 14;
const MIN_RATIO = 0.08;
const MAX_RATIO = 3;

/** The overlays' boxes in the container's pixels; hidden ones (no box) are left out. */
function overlayRects(container: HTMLElement, overlays: FitOptions['overlays']): Rect[] {
  const base = container.getBoundingClientRect();
  const rects: Rect[] = [];
  for (const element of overlays ?? []) {
    const box = element?.getBoundingClientRect();
    if (!box || box.width === 0 || box.height === 0) continue;
    rects.push({ left: box.left - base.left, top: box.top - base.top, right: box.right - base.left, bottom: box.bottom - base.top });
  }
  return rects;
}

/**
 * Fits the camera to `nodes` (all nodes when null), drawn inside the largest part of the canvas the
 * overlays leave clear. Sigma's display coordinates grow with the graph's, so the box's corners
 * come from the few nodes at the extremes in graph coordinates: one pass over attributes, then four
 * display look-ups. Their radius on screen is kept clear too.
 */
export function fitNodes(sigma: Sigma, nodes: ReadonlySet<string> | null, options: FitOptions = {}): void {
  const extremes = extremeNodes(sigma.getGraph(), nodes);
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  let largest = 0;
  for (const node of extremes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
    largest = Math.max(largest, data.size);
  }
  const camera = sigma.getCamera();
  if (minX === Infinity) {
    if (options.instant) camera.setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    else camera.animatedReset({ duration: 400 });
    return;
  }

  // The box in pixels at ratio 1 (the mapping is linear in 1 / ratio around the camera's centre).
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const unit = { ...camera.getState(), ...centre, ratio: 1 };
  const corner1 = sigma.framedGraphToViewport({ x: minX, y: minY }, { cameraState: unit });
  const corner2 = sigma.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState: unit });
  const box = { width: Math.abs(corner2.x - corner1.x), height: Math.abs(corner2.y - corner1.y) };
  const { width, height } = sigma.getDimensions();
  const viewport = { left: 0, top: 0, right: width, bottom: height };
  const occluders = overlayRects(sigma.getContainer(), options.overlays);
  // Node radii grow as the camera zooms in: guess the ratio, then fit again with the radius at that ratio.
  const ratioFor = ({ scale }: { scale: number }) => (scale > 0 ? Math.min(MAX_RATIO, Math.max(MIN_RATIO, 1 / scale)) : MAX_RATIO);
  let ratio = 1;
  let area = computeFreeArea(viewport, occluders, box, FIT_MARGIN + sigma.scaleSize(largest, ratio));
  for (let pass = 0; pass < 2; pass++) {
    ratio = ratioFor(area);
    area = computeFreeArea(viewport, occluders, box, FIT_MARGIN + sigma.scaleSize(largest, ratio));
  }
  ratio = ratioFor(area);

  // Centred on the box, the box's centre sits in the middle of the canvas; move the camera so that
  // it sits in the middle of the free area instead.
  const { rect } = area;
  const target = { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
  const state = { ...unit, ratio };
  const moved = sigma.viewportToFramedGraph({ x: width - target.x, y: height - target.y }, { cameraState: state });
  const next = { ...state, x: moved.x, y: moved.y };
  if (options.instant) camera.setState(next);
  else camera.animate(next, { duration: 400 });
}

/** The nodes at the left, right, bottom and top of those visited, in graph coordinates. */
class Extremes {
  private readonly value = [Infinity, -Infinity, Infinity, -Infinity];
  private readonly node: (string | undefined)[] = [undefined, undefined, undefined, undefined];

  visit(node: string, attributes: Record<string, unknown>): void {
    const x = attributes.x as number;
    const y = attributes.y as number;
    const { value } = this;
    if (x < value[0]) [value[0], this.node[0]] = [x, node];
    if (x > value[1]) [value[1], this.node[1]] = [x, node];
    if (y < value[2]) [value[2], this.node[2]] = [y, node];
    if (y > value[3]) [value[3], this.node[3]] = [y, node];
  }

  nodes(): Set<string> {
    return new Set(this.node.filter((node) => node !== undefined));
  }
}

/** The extreme nodes of `nodes` (all when null). */
function extremeNodes(graph: Graph, nodes: ReadonlySet<string> | null): Set<string> {
  if (nodes instanceof NodeSubset) {
    const found = extremesNumbered(graph, nodes);
    if (found) return found.nodes();
  }
  const extremes = new Extremes();
  if (!nodes) graph.forEachNode((node, attributes) => extremes.visit(node, attributes));
  else nodes.forEach((node) => graph.hasNode(node) && extremes.visit(node, graph.getNodeAttributes(node)));
  return extremes.nodes();
}

/**
 * The viewer's visible set numbers the graph's nodes in graph order: walk the graph and read the bit,
 * with no look-up by id. Null when the numbering is not this graph's.
 */
function extremesNumbered(graph: Graph, nodes: NodeSubset): Extremes | null {
  const { ids } = nodes.index;
  if (ids.length !== graph.order) return null;
  const extremes = new Extremes();
  let aligned = true;
  let number = 0;
  graph.forEachNode((node, attributes) => {
    if (ids[number] !== node) aligned = false;
    else if (nodes.mask[number] === 1) extremes.visit(node, attributes);
    number++;
  });
  return aligned ? extremes : null;
}
