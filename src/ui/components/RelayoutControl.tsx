// Re-layout of the visible nodes: start, progress bar, stop, restore the precomputed layout.
import type { Relayout } from '../layout/use-relayout.js';
import { useI18n } from '../i18n.js';

export function RelayoutControl({ relayout }: { relayout: Relayout }) {
  const { t } = useI18n();
  return (
    <div className="relayout" role="group" aria-label={t('relayout')}>
      {relayout.running ? (
        <>
          <progress max={1} value={relayout.progress} aria-label={t('relayoutProgress')} />
          <button type="button" className="small-button" onClick={relayout.stop}>
            {t('relayoutStop')}
          </button>
        </>
      ) : (
        <button type="button" className="small-button" onClick={relayout.start}>
          {t('relayout')}
        </button>
      )}
      {relayout.canRestore && !relayout.running && (
        <button type="button" className="small-button" onClick={relayout.restore}>
          {t('relayoutRestore')}
        </button>
      )}
      {relayout.error && <span className="warning">{relayout.error}</span>}
    </div>
  );
}
