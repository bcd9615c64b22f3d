// The first stop of the tab order: the map is a canvas a screen reader cannot read, so this jumps to
// the table view, which lists the same nodes. Hidden until focused.
import { useI18n } from '../i18n.js';
import { TABLE_VIEW_ID } from './TableView.js';

export function SkipLink({ onOpenTable }: { onOpenTable(): void }) {
  const { t } = useI18n();
  return (
    <a
      className="skip-link"
      href={`#${TABLE_VIEW_ID}`}
      onClick={(event) => {
        event.preventDefault();
        onOpenTable();
        // The table mounts on this render; focus it once it is there.
        requestAnimationFrame(() => document.getElementById(TABLE_VIEW_ID)?.focus());
      }}
    >
      {t('skipToTable')}
    </a>
  );
}
