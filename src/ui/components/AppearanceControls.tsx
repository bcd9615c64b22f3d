// Appearance from any attribute, under the legend's colour switch: which attribute "colour by attribute" paints by,
// node size (links, a measure, or a numeric attribute), labels (names or an attribute) and link thickness (even,
// or a numeric link attribute). Each choice is in the URL.
import type { AttributeProfile } from '../../core/attributes/index.js';
import { RANK_METRICS, type RankMetric, type ViewState } from '../../core/view-state/index.js';
import { isColorable } from '../appearance.js';
import { attributeTitle, useI18n } from '../i18n.js';
import { useViewerData } from '../data/viewer-data.js';
import type { ViewAction } from '../state/view-reducer.js';
import { METRIC_LABEL } from './analysis/RankPanel.js';

interface Props {
  state: Pick<ViewState, 'colorMode' | 'sizeBy' | 'sizeAttribute' | 'labelAttribute' | 'edgeWeight'>;
  /** The attribute the colour follows in mode `attribute`. */
  colorAttribute: string | undefined;
  profiles: readonly AttributeProfile[];
  edgeProfiles: readonly AttributeProfile[];
  dispatch(action: ViewAction): void;
}

/** A numeric attribute's option in the size choice; a measure's option is its name (degree, pagerank…). */
const ATTRIBUTE = 'attribute:';

export function AppearanceControls({ state, colorAttribute, profiles, edgeProfiles, dispatch }: Props) {
  const { t, lang } = useI18n();
  const ours = useViewerData().bundle.sources.length > 0;
  const title = (name: string) => attributeTitle(name, lang, ours);
  const colourable = profiles.filter(isColorable);
  return (
    <div className="appearance-controls">
      {state.colorMode === 'attribute' && colourable.length > 0 && (
        <label className="inline-field">
          {t('colourAttributeChoice')}
          <select value={colorAttribute ?? ''} onChange={(event) => dispatch({ type: 'setColorAttribute', name: event.target.value })}>
            {colourable.map((profile) => (
              <option key={profile.name} value={profile.name}>
                {title(profile.name)} ({t(profile.role === 'numeric' ? 'attributeGradient' : 'attributePartition')})
              </option>
            ))}
          </select>
        </label>
      )}
      <SizeChoice state={state} profiles={profiles} dispatch={dispatch} />
      <AttributeChoice
        label={t('labelBy')}
        none={t('labelByName')}
        value={state.labelAttribute}
        names={profiles.map((profile) => [profile.name, title(profile.name)])}
        onChange={(name) => dispatch({ type: 'setLabelAttribute', name })}
      />
      <AttributeChoice
        label={t('edgeThickness')}
        none={t('edgeThicknessEven')}
        value={state.edgeWeight}
        names={edgeProfiles.map((profile) => [profile.name, profile.name])}
        onChange={(name) => dispatch({ type: 'setEdgeWeight', name })}
      />
    </div>
  );
}

/** A choice of one attribute, or none (the default, named by `none`); nothing shown when there is none to choose. */
function AttributeChoice(props: {
  label: string;
  none: string;
  value: string | null;
  /** [attribute name, its title] */
  names: [string, string][];
  onChange(name: string | null): void;
}) {
  const { label, none, value, names, onChange } = props;
  if (names.length === 0) return null;
  return (
    <label className="inline-field">
      {label}
      <select value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{none}</option>
        {names.map(([name, title]) => (
          <option key={name} value={name}>
            {title}
          </option>
        ))}
      </select>
    </label>
  );
}

/**
 * What node sizes follow: the data's size (links), a measure (computed in the analysis worker) or a numeric
 * attribute. One control, shown under the legend and beside the rankings, so the two always agree.
 */
export function SizeChoice({
  state,
  profiles,
  dispatch,
  inline = true,
}: {
  state: Pick<ViewState, 'sizeBy' | 'sizeAttribute'>;
  profiles: readonly AttributeProfile[];
  dispatch(action: ViewAction): void;
  inline?: boolean;
}) {
  const { t, lang } = useI18n();
  const ours = useViewerData().bundle.sources.length > 0;
  const numeric = profiles.filter((profile) => profile.role === 'numeric');
  const value = state.sizeAttribute ? ATTRIBUTE + state.sizeAttribute : (state.sizeBy ?? '');
  return (
    <label className={inline ? 'inline-field' : undefined}>
      {t('sizeBy')}{' '}
      <select
        value={value}
        onChange={(event) => {
          const chosen = event.target.value;
          if (chosen.startsWith(ATTRIBUTE)) dispatch({ type: 'setSizeAttribute', name: chosen.slice(ATTRIBUTE.length) });
          else if (chosen !== '') dispatch({ type: 'setSizeBy', metric: chosen as RankMetric });
          else {
            dispatch({ type: 'setSizeAttribute', name: null });
            dispatch({ type: 'setSizeBy', metric: null });
          }
        }}
      >
        <option value="">{t('sizeByData')}</option>
        {RANK_METRICS.map((metric) => (
          <option key={metric} value={metric}>
            {t(METRIC_LABEL[metric])}
          </option>
        ))}
        {numeric.map((profile) => (
          <option key={profile.name} value={ATTRIBUTE + profile.name}>
            {attributeTitle(profile.name, lang, ours)}
          </option>
        ))}
      </select>
    </label>
  );
}
