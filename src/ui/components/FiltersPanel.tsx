// The filter panel: visible N of M, clear all, the facets with live counts, the neighbourhood of
// the selection with its depth, hiding isolated nodes, one community alone, and the data's own attributes.
import { useMemo, type ReactNode } from 'react';
import {
  SCOPES,
  type AttributeCounts,
  type FacetCounts,
  type FilterFacet,
  type FilterState,
  type Scope,
} from '../../core/filters/index.js';
import { MAX_EGO_DEPTH, MIN_EGO_DEPTH, SOURCE_SET_SEPARATOR, isEmptyFilter } from '../../core/filters/index.js';
import { sourceSetNames } from '../appearance.js';
import { useI18n, type StringKey } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';
import type { ViewAction } from '../state/view-reducer.js';
import { AttributeFilters } from './AttributeFilters.js';
import { ProgressBar } from './ProgressBar.js';
import { FacetList, orderTracks, type FacetOption } from './FacetList.js';

interface Props {
  filter: FilterState;
  counts: FacetCounts;
  totals: FacetCounts;
  /** The data's own attributes: live counts and histograms, and their totals over every node. */
  attributeCounts: AttributeCounts;
  attributeTotals: AttributeCounts;
  visibleCount: number;
  selected: string | null;
  /** Nodes in the primary source's map and in all; null when the data has one source. */
  scopeSizes: { primary: number; all: number } | null;
  /** The community facet (it needs the analysis worker's answer, which the panel does not ask for). */
  community?: ReactNode;
  dispatch(action: ViewAction): void;
}

/** A facet with more values than this (a large landscape's tracks) lists the first few, with a name filter. */
const LONG_FACET = 100;
const LONG_FACET_SHOWN = 40;

const FACET_TITLES: Record<FilterFacet, StringKey> = {
  kinds: 'facetKinds',
  modalities: 'facetModalities',
  tracks: 'facetTracks',
  businessModels: 'facetBusinessModels',
  markets: 'facetMarkets',
  companies: 'facetCompanies',
  sources: 'facetSources',
};

export function FiltersPanel({
  filter,
  counts,
  totals,
  attributeCounts,
  attributeTotals,
  visibleCount,
  selected,
  scopeSizes,
  community,
  dispatch,
}: Props) {
  const { t, name, lang } = useI18n();
  const { graph, bundle, facetValues, attributes, loading } = useViewerData();
  const options = useMemo(() => {
    const byName = (a: { nameZh: string; nameEn: string }, b: { nameZh: string; nameEn: string }) =>
      lang === 'en' ? a.nameEn.localeCompare(b.nameEn, 'en') : a.nameZh.localeCompare(b.nameZh, 'zh');
    const present = (facet: FilterFacet) => (option: FacetOption) => (totals[facet].get(option.id) ?? 0) > 0;
    const kinds: FacetOption[] = bundle.kinds.map((kind) => ({ id: kind.kind, nameZh: kind.zh, nameEn: kind.en, color: kind.color }));
    const modalityName = (id: string) => {
      const value = facetValues.get(id);
      return value ? name(value) : undefined;
    };
    const companies = bundle.facets.companies
      .filter(present('companies'))
      .sort((a, b) => (totals.companies.get(b.id) ?? 0) - (totals.companies.get(a.id) ?? 0) || byName(a, b));
    return {
      kinds: kinds.filter(present('kinds')),
      modalities: bundle.facets.modalities.filter(present('modalities')).sort(byName),
      tracks: orderTracks(bundle.facets.tracks.filter(present('tracks')), modalityName, t('otherGroup'), byName),
      businessModels: bundle.facets.businessModels.filter(present('businessModels')).sort(byName),
      markets: bundle.facets.markets.filter(present('markets')).sort(byName),
      companies,
      // Fewer sources first ("the report only", "Epoch only"), then "both".
      sources: [...totals.sources.keys()]
        .sort((a, b) => a.split(SOURCE_SET_SEPARATOR).length - b.split(SOURCE_SET_SEPARATOR).length)
        .map((key) => ({ id: key, ...sourceSetNames(key, bundle) })),
    } satisfies Record<FilterFacet, FacetOption[]>;
  }, [bundle, totals, facetValues, lang, name, t]);

  const ego = filter.ego;
  return (
    <aside className="filters" aria-label={t('filters')}>
      <div className="filters-head">
        <p
          className="visible-count"
          role="status"
          aria-live="polite"
          data-testid="visible-count"
          data-visible={visibleCount}
          data-total={graph.order}
          data-expected={loading?.total ?? graph.order}
        >
          {t('visibleCount', { visible: visibleCount, total: graph.order })}
        </p>
        <button type="button" className="small-button" disabled={isEmptyFilter(filter)} onClick={() => dispatch({ type: 'clearFilters' })}>
          {t('clearAll')}
        </button>
      </div>
      {loading && (
        <p className="muted small arriving" role="status">
          {t('arriving', { arrived: loading.arrived, total: loading.total })}{' '}
          <ProgressBar value={loading.arrived / loading.total} label={t('arrivingLabel')} />
        </p>
      )}
      {scopeSizes && <ScopeChoice scope={filter.scope} sizes={scopeSizes} dispatch={dispatch} />}
      <fieldset className="facet">
        <legend>{t('neighbourhood')}</legend>
        <label className="facet-row">
          <input
            type="checkbox"
            checked={ego !== null}
            disabled={ego === null && !selected}
            onChange={() => dispatch({ type: 'setEgo', id: ego ? null : selected })}
          />
          <span className="facet-name">{t('egoToggle')}</span>
        </label>
        <p className="muted small">
          {ego ? t('egoCentre', { name: name(namesOf(graph, ego.id)) }) : selected ? '' : t('egoNeedsSelection')}
        </p>
        <label className="inline-field">
          {t('depth')}
          <select
            value={ego?.depth ?? 1}
            disabled={!ego}
            onChange={(event) => dispatch({ type: 'setEgoDepth', depth: Number(event.target.value) })}
          >
            {Array.from({ length: MAX_EGO_DEPTH - MIN_EGO_DEPTH + 1 }, (_, index) => MIN_EGO_DEPTH + index).map((depth) => (
              <option key={depth} value={depth}>
                {depth}
              </option>
            ))}
          </select>
        </label>
        <label className="facet-row">
          <input
            type="checkbox"
            checked={filter.hideIsolated}
            onChange={(event) => dispatch({ type: 'setHideIsolated', value: event.target.checked })}
          />
          <span className="facet-name">{t('hideIsolated')}</span>
        </label>
      </fieldset>
      {(Object.keys(FACET_TITLES) as FilterFacet[]).map((facet) =>
        options[facet].length === 0 ? null : (
          <FacetList
            key={facet}
            title={t(FACET_TITLES[facet])}
            options={options[facet]}
            selected={filter[facet]}
            counts={counts[facet]}
            onToggle={(value) => dispatch({ type: 'toggleFacet', facet, value })}
            limit={facet === 'companies' ? 12 : options[facet].length > LONG_FACET ? LONG_FACET_SHOWN : undefined}
          />
        ),
      )}
      {community}
      <AttributeFilters profiles={attributes} filter={filter} counts={attributeCounts} totals={attributeTotals} dispatch={dispatch} />
    </aside>
  );
}

/** Where the map starts (the primary source's map) or everything: two radios, with the node count of each. */
function ScopeChoice({
  scope,
  sizes,
  dispatch,
}: {
  scope: Scope;
  sizes: { primary: number; all: number };
  dispatch(action: ViewAction): void;
}) {
  const { t, name } = useI18n();
  const { bundle } = useViewerData();
  const primary = bundle.sources[0];
  const primaryName = primary ? name(primary.publisher ?? primary.title) : '';
  return (
    <fieldset className="facet scope">
      <legend>{t('mapScopeLegend')}</legend>
      {SCOPES.map((value) => (
        <label key={value} className="facet-row">
          <input
            type="radio"
            name="scope"
            value={value}
            checked={scope === value}
            onChange={() => dispatch({ type: 'setScope', scope: value })}
          />
          <span className="facet-name">
            {value === 'primary'
              ? t('mapScopePrimary', { name: primaryName, count: sizes.primary })
              : t('mapScopeAll', { count: sizes.all })}
          </span>
        </label>
      ))}
      {scope === 'primary' && <p className="muted small">{t('mapScopeHint', { name: primaryName, count: sizes.all - sizes.primary })}</p>}
    </fieldset>
  );
}
