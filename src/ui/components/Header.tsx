// The top bar: title, search, table and figures toggles, language switch.
import { useI18n } from '../i18n.js';
import { SearchBox } from './SearchBox.js';

interface Props {
  tableOpen: boolean;
  figuresOpen: boolean;
  hasFigures: boolean;
  onChoose(id: string): void;
  onToggleTable(): void;
  onToggleFigures(): void;
  onToggleLanguage(): void;
}

export function Header({ tableOpen, figuresOpen, hasFigures, onChoose, onToggleTable, onToggleFigures, onToggleLanguage }: Props) {
  const { t } = useI18n();
  return (
    <header className="topbar">
      <div className="brand">
        <h1>{t('appTitle')}</h1>
        <span className="subtitle">{t('appSubtitle')}</span>
      </div>
      <SearchBox onChoose={onChoose} />
      <div className="topbar-actions">
        <button type="button" className="toggle-button" aria-pressed={tableOpen} onClick={onToggleTable}>
          {tableOpen ? t('tableHide') : t('tableShow')}
        </button>
        {hasFigures && (
          <button type="button" className="toggle-button" aria-pressed={figuresOpen} onClick={onToggleFigures}>
            {t('figuresButton')}
          </button>
        )}
        <button
          type="button"
          className="toggle-button lang-button"
          aria-label={t('switchLanguage')}
          title={t('switchLanguage')}
          onClick={onToggleLanguage}
        >
          {t('languageButton')}
        </button>
      </div>
    </header>
  );
}
