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
