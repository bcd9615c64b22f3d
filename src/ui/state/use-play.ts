// Playing the time window: each step moves its end one bucket on, from a frame callback, and only once the
// previous step has been drawn (the effect runs after React commits it), so steps never queue up faster than
// frames; stops at the end of the axis.
import { useEffect, useRef, useState } from 'react';

export const PLAY_SPEEDS = [0.5, 1, 2, 4] as const;
/** Time per step at speed 1. */
const STEP_MS = 600;

interface PlayOptions {
  /** The window's current end (month number), or null without a window. */
  until: number | null;
  /** The last month of the axis: playing stops there. */
  last: number;
  /** Months per step (the histogram's bucket). */
  step: number;
  speed: number;
  /** Moves the window's end; called at most once per drawn step. */
  onStep(until: number): void;
}

export function usePlay({ until, last, step, speed, onStep }: PlayOptions) {
  const [playing, setPlaying] = useState(false);
  const lastStepAt = useRef(0);
  const onStepRef = useRef(onStep);
  useEffect(() => {
    onStepRef.current = onStep;
  }, [onStep]);

  useEffect(() => {
    if (!playing) return;
    if (until === null || until >= last) {
      setPlaying(false);
      return;
    }
    let frame = 0;
    const tick = (now: number) => {
      if (now - lastStepAt.current < STEP_MS / speed) {
        frame = requestAnimationFrame(tick);
        return;
      }
      lastStepAt.current = now;
      // For `npm run bench`: a step's work is from here to the start of sigma's redraw.
      performance.mark('landscape:play-step');
      onStepRef.current(Math.min(last, until + step));
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [playing, until, last, step, speed]);

  return { playing, setPlaying };
}
