// A small dismissible notice: the parts of the link that were not understood.
import { useI18n } from '../i18n.js';

export function NoticeBar({ notices, onDismiss }: { notices: string[]; onDismiss(): void }) {
  const { t } = useI18n();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <span>
        {t('noticeTitle')} <code>{notices.join(' · ')}</code>
      </span>
      <button type="button" className="icon-button" aria-label={t('dismiss')} title={t('dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
