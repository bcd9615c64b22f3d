// The graph canvas: one sigma for the life of the page, with its graph and settings created once,
// its first draw already at the first view's camera (SigmaCanvas). Everything that changes reaches
// sigma through the reducers' view and a refresh.
// Sigma is created only once its container has a size (a phone's first layout pass may give none).
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import type Graph from 'graphology';
import type Sigma from 'sigma';
import '@react-sigma/core/lib/style.css';
import type { CameraState } from '../../core/view-state/index.js';
import { markLoad } from '../load-marks.js';
import { useHasSize } from '../screen/use-element-size.js';
import { placeFirstView } from './camera.js';
import { GraphController } from './GraphController.js';
import { createReducerState, type ReducerState } from './reducers.js';
import { createSettings } from './settings.js';
import { SigmaCanvas } from './SigmaCanvas.js';
import type { GraphApi, GraphEvents, GraphViewLabels, SigmaView } from './types.js';
import { ZoomControls } from './ZoomControls.js';

export interface GraphViewProps extends GraphEvents {
  graph: Graph;
  view: SigmaView;
  initialCamera: CameraState | null;
  apiRef: RefObject<GraphApi | null>;
  labels: GraphViewLabels;
  /** Panels the page draws over the canvas (the legend...): fits keep nodes out from under them. */
  overlays?: () => readonly (Element | null)[];
  /** Called once, when the first frame is on screen. */
  onReady(): void;
}

export function GraphView(props: GraphViewProps) {
  const { graph, view, initialCamera, apiRef, labels, overlays, onSelect, onCameraChange, onReady } = props;
  // Created once: SigmaCanvas recreates sigma (and a WebGL context) when graph or settings change identity.
  // The reducers read `reducerState`, which the controller updates before each refresh.
  const [{ settings, reducerState }] = useState(() => {
    const holder: { current: ReducerState } = { current: createReducerState(graph, view) };
    return { settings: createSettings(graph, holder), reducerState: holder };
  });
  const [ready, setReady] = useState(false);
  const zoomControls = useRef<HTMLDivElement>(null);
  const pageOverlays = useRef(overlays);
  useEffect(() => {
    pageOverlays.current = overlays;
  });
  const allOverlays = useCallback(() => [...(pageOverlays.current?.() ?? []), zoomControls.current], []);
  const container = useRef<HTMLDivElement>(null);
  const hasSize = useHasSize(container);
  // Once created, sigma stays: a container that later shrinks to nothing is drawn again when it grows.
  const [mounted, setMounted] = useState(false);
  if (hasSize && !mounted) setMounted(true);
  // The page's panels are rendered (filter index, counts, legend…); sigma is made next, in its container's effect.
  useLayoutEffect(() => {
    if (mounted) markLoad('viewer');
  }, [mounted]);
  return (
    <div ref={container} className="graph-view" data-ready={ready ? 'true' : 'false'} role="region" aria-label={labels.graph}>
      {mounted && (
        <SigmaCanvas
          graph={graph}
          settings={settings}
          className="graph-canvas"
          firstView={(created: Sigma) => {
            const state = reducerState.current;
            placeFirstView(created, { camera: initialCamera, selected: state.selected, visible: state.visible, overlays: allOverlays() });
          }}
          overlay={(sigma) => (
            <ZoomControls ref={zoomControls} sigma={sigma} labels={labels} reducerState={reducerState} overlays={allOverlays} />
          )}
        >
          <GraphController
            view={view}
            reducerState={reducerState}
            apiRef={apiRef}
            overlays={allOverlays}
            onSelect={onSelect}
            onCameraChange={onCameraChange}
            onFirstRender={() => {
              setReady(true);
              onReady();
            }}
          />
        </SigmaCanvas>
      )}
    </div>
  );
}
