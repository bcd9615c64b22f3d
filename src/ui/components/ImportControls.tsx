// Opening a graph file: the header button with its file input, the bar that says an imported graph
// is shown (with the way back to the report) or why a file could not be opened, and the drop hint.
import { useId, useRef } from 'react';
import { useI18n } from '../i18n.js';
import type { GraphSource } from '../io/use-graph-source.js';

export const IMPORT_ACCEPT = '.gexf,.graphml,.xml,.json,.csv,.tsv,.txt';

export function ImportButton({ busy, onFiles }: { busy: boolean; onFiles(files: File[]): void }) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  return (
    <>
      <button
        type="button"
        className="toggle-button"
        disabled={busy}
        aria-describedby={`${id}-hint`}
        onClick={() => input.current?.click()}
      >
        {busy ? t('importing') : t('importButton')}
      </button>
      <span id={`${id}-hint`} className="visually-hidden">
        {t('importInput')}
      </span>
      <input
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={IMPORT_ACCEPT}
        multiple
        aria-label={t('importInput')}
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so that choosing the same file again is a change.
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

export function ImportBar({ source }: { source: GraphSource }) {
  const { t } = useI18n();
  const { imported, error } = source;
  if (!imported && !error) return null;
  return (
    <>
      {error && (
        <div className="notice notice-error" role="alert" data-testid="import-error">
          <span>
            <strong>{t('importFailed')}</strong> <span className="import-error-text">{error}</span>
          </span>
          <button type="button" className="icon-button" aria-label={t('dismiss')} title={t('dismiss')} onClick={source.dismissError}>
            ×
          </button>
        </div>
      )}
      {imported && (
        <div className="notice notice-imported" role="status" data-testid="imported-banner">
          <span>
            {t('importedShown', { name: imported.name, nodes: imported.nodes, edges: imported.edges })}
            {imported.warnings.length > 0 && (
              <span className="muted small" title={imported.warnings.map((warning) => warning.message).join('\n')}>
                {' '}
                · {t('importWarnings', { count: imported.warnings.length })}
              </span>
            )}
          </span>
          <button type="button" className="small-button" onClick={source.backToReport}>
            {t('backToReport')}
          </button>
        </div>
      )}
    </>
  );
}

export function ImportDropHint() {
  const { t } = useI18n();
  return (
    <div className="drop-hint" aria-hidden="true">
      <p>{t('dropHint')}</p>
    </div>
  );
}
