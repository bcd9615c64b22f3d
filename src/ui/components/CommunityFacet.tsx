// The community facet: with communities found (colour by community, or one shown alone from a link), a radio group
// of "all" and each named community with its size in the filters' view; without, a button that finds them.
import { useId } from 'react';
import type { LegendRow } from '../appearance.js';
import type { Communities } from '../analysis/use-communities.js';
import { useI18n } from '../i18n.js';
import { ProgressBar } from './ProgressBar.js';
import type { ViewAction } from '../state/view-reducer.js';

/** The community number of a legend row's key (`community:N`), or null for "other" and "none". */
export function communityOfKey(key: string): number | null {
  const match = /^community:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

interface Props {
  communities: Communities;
  /** The number asked for (the view state's), shown or not. */
  shown: number | null;
  dispatch(action: ViewAction): void;
}

export function CommunityFacet({ communities, shown, dispatch }: Props) {
  const { t, name } = useI18n();
  const group = useId();
  const { answer, legend, missing } = communities;
  const rows: LegendRow[] = (legend ?? []).filter((row) => communityOfKey(row.key) !== null);
  const show = (community: number | null) => dispatch({ type: 'showCommunity', community });
  return (
    <fieldset className="facet community-facet">
      <legend>{t('facetCommunity')}</legend>
      {answer.status === 'idle' && (
        <>
          <p className="muted small">{t('communityFacetHint')}</p>
          <button type="button" className="small-button" onClick={() => dispatch({ type: 'setColorMode', mode: 'community' })}>
            {t('communityFind')}
          </button>
        </>
      )}
      {answer.status === 'running' && (
        <p className="muted small" role="status">
          {t('communityRunning')} <ProgressBar value={answer.progress} label={t('communityRunning')} />
        </p>
      )}
      {answer.status === 'error' && (
        <p className="warning small" role="alert">
          {t('analysisFailed', { reason: answer.message })}
        </p>
      )}
      {missing && (
        <p className="warning small" role="alert">
          {t('communityMissing', { number: (shown ?? 0) + 1 })}
        </p>
      )}
      {rows.length > 0 && (
        <>
          <label className="facet-row">
            <input type="radio" name={group} checked={shown === null || missing} onChange={() => show(null)} />
            <span className="facet-name">{t('communityAll')}</span>
          </label>
          {rows.map((row) => {
            const community = communityOfKey(row.key)!;
            return (
              <label key={row.key} className="facet-row" data-community={community}>
                <input type="radio" name={group} checked={shown === community} onChange={() => show(community)} />
                <span className="swatch" style={{ background: row.color }} aria-hidden="true" />
                <span className="facet-name">{name(row)}</span>
                <span className="count">{row.count}</span>
              </label>
            );
          })}
        </>
      )}
    </fieldset>
  );
}
