// The top bar: title, search, open and export, table and figures toggles, language switch. On a
// phone or a tablet the actions fold into a menu and the filters button sits beside search.
import type { ReactNode } from 'react';
import { useViewerData } from '../data/viewer-data.js';
import { useI18n } from '../i18n.js';
import type { Screen } from '../screen/use-screen.js';
import { MobileMenu } from './MobileMenu.js';
import { SearchBox } from './SearchBox.js';

interface Props {
  tableOpen: boolean;
  figuresOpen: boolean;
  hasFigures: boolean;
  onChoose(id: string): void;
  onToggleTable(): void;
  onToggleFigures(): void;
  /** The analysis panel (paths, rankings). */
  analysisOpen?: boolean;
  onToggleAnalysis?(): void;
  onToggleLanguage(): void;
  onOpenExport(): void;
  /** The "open graph" button with its file input. */
  importButton: ReactNode;
  /** The map is drawn: the search index may be built now, in idle time. */
  searchReady: boolean;
  screen: Screen;
  /** The button that opens the filter drawer (phone, tablet). */
  filtersButton?: ReactNode;
  /** The opened file's name, which the header then shows instead of the sources. */
  importedName?: string;
}

export function Header(props: Props) {
  const {
    tableOpen,
    figuresOpen,
    hasFigures,
    onChoose,
    onToggleTable,
    onToggleFigures,
    onToggleLanguage,
    onOpenExport,
    importButton,
    searchReady,
    screen,
    filtersButton,
    importedName,
    analysisOpen,
    onToggleAnalysis,
  } = props;
  const { t, lang } = useI18n();
  const { bundle, foreignOrigin } = useViewerData();
  // What the map is made of: the first source's title, then the other sources by publisher.
  const [first, ...others] = bundle.sources;
  const subtitle = importedName
    ? importedName
    : first
      ? [String(first.title?.[lang] ?? first.id), ...others.map((source) => String(source.publisher?.[lang] ?? source.id))].join(' + ')
      : '';
  const actions = (
    <>
      {importButton}
      <button type="button" className="toggle-button" aria-haspopup="dialog" onClick={onOpenExport}>
        {t('exportButton')}
      </button>
      <button type="button" className="toggle-button" aria-pressed={tableOpen} onClick={onToggleTable}>
        {tableOpen ? t('tableHide') : t('tableShow')}
      </button>
      {hasFigures && (
        <button type="button" className="toggle-button" aria-pressed={figuresOpen} onClick={onToggleFigures}>
          {t('figuresButton')}
        </button>
      )}
      {onToggleAnalysis && (
        <button type="button" className="toggle-button" aria-pressed={analysisOpen ?? false} onClick={onToggleAnalysis}>
          {t('analysisButton')}
        </button>
      )}
      <button
        type="button"
        className="toggle-button lang-button"
        aria-label={t('switchLanguageName')}
        title={t('switchLanguage')}
        onClick={onToggleLanguage}
      >
        {t('languageButton')}
      </button>
    </>
  );
  return (
    <header className="topbar">
      <div className={screen === 'phone' ? 'brand visually-hidden' : 'brand'}>
        <h1>{t('appTitle')}</h1>
        {subtitle && <span className="subtitle">{subtitle}</span>}
        {foreignOrigin && (
          <span className="foreign-badge" role="note" title={t('foreignDataNote', { origin: foreignOrigin })}>
            {t('foreignData', { origin: foreignOrigin })}
          </span>
        )}
      </div>
      <SearchBox onChoose={onChoose} prepare={searchReady} />
      {filtersButton}
      {screen === 'desktop' ? <div className="topbar-actions">{actions}</div> : <MobileMenu>{actions}</MobileMenu>}
    </header>
  );
}
