// Zoom in, zoom out, fit to the visible nodes, reset (fit the whole graph): buttons over the canvas.
// Both fits keep nodes clear of the overlays.
import type { Ref } from 'react';
import { useSigma } from '@react-sigma/core';
import { fitNodes } from './camera.js';
import type { ReducerState } from './reducers.js';
import type { GraphViewLabels } from './types.js';

interface Props {
  ref: Ref<HTMLDivElement>;
  labels: GraphViewLabels;
  reducerState: { current: ReducerState };
  overlays(): readonly (Element | null)[];
}

export function ZoomControls({ ref, labels, reducerState, overlays }: Props) {
  const sigma = useSigma();
  const camera = sigma.getCamera();
  return (
    <div ref={ref} className="zoom-controls" role="group" aria-label={`${labels.zoomIn} / ${labels.zoomOut}`}>
      <button type="button" aria-label={labels.zoomIn} title={labels.zoomIn} onClick={() => camera.animatedZoom({ duration: 250 })}>
        <span aria-hidden="true">+</span>
      </button>
      <button type="button" aria-label={labels.zoomOut} title={labels.zoomOut} onClick={() => camera.animatedUnzoom({ duration: 250 })}>
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        aria-label={labels.fit}
        title={labels.fit}
        onClick={() => fitNodes(sigma, reducerState.current.visible, { overlays: overlays() })}
      >
        <span aria-hidden="true">⤢</span>
      </button>
      <button type="button" aria-label={labels.reset} title={labels.reset} onClick={() => fitNodes(sigma, null, { overlays: overlays() })}>
        <span aria-hidden="true">⟲</span>
      </button>
    </div>
  );
}
