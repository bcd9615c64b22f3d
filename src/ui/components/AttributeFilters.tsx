// The data's own attributes in the filter panel: a categorical one as a facet with live counts (a list split at its
// separator, said under the title), a boolean as a yes/no toggle, a numeric one as a range with a histogram of all
// nodes and of those the rest of the filter keeps. Attributes left out (one value, a different value per node) are
// named with the reason.
import { useEffect, useId, useMemo, useState } from 'react';
import { positionOf, valueAt, type AttributeProfile } from '../../core/attributes/index.js';
import type { AttributeCondition, AttributeCounts, FilterState } from '../../core/filters/index.js';
import { formatAttributeNumber } from '../attribute-coloring.js';
import { ACCESSIBILITY_NAMES, attributeTitle, useI18n, type StringKey } from '../i18n.js';
import { useViewerData } from '../data/viewer-data.js';
import type { ViewAction } from '../state/view-reducer.js';
import { FacetList, type FacetOption } from './FacetList.js';

type NumericProfile = Extract<AttributeProfile, { role: 'numeric' }>;

/** A value list longer than this gets a name filter and shows its first LONG_SHOWN. */
const LONG = 30;
const LONG_SHOWN = 20;

interface Props {
  profiles: readonly AttributeProfile[];
  filter: FilterState;
  counts: AttributeCounts;
  totals: AttributeCounts;
  dispatch(action: ViewAction): void;
}

const LEFT_OUT_REASONS: Record<Extract<AttributeProfile, { role: 'left-out' }>['reason'], StringKey> = {
  'one-value': 'attributeOneValue',
  'unique-per-node': 'attributeUnique',
  'no-values': 'attributeNoValues',
  reserved: 'attributeNoValues',
};

export function AttributeFilters({ profiles, filter, counts, totals, dispatch }: Props) {
  const { t } = useI18n();
  const offered = profiles.filter((profile) => profile.role !== 'left-out');
  const leftOut = profiles.filter((profile): profile is Extract<AttributeProfile, { role: 'left-out' }> => profile.role === 'left-out');
  if (profiles.length === 0) return null;
  const conditionOf = (name: string) => filter.attributes?.find((condition) => condition.name === name);
  return (
    <section className="attribute-filters" aria-label={t('attributeFilters')} data-testid="attribute-filters">
      <h3 className="attribute-filters-title">{t('attributeFilters')}</h3>
      {offered.map((profile) => {
        const condition = conditionOf(profile.name);
        if (profile.role === 'numeric')
          return (
            <RangeFilter
              key={profile.name}
              profile={profile}
              condition={condition && 'min' in condition ? condition : undefined}
              live={histogramOf(counts.get(profile.name))}
              all={histogramOf(totals.get(profile.name)) ?? profile.histogram}
              dispatch={dispatch}
            />
          );
        return (
          <ValuesFilter
            key={profile.name}
            profile={profile}
            selected={condition && 'values' in condition ? condition.values : []}
            counts={valuesOf(counts.get(profile.name))}
            dispatch={dispatch}
          />
        );
      })}
      {leftOut.length > 0 && (
        <p className="muted small" data-testid="attributes-left-out">
          {t('attributesLeftOut')}{' '}
          {leftOut.map((profile, at) => (
            <span key={profile.name}>
              {at > 0 && '; '}
              <code>{profile.name}</code> ({t(LEFT_OUT_REASONS[profile.reason])})
            </span>
          ))}
        </p>
      )}
    </section>
  );
}

const histogramOf = (entry: ReturnType<AttributeCounts['get']>) => (entry && 'histogram' in entry ? entry.histogram : undefined);
const EMPTY = new Map<string, number>();
const valuesOf = (entry: ReturnType<AttributeCounts['get']>) => (entry && 'values' in entry ? entry.values : EMPTY);

function ValuesFilter({
  profile,
  selected,
  counts,
  dispatch,
}: {
  profile: Exclude<AttributeProfile, { role: 'numeric' | 'left-out' }>;
  selected: readonly string[];
  counts: ReadonlyMap<string, number>;
  dispatch(action: ViewAction): void;
}) {
  const { t, lang } = useI18n();
  const ours = useViewerData().bundle.sources.length > 0;
  const options = useMemo<FacetOption[]>(() => {
    if (profile.role === 'boolean')
      return [
        { id: 'true', nameZh: '是', nameEn: 'yes' },
        { id: 'false', nameZh: '否', nameEn: 'no' },
      ];
    // Our accessibility levels by their names; any other value as the data writes it.
    const named = ours && profile.name === 'accessibility' ? ACCESSIBILITY_NAMES : {};
    return profile.values.map(({ value }) => ({ id: value, nameZh: named[value]?.zh ?? value, nameEn: named[value]?.en ?? value }));
  }, [profile, ours]);
  const name = attributeTitle(profile.name, lang, ours);
  const title =
    profile.role === 'categorical' && profile.separator ? `${name} · ${t('attributeSplit', { separator: profile.separator })}` : name;
  return (
    <FacetList
      title={title}
      options={options}
      selected={selected}
      counts={counts}
      onToggle={(value) => dispatch({ type: 'toggleAttributeValue', name: profile.name, value })}
      limit={options.length > LONG ? LONG_SHOWN : undefined}
    />
  );
}

/** Steps of the range sliders along the attribute's scale. */
const STEPS = 100;

function RangeFilter({
  profile,
  condition,
  live,
  all,
  dispatch,
}: {
  profile: NumericProfile;
  condition: Extract<AttributeCondition, { min: number | null }> | undefined;
  live: readonly number[] | undefined;
  all: readonly number[];
  dispatch(action: ViewAction): void;
}) {
  const { t, lang } = useI18n();
  const ours = useViewerData().bundle.sources.length > 0;
  const title = attributeTitle(profile.name, lang, ours);
  const id = useId();
  const min = condition?.min ?? null;
  const max = condition?.max ?? null;
  const set = (next: { min: number | null; max: number | null }) =>
    dispatch({ type: 'setAttributeCondition', condition: { name: profile.name, ...next } });
  const step = (value: number | null, fallback: number) =>
    value === null ? fallback : Math.round(clamp01(positionOf(profile, value)) * STEPS);
  const fromStep = (position: number) =>
    profile.integer ? Math.round(valueAt(profile, position / STEPS)) : valueAt(profile, position / STEPS);
  const inRange = (live ?? all).reduce((sum, count) => sum + count, 0);
  return (
    <fieldset className="facet range-filter" data-attribute={profile.name}>
      <legend>
        {title}
        {profile.scale === 'log' && <span className="muted small"> · {t('logScale')}</span>}
      </legend>
      <Histogram all={all} live={live} />
      <div className="range-ends">
        <span>{formatAttributeNumber(profile.min)}</span>
        <span>{formatAttributeNumber(profile.max)}</span>
      </div>
      <input
        type="range"
        min={0}
        max={STEPS}
        value={step(min, 0)}
        aria-label={t('rangeFrom', { name: title })}
        aria-valuetext={min === null ? t('rangeOpen') : formatAttributeNumber(min)}
        onChange={(event) => {
          const position = Number(event.target.value);
          set({ min: position === 0 ? null : fromStep(position), max: max !== null && fromStep(position) > max ? null : max });
        }}
      />
      <input
        type="range"
        min={0}
        max={STEPS}
        value={step(max, STEPS)}
        aria-label={t('rangeUntil', { name: title })}
        aria-valuetext={max === null ? t('rangeOpen') : formatAttributeNumber(max)}
        onChange={(event) => {
          const position = Number(event.target.value);
          set({ max: position === STEPS ? null : fromStep(position), min: min !== null && fromStep(position) < min ? null : min });
        }}
      />
      <div className="range-fields">
        <NumberField
          id={`${id}-min`}
          label={t('rangeMin')}
          value={min}
          placeholder={formatAttributeNumber(profile.min)}
          onCommit={(value) => set({ min: value, max: value !== null && max !== null && value > max ? null : max })}
        />
        <NumberField
          id={`${id}-max`}
          label={t('rangeMax')}
          value={max}
          placeholder={formatAttributeNumber(profile.max)}
          onCommit={(value) => set({ max: value, min: value !== null && min !== null && value < min ? null : min })}
        />
        {condition && (
          <button type="button" className="small-button" onClick={() => set({ min: null, max: null })}>
            {t('rangeClear', { name: title })}
          </button>
        )}
      </div>
      <p className="muted small" data-testid={`range-count-${profile.name}`}>
        {t('rangeCount', { count: inRange })}
        {profile.invalid > 0 && ` · ${t('rangeInvalid', { count: profile.invalid })}`}
      </p>
    </fieldset>
  );
}

const clamp01 = (value: number) => (Number.isNaN(value) ? 0 : Math.min(1, Math.max(0, value)));

/** A number typed in: committed on Enter or leaving the field; an empty field opens that end; a non-number is refused. */
function NumberField({
  id,
  label,
  value,
  placeholder,
  onCommit,
}: {
  id: string;
  label: string;
  value: number | null;
  placeholder: string;
  onCommit(value: number | null): void;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value === null ? '' : exactText(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setText(value === null ? '' : exactText(value));
    setInvalid(false);
  }, [value]);
  const commit = () => {
    const clean = text.trim();
    if (clean === '') return onCommit(null);
    const number = Number(clean);
    if (!Number.isFinite(number)) return setInvalid(true);
    setInvalid(false);
    if (number !== value) onCommit(number);
  };
  return (
    <label htmlFor={id} className="range-field">
      {label}
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={text}
        placeholder={placeholder}
        aria-invalid={invalid}
        title={invalid ? t('rangeNotANumber') : undefined}
        onChange={(event) => setText(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
    </label>
  );
}

/** A number as short as it can be written without changing it: 1e11, not 100000000000 (reads back the same). */
function exactText(value: number): string {
  const magnitude = Math.abs(value);
  return magnitude >= 1e6 || (magnitude > 0 && magnitude < 1e-3) ? value.toExponential().replace('e+', 'e') : String(value);
}

/** Bars of every node's bin (grey) and of the nodes the rest of the filter keeps (blue). */
function Histogram({ all, live }: { all: readonly number[]; live: readonly number[] | undefined }) {
  const top = Math.max(1, ...all);
  const width = 100 / all.length;
  return (
    <svg className="range-histogram" viewBox="0 0 100 30" preserveAspectRatio="none" aria-hidden="true">
      {all.map((count, at) => {
        const shown = live?.[at] ?? count;
        return (
          <g key={at}>
            <rect x={at * width + 0.3} width={width - 0.6} y={30 - (count / top) * 30} height={(count / top) * 30} className="bar-all" />
            <rect x={at * width + 0.3} width={width - 0.6} y={30 - (shown / top) * 30} height={(shown / top) * 30} className="bar-live" />
          </g>
        );
      })}
    </svg>
  );
}
