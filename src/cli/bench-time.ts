/** How long `run` takes, in ms, with its result. */
export function time<T>(run: () => T): [number, T] {
  const started = performance.now();
  const value = run();
  return [performance.now() - started, value];
}
