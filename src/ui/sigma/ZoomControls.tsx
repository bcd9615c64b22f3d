// Zoom in, zoom out, fit to the visible nodes, reset: buttons over the canvas.
import { useSigma } from '@react-sigma/core';
import { fitNodes } from './camera.js';
import type { ReducerState } from './reducers.js';
import type { GraphViewLabels } from './types.js';

export function ZoomControls({ labels, reducerState }: { labels: GraphViewLabels; reducerState: { current: ReducerState } }) {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <div className="zoom-controls" role="group" aria-label={`${labels.zoomIn} / ${labels.zoomOut}`}>
      <button type="button" aria-label={labels.zoomIn} title={labels.zoomIn} onClick={() => camera.animatedZoom({ duration: 250 })}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" aria-label={labels.zoomOut} title={labels.zoomOut} onClick={() => camera.animatedUnzoom({ duration: 250 })}>
        <span aria-hidden="true">−</span>
      </button>
      <button type="button" aria-label={labels.fit} title={labels.fit} onClick={() => fitNodes(sigma, reducerState.current.visible)}>
        <span aria-hidden="true">⤢</span>
      </button>
      <button type="button" aria-label={labels.reset} title={labels.reset} onClick={() => camera.animatedReset({ duration: 300 })}>
        <span aria-hidden="true">⟲</span>
      </button>
    </div>
  );
}
