// A computation's progress: a bar with its share done, or a moving bar while it cannot say how far it has come
// (NaN), with the percentage as text for those who cannot see the bar.
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const known = Number.isFinite(value);
  return (
    <>
      <progress max={1} value={known ? value : undefined} aria-label={label} />
      {known && <span className="muted small"> {Math.round(value * 100)} %</span>}
    </>
  );
}
