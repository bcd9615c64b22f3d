// The viewer's reactions that cannot live in the action that causes them, each in one place: frame the map
// when new data is shown or the user changes a filter (the fit must run after sigma has the new visible set),
// start the layout worker for an imported graph without positions, the colour mode new data starts in, and Esc
// outside a field.
import { useEffect, useRef, type RefObject } from 'react';
import type { FilterState } from '../../core/filters/index.js';
import { chooseDefaultColorMode } from '../appearance.js';
import type { ViewerData } from '../data/viewer-data.js';
import { isTextEntry } from '../keyboard.js';
import type { GraphApi } from '../sigma/index.js';
import type { ViewAction } from './view-reducer.js';

/**
 * Fits the camera to the visible nodes after new data (a generation: not when more of a large graph arrives) or a
 * filter change; the first view keeps the URL's camera.
 */
export function useFitOnChange(apiRef: RefObject<GraphApi | null>, revision: number, filter: FilterState): void {
  const shown = useRef({ revision, filter });
  useEffect(() => {
    if (shown.current.revision === revision && sameBesidesTime(shown.current.filter, filter)) return;
    shown.current = { revision, filter };
    apiRef.current?.fitVisible();
  }, [apiRef, revision, filter]);
}

/** True when two filters differ at most in their time window: brushing or playing does not move the camera. */
function sameBesidesTime(a: FilterState, b: FilterState): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof FilterState)[]);
  return [...keys].every((key) => key === 'time' || a[key] === b[key]);
}

/** Starts the layout each time `request` grows (an imported graph whose nodes had no positions). */
export function useLayoutRequest(request: number, start: () => void): void {
  const done = useRef(request);
  useEffect(() => {
    if (request === done.current) return;
    done.current = request;
    start();
  }, [request, start]);
}

/** Esc outside a text field and outside a dialog: `onEscape` (close a panel, else clear the selection). */
export function useEscape(onEscape: () => void, disabled: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || disabled || isTextEntry(event.target)) return;
      onEscape();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onEscape, disabled]);
}

/**
 * After an import or the way back (a new generation, not the first load, whose colour mode the URL gives): the
 * colour mode the new data starts in — an opened file's own colours, else its best attribute's palette, else kinds.
 */
export function useDefaultColorMode(data: ViewerData, dispatch: (action: ViewAction) => void): void {
  const first = useRef(data.generation);
  useEffect(() => {
    if (data.generation === first.current) return;
    dispatch({ type: 'newData', mode: chooseDefaultColorMode(data.graph, data.bundle, data.attributes) });
    // Only new data chooses (not more of the same arriving); the graph object stays the same across imports.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data.generation]);
}
