// The graph canvas: one SigmaContainer for the life of the page, with its graph and settings
// created once. Everything that changes reaches sigma through the reducers' view and a refresh.
import { useState, type RefObject } from 'react';
import type Graph from 'graphology';
import { SigmaContainer } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import type { CameraState } from '../../core/view-state/index.js';
import { GraphController } from './GraphController.js';
import { createReducerState, type ReducerState } from './reducers.js';
import { createSettings } from './settings.js';
import type { GraphApi, GraphEvents, GraphViewLabels, SigmaView } from './types.js';
import { ZoomControls } from './ZoomControls.js';

export interface GraphViewProps extends GraphEvents {
  graph: Graph;
  view: SigmaView;
  initialCamera: CameraState | null;
  apiRef: RefObject<GraphApi | null>;
  labels: GraphViewLabels;
  /** Called once, when the first frame is on screen. */
  onReady(): void;
}

export function GraphView({ graph, view, initialCamera, apiRef, labels, onSelect, onCameraChange, onReady }: GraphViewProps) {
  // Created once: react-sigma recreates sigma (and a WebGL context) when graph or settings change identity.
  // The reducers read `reducerState`, which the controller updates before each refresh.
  const [{ settings, reducerState }] = useState(() => {
    const holder: { current: ReducerState } = { current: createReducerState(graph, view) };
    return { settings: createSettings(graph, holder), reducerState: holder };
  });
  const [ready, setReady] = useState(false);
  return (
    <div className="graph-view" data-ready={ready ? 'true' : 'false'} role="region" aria-label={labels.graph}>
      <SigmaContainer graph={graph} settings={settings} className="graph-canvas">
        <GraphController
          view={view}
          reducerState={reducerState}
          initialCamera={initialCamera}
          apiRef={apiRef}
          onSelect={onSelect}
          onCameraChange={onCameraChange}
          onFirstRender={() => {
            setReady(true);
            onReady();
          }}
        />
        <ZoomControls labels={labels} reducerState={reducerState} />
      </SigmaContainer>
    </div>
  );
}
