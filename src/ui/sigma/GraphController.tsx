// Lives inside the sigma canvas: pushes the view into the reducers and redraws only what changed,
// handles hover, clicks and the camera (reports changes, debounced), and offers focus/fit to the
// rest of the viewer. Sigma draws the first view, camera placed, when it is created (SigmaCanvas):
// nothing here redraws it again.
import { useEffect, useRef, type RefObject } from 'react';
import { markLoad } from '../load-marks.js';
import { useSigma } from '@react-sigma/core';
import { fitNodes, focusNode } from './camera.js';
import { applyFocus, type ReducerState } from './reducers.js';
import { planRefresh } from './refresh-plan.js';
import type { GraphApi, GraphEvents, SigmaView } from './types.js';

const CAMERA_DEBOUNCE_MS = 300;
/** Above this many nodes hovering only shows the name: fading the rest would redraw everything. */
const HOVER_FOCUS_MAX_NODES = 20_000;

interface Props extends GraphEvents {
  view: SigmaView;
  reducerState: { current: ReducerState };
  apiRef: RefObject<GraphApi | null>;
  /** The elements drawn over the canvas, which a fit keeps nodes clear of. */
  overlays(): readonly (Element | null)[];
  onFirstRender(): void;
}

export function GraphController(props: Props) {
  const { view, reducerState, apiRef, onSelect, onCameraChange, onFirstRender, overlays } = props;
  const sigma = useSigma();
  const callbacks = useRef({ onSelect, onCameraChange, onFirstRender, overlays });
  useEffect(() => {
    callbacks.current = { onSelect, onCameraChange, onFirstRender, overlays };
  });

  // The view changed: recompute the focus, then redo what the change touches.
  useEffect(() => {
    const state = reducerState.current;
    const graph = sigma.getGraph();
    const before = { ...state };
    Object.assign(state, view);
    applyFocus(graph, state, state.hovered ?? view.selected);
    const plan = planRefresh(graph, before, state);
    if (plan.kind === 'none') return;
    // Sigma's own share of a view change, for `npm run bench` (the rest is the viewer's work).
    const started = performance.now();
    if (plan.kind === 'full') sigma.refresh();
    else sigma.refresh({ partialGraph: { nodes: plan.nodes }, skipIndexation: false });
    performance.measure('landscape:redraw', { start: started });
  }, [sigma, view, reducerState]);

  useEffect(() => {
    const graph = sigma.getGraph();
    const container = sigma.getContainer();
    const hoverFocus = graph.order <= HOVER_FOCUS_MAX_NODES;
    const hover = (node: string | null) => {
      container.style.cursor = node ? 'pointer' : '';
      if (!hoverFocus) return;
      const state = reducerState.current;
      state.hovered = node;
      const focus = state.focus;
      applyFocus(graph, state, node ?? state.selected);
      if (state.focus !== focus) sigma.refresh();
    };
    const onEnter = ({ node }: { node: string }) => hover(node);
    const onLeave = () => hover(null);
    const onClickNode = ({ node }: { node: string }) => callbacks.current.onSelect(node);
    const onClickStage = () => callbacks.current.onSelect(null);
    sigma.on('enterNode', onEnter);
    sigma.on('leaveNode', onLeave);
    sigma.on('clickNode', onClickNode);
    sigma.on('clickStage', onClickStage);

    // Sigma drew the first view (its camera placed) when it was created; ready once that frame is on screen.
    markLoad('sigma');
    let readyTimer: ReturnType<typeof setTimeout> | undefined;
    const readyFrame = requestAnimationFrame(() => {
      readyTimer = setTimeout(() => {
        performance.mark('landscape:ready');
        callbacks.current.onFirstRender();
      }, 0);
    });

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
    // sigma only listens to the window; panels (the table) resize the container too. A new size needs
    // the label grid redone, not the reducers.
    let size = `${container.offsetWidth}x${container.offsetHeight}`;
    const observer = new ResizeObserver(() => {
      const next = `${container.offsetWidth}x${container.offsetHeight}`;
      if (next === size) return;
      size = next;
      sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: false, schedule: true });
    });
    observer.observe(container);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(readyFrame);
      clearTimeout(readyTimer);
      clearTimeout(timer);
      sigma.off('enterNode', onEnter);
      sigma.off('leaveNode', onLeave);
      sigma.off('clickNode', onClickNode);
      sigma.off('clickStage', onClickStage);
      camera.off('updated', onCameraUpdated);
    };
  }, [sigma, reducerState]);

  useEffect(() => {
    apiRef.current = {
      focusNode: (id) => focusNode(sigma, id),
      mapSize: () => {
        const { width, height } = sigma.getDimensions();
        return { width, height };
      },
      fitVisible: () => fitNodes(sigma, reducerState.current.visible, { overlays: callbacks.current.overlays() }),
      // Picture export (and @sigma/export-image) loads when first used.
      exportPng: async (options) => (await import('./export-view.js')).exportPng(sigma, options),
      computeDrawing: async (decor) => (await import('./export-view.js')).computeViewDrawing(sigma, decor),
    };
    return () => {
      apiRef.current = null;
    };
  }, [sigma, apiRef, reducerState]);

  return null;
}
