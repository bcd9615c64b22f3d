// Camera moves shared by the controls and the viewer's API: focus one node, fit the visible ones.
import type Sigma from 'sigma';

export function focusNode(sigma: Sigma, id: string): void {
  const data = sigma.getNodeDisplayData(id);
  if (!data) return;
  const camera = sigma.getCamera();
  camera.animate({ x: data.x, y: data.y, ratio: Math.min(camera.getState().ratio, 0.4) }, { duration: 500 });
}

/** Fits the camera to the nodes' box; display coordinates are normalised, so ratio ≈ the box's extent. */
export function fitNodes(sigma: Sigma, nodes: Iterable<string>): void {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of nodes) {
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
