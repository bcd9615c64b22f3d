// One facet of the filter panel: checkboxes with live counts; tracks nested under their modality
// and parent track; long lists (companies) with a name filter and "show all".
import { useId, useMemo, useState } from 'react';
import type { FacetValue } from '../../core/bundle/index.js';
import { useI18n } from '../i18n.js';

export interface FacetOption extends FacetValue {
  color?: string;
  /** Nesting level under its group (tracks under parent tracks). */
  depth?: number;
  /** Heading it is listed under (a track's modality). */
  group?: string;
}

interface Props {
  title: string;
  options: FacetOption[];
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  onToggle(value: string): void;
  /** Show this many, with a "show all" button, and a name filter. */
  limit?: number;
}

export function FacetList({ title, options, selected, counts, onToggle, limit }: Props) {
  const { t, name, lang } = useI18n();
  const filterName = lang === 'en' ? title.toLowerCase() : title;
  const [showAll, setShowAll] = useState(false);
  const [needle, setNeedle] = useState('');
  const filterId = useId();
  const matching = useMemo(() => {
    const wanted = needle.trim().toLowerCase();
    if (!wanted) return options;
    return options.filter((option) => `${option.nameZh} ${option.nameEn}`.toLowerCase().includes(wanted) || selected.includes(option.id));
  }, [options, needle, selected]);
  const shown = limit && !showAll && !needle ? matching.slice(0, limit) : matching;
  // Selected values always stay listed, even beyond the limit.
  const extra = limit && !showAll ? matching.filter((option) => selected.includes(option.id) && !shown.includes(option)) : [];
  let lastGroup: string | undefined;

  return (
    <fieldset className="facet">
      <legend>{title}</legend>
      {limit !== undefined && options.length > limit && (
        <>
          <label htmlFor={filterId} className="visually-hidden">
            {t('filterFacetNames', { facet: filterName })}
          </label>
          <input
            id={filterId}
            type="search"
            className="facet-filter"
            placeholder={t('filterFacetNames', { facet: filterName })}
            value={needle}
            onChange={(event) => setNeedle(event.target.value)}
          />
        </>
      )}
      {[...shown, ...extra].map((option) => {
        const count = counts.get(option.id) ?? 0;
        const checked = selected.includes(option.id);
        const heading = option.group !== undefined && option.group !== lastGroup ? option.group : null;
        lastGroup = option.group;
        return (
          <div key={option.id}>
            {heading !== null && <div className="facet-group">{heading}</div>}
            <label
              className={`facet-row${count === 0 && !checked ? ' zero' : ''}`}
              style={{ paddingLeft: `${(option.depth ?? 0) * 14}px` }}
            >
              <input type="checkbox" checked={checked} data-value={option.id} onChange={() => onToggle(option.id)} />
              {option.color && <span className="swatch" style={{ background: option.color }} aria-hidden="true" />}
              <span className="facet-name">{name(option)}</span>
              <span className="count">{count}</span>
            </label>
          </div>
        );
      })}
      {limit !== undefined && !needle && matching.length > limit && (
        <button type="button" className="text-button" onClick={() => setShowAll(!showAll)}>
          {showAll ? t('showFewer') : t('showMore', { count: matching.length })}
        </button>
      )}
    </fieldset>
  );
}

/** Tracks in tree order, each with its depth under parent tracks and its modality as group. */
export function orderTracks(
  tracks: FacetValue[],
  modalityName: (id: string) => string | undefined,
  other: string,
  byName: (a: FacetValue, b: FacetValue) => number,
): FacetOption[] {
  const byId = new Map(tracks.map((track) => [track.id, track]));
  const children = new Map<string, FacetValue[]>();
  const roots: FacetValue[] = [];
  for (const track of tracks) {
    if (track.parent && byId.has(track.parent) && track.parent !== track.id)
      children.set(track.parent, [...(children.get(track.parent) ?? []), track]);
    else roots.push(track);
  }
  const groupOf = (track: FacetValue) => (track.parent && !byId.has(track.parent) ? (modalityName(track.parent) ?? other) : other);
  const out: FacetOption[] = [];
  const seen = new Set<string>();
  const visit = (track: FacetValue, depth: number, group: string) => {
    if (seen.has(track.id)) return;
    seen.add(track.id);
    out.push({ ...track, depth, group });
    for (const child of [...(children.get(track.id) ?? [])].sort(byName)) visit(child, depth + 1, group);
  };
  const groups = new Map<string, FacetValue[]>();
  for (const root of roots) groups.set(groupOf(root), [...(groups.get(groupOf(root)) ?? []), root]);
  const names = [...groups.keys()].sort((a, b) => (a === other ? 1 : b === other ? -1 : a.localeCompare(b)));
  for (const group of names) for (const root of groups.get(group)!.sort(byName)) visit(root, 0, group);
  // Tracks caught in a parent cycle are listed flat at the end.
  for (const track of tracks) if (!seen.has(track.id)) out.push({ ...track, depth: 0, group: other });
  return out;
}
