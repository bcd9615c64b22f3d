// What a drawing error looks like: what happened, the error itself, and the ways out (reload, back to
// the report graph). In both languages: it may replace the whole page, language switch included.
import { translate, type StringKey } from '../i18n.js';

export function DrawingError({ error, inMap = false }: { error: Error; inMap?: boolean }) {
  const both = (key: StringKey) => (
    <>
      <span lang="zh-CN">{translate('zh', key)}</span> / <span lang="en">{translate('en', key)}</span>
    </>
  );
  const Heading = inMap ? 'h2' : 'h1';
  return (
    <div className={inMap ? 'drawing-error in-map' : 'drawing-error error-page'} role="alert" data-testid="drawing-error">
      <Heading>{both('drawingErrorTitle')}</Heading>
      <p>{both('drawingErrorHint')}</p>
      <pre>{error.message || String(error)}</pre>
      <p className="drawing-error-actions">
        <button type="button" className="primary-button" onClick={() => window.location.reload()}>
          {both('reload')}
        </button>
        <a className="toggle-button" href={window.location.pathname}>
          {both('backToReport')}
        </a>
      </p>
    </div>
  );
}
