import { useEffect } from 'react';

// Marks of the first load's stages (the bundle fetched, parsed, imported… the first frame), for `npm run bench`,
// which reports each stage's share of the time to the first frame. Each is marked once per page: a later import
// or reload of data does not move them.
export const LOAD_STAGES = ['start', 'fetched', 'parsed', 'imported', 'defaults', 'profiles', 'state', 'viewer', 'sigma'] as const;
export type LoadStage = (typeof LOAD_STAGES)[number];

const marked = new Set<LoadStage>();

export function markLoad(stage: LoadStage): void {
  if (marked.has(stage)) return;
  marked.add(stage);
  performance.mark(`landscape:load:${stage}`);
}

/**
 * `landscape:complete`: the frame after the whole graph is in (a large one arrives in stages after
 * `landscape:ready`, the first frame), marked once.
 */
export function useCompleteMark(whole: boolean): void {
  useEffect(() => {
    if (!whole || performance.getEntriesByName('landscape:complete').length > 0) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => {
        if (performance.getEntriesByName('landscape:complete').length === 0) performance.mark('landscape:complete');
      }, 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [whole]);
}
