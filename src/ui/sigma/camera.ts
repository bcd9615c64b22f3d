// Camera moves shared by the controls and the viewer's API: focus one node, fit the visible ones.
import type Sigma from 'sigma';

export function focusNode(sigma: Sigma, id: string): void {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.4) }, { duration: 500 });
}

/**
 * Fits the camera to the nodes' box. Sigma's display coordinates grow with the graph's, so the box's
 * corners come from the few nodes at the extremes in graph coordinates: one pass over attributes,
 * then four display look-ups. Display coordinates are normalised, so ratio ≈ the box's extent.
 */
export function fitNodes(sigma: Sigma, nodes: ReadonlySet<string>): void {
  const graph = sigma.getGraph();
  let left = Infinity;
  let right = -Infinity;
  let bottom = Infinity;
  let top = -Infinity;
  const at: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  nodes.forEach((node) => {
    if (!graph.hasNode(node)) return;
    const { x, y } = graph.getNodeAttributes(node) as { x: number; y: number };
    if (x < left) [left, at[0]] = [x, node];
    if (x > right) [right, at[1]] = [x, node];
    if (y < bottom) [bottom, at[2]] = [y, node];
    if (y > top) [top, at[3]] = [y, node];
  });
  const extremes = new Set(at.filter((node) => node !== undefined));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of extremes) {
    const data = sigma.getNodeDisplayData(node);
    if (!data) continue;
    minX = Math.min(minX, data.x);
    maxX = Math.max(maxX, data.x);
    minY = Math.min(minY, data.y);
    maxY = Math.max(maxY, data.y);
  }
  if (minX === Infinity) {
    sigma.getCamera().animatedReset({ duration: 400 });
    return;
  }
  const ratio = Math.min(1.2, Math.max(0.08, Math.max(maxX - minX, maxY - minY) * 1.25));
  sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 400 });
}
