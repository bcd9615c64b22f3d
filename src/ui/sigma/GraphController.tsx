// Lives inside the SigmaContainer: pushes the view into the reducers, handles hover, clicks and the
// camera (restore once, report changes debounced), and offers focus/fit to the rest of the viewer.
import { useEffect, useRef, type RefObject } from 'react';
import { useSigma } from '@react-sigma/core';
import type { CameraState } from '../../core/view-state/index.js';
import { fitNodes, focusNode } from './camera.js';
import { computeViewDrawing, exportPng } from './export-view.js';
import type { ReducerState } from './reducers.js';
import type { GraphApi, GraphEvents, SigmaView } from './types.js';

const CAMERA_DEBOUNCE_MS = 300;

interface Props extends GraphEvents {
  view: SigmaView;
  reducerState: { current: ReducerState };
  initialCamera: CameraState | null;
  apiRef: RefObject<GraphApi | null>;
  onFirstRender(): void;
}

export function GraphController({ view, reducerState, initialCamera, apiRef, onSelect, onCameraChange, onFirstRender }: Props) {
  const sigma = useSigma();
  const callbacks = useRef({ onSelect, onCameraChange, onFirstRender });
  useEffect(() => {
    callbacks.current = { onSelect, onCameraChange, onFirstRender };
  });

  // The view changed: recompute focus, then reprocess (filters, colours, labels all live in reducers).
  useEffect(() => {
    const state = reducerState.current;
    Object.assign(state, view);
    setFocus(sigma.getGraph(), state, state.hovered ?? view.selected);
    sigma.refresh();
  }, [sigma, view, reducerState]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const container = sigma.getContainer();
    const hover = (node: string | null) => {
      const state = reducerState.current;
      state.hovered = node;
      setFocus(graph, state, node ?? state.selected);
      container.style.cursor = node ? 'pointer' : '';
      sigma.refresh({ skipIndexation: true });
    };
    const onEnter = ({ node }: { node: string }) => hover(node);
    const onLeave = () => hover(null);
    const onClickNode = ({ node }: { node: string }) => callbacks.current.onSelect(node);
    const onClickStage = () => callbacks.current.onSelect(null);
    sigma.on('enterNode', onEnter);
    sigma.on('leaveNode', onLeave);
    sigma.on('clickNode', onClickNode);
    sigma.on('clickStage', onClickStage);

    const onRender = () => {
      sigma.off('afterRender', onRender);
      callbacks.current.onFirstRender();
    };
    sigma.on('afterRender', onRender);

    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The live camera on the container too: what tests (and devtools) can read without sigma.
    const showCamera = () => {
      const { x, y, ratio } = camera.getState();
      sigma.getContainer().dataset.camera = `${x.toFixed(4)},${y.toFixed(4)},${ratio.toFixed(4)}`;
    };
    showCamera();
    const onCameraUpdated = () => {
      showCamera();
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { x, y, ratio } = camera.getState();
        callbacks.current.onCameraChange({ x, y, ratio });
      }, CAMERA_DEBOUNCE_MS);
    };
    camera.on('updated', onCameraUpdated);
    // sigma only listens to the window; panels (the table) resize the container too.
    const observer = new ResizeObserver(() => {
      sigma.resize();
      sigma.refresh({ skipIndexation: true });
    });
    observer.observe(container);
    sigma.refresh();
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      sigma.off('enterNode', onEnter);
      sigma.off('leaveNode', onLeave);
      sigma.off('clickNode', onClickNode);
      sigma.off('clickStage', onClickStage);
      sigma.off('afterRender', onRender);
      camera.off('updated', onCameraUpdated);
    };
  }, [sigma, reducerState]);

  // The camera from the URL, once; else the selection from the URL.
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    if (initialCamera) sigma.getCamera().setState(initialCamera);
    else if (reducerState.current.selected) {
      const data = sigma.getNodeDisplayData(reducerState.current.selected);
      if (data) sigma.getCamera().setState({ x: data.x, y: data.y, ratio: 0.5 });
    }
  }, [sigma, initialCamera, reducerState]);

  useEffect(() => {
    apiRef.current = {
      focusNode: (id) => focusNode(sigma, id),
      fitVisible: () => fitNodes(sigma, reducerState.current.visible),
      exportPng: (options) => exportPng(sigma, options),
      computeDrawing: (decor) => computeViewDrawing(sigma, decor),
    };
    return () => {
      apiRef.current = null;
    };
  }, [sigma, apiRef, reducerState]);

  return null;
}

function setFocus(graph: ReturnType<ReturnType<typeof useSigma>['getGraph']>, state: ReducerState, focus: string | null): void {
  state.focus = focus && graph.hasNode(focus) && state.visible.has(focus) ? focus : null;
  state.focusNeighbours = state.focus ? new Set(graph.neighbors(state.focus)) : new Set();
}
