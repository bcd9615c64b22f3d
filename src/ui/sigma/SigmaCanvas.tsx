// The sigma canvas and its React context (react-sigma's provider, so useSigma works below it), with the first view's
// camera in sigma's first draw. Sigma draws as it is created, before any listener can be attached; a camera set
// after that is a second full draw of the whole map (with software WebGL, a second or more at 10k nodes). Here the
// first view is placed inside that first draw: after sigma has placed the nodes, before it reads the camera.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type Graph from 'graphology';
import Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { SigmaProvider, type SigmaContextInterface } from '@react-sigma/core';

interface Props {
  graph: Graph;
  /** Created once: a new object would make a new sigma. */
  settings: Partial<Settings>;
  className: string;
  /** Places the camera for the first view; sigma's node display data is there to read. */
  firstView(sigma: Sigma): void;
  /** Shown with the canvas from the start, given sigma once it exists. */
  overlay?: (sigma: Sigma | null) => ReactNode;
  /** Shown once sigma exists; they may call useSigma. */
  children?: ReactNode;
}

export function SigmaCanvas({ graph, settings, className, firstView, overlay, children }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const [context, setContext] = useState<SigmaContextInterface | null>(null);
  const place = useRef(firstView);
  useEffect(() => {
    place.current = firstView;
  });
  useEffect(() => {
    const sigma = createSigma(graph, canvas.current!, settings, (created) => place.current(created));
    setContext({ sigma, container: root.current! });
    return () => sigma.kill();
  }, [graph, settings]);
  return (
    <div ref={root} className={`react-sigma ${className}`}>
      <div ref={canvas} className="sigma-container" />
      {overlay?.(context?.sigma ?? null)}
      {context && <SigmaProvider value={context}>{children}</SigmaProvider>}
    </div>
  );
}

/**
 * A sigma whose first draw runs `firstView` between placing the nodes (process) and reading the camera (sigma
 * clears its canvases in between). The frame a camera move schedules is not needed then: the draw under way uses it.
 * That order inside sigma 3.0's render() is private: the draw count in staged-load.test.ts and the first-view fit in
 * overlays.test.ts fail if it changes.
 */
export function createSigma(graph: Graph, container: HTMLElement, settings: Partial<Settings>, firstView: (sigma: Sigma) => void): Sigma {
  let pending: ((sigma: Sigma) => void) | null = firstView;
  let placing = false;
  class FirstViewSigma extends Sigma {
    override clear(): this {
      if (pending) {
        const run = pending;
        pending = null;
        placing = true;
        try {
          run(this);
        } finally {
          placing = false;
        }
      }
      return super.clear();
    }

    override scheduleRender(): this {
      return placing ? this : super.scheduleRender();
    }
  }
  return new FirstViewSigma(graph, container, settings);
}
