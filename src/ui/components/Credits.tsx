// The credit line of every source the map shows, under the map: each source's own wording (a licence may ask
// for it, as CC BY does for Epoch AI), linked to the source. Data from another site says where it comes from.
import { computeCreditLine } from '../../core/records/index.js';
import { useViewerData } from '../data/viewer-data.js';
import { useI18n } from '../i18n.js';
import { SafeLink } from './Evidence.js';

export function Credits() {
  const { t, lang } = useI18n();
  const { bundle, foreignOrigin } = useViewerData();
  if (bundle.sources.length === 0) return null;
  return (
    <footer className="credits" aria-label={t('credits')}>
      <span className="credits-title">{t('creditsTitle')}</span>
      {bundle.sources.map((source, index) => (
        <span key={String(source.id)} className="credit">
          {index > 0 && ' · '}
          <SafeLink href={source.url}>{computeCreditLine(source, lang)}</SafeLink>
        </span>
      ))}
      {foreignOrigin && <span className="foreign-origin">{` · ${t('foreignData', { origin: foreignOrigin })}`}</span>}
    </footer>
  );
}
