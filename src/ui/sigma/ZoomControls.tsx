// Zoom in, zoom out, fit to the visible nodes, reset (fit the whole graph): buttons over the canvas.
// Both fits keep nodes clear of the overlays. Shown before sigma exists (the first view's fit keeps
// clear of them too), so they find sigma in the canvas when clicked.
import type { Ref } from 'react';
import type Sigma from 'sigma';
import { fitNodes } from './camera.js';
import type { ReducerState } from './reducers.js';
import type { GraphViewLabels } from './types.js';

interface Props {
  ref: Ref<HTMLDivElement>;
  /** Null for the moment before sigma is made. */
  sigma: Sigma | null;
  labels: GraphViewLabels;
  reducerState: { current: ReducerState };
  overlays(): readonly (Element | null)[];
}

export function ZoomControls({ ref, sigma, labels, reducerState, overlays }: Props) {
  const camera = sigma?.getCamera();
  return (
    <div ref={ref} className="zoom-controls" role="group" aria-label={`${labels.zoomIn} / ${labels.zoomOut}`}>
      <button type="button" aria-label={labels.zoomIn} title={labels.zoomIn} onClick={() => camera?.animatedZoom({ duration: 250 })}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" aria-label={labels.zoomOut} title={labels.zoomOut} onClick={() => camera?.animatedUnzoom({ duration: 250 })}>
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        aria-label={labels.fit}
        title={labels.fit}
        onClick={() => sigma && fitNodes(sigma, reducerState.current.visible, { overlays: overlays() })}
      >
        <span aria-hidden="true">⤢</span>
      </button>
      <button
        type="button"
        aria-label={labels.reset}
        title={labels.reset}
        onClick={() => sigma && fitNodes(sigma, null, { overlays: overlays() })}
      >
        <span aria-hidden="true">⟲</span>
      </button>
    </div>
  );
}
