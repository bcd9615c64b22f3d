// Shown instead of the map when the bundle cannot be loaded: what failed and why, in both languages.
import { translate } from '../i18n.js';

export function ErrorPage({ url, reason }: { url: string; reason: string }) {
  const both = (key: Parameters<typeof translate>[1]) => (
    <>
      <span lang="zh-CN">{translate('zh', key)}</span> / <span lang="en">{translate('en', key)}</span>
    </>
  );
  return (
    <main className="error-page" role="alert">
      <h1>{both('errorTitle')}</h1>
      <dl>
        <dt>{both('errorWhat')}</dt>
        <dd>
          <code>{url}</code>
        </dd>
        <dt>{both('errorReason')}</dt>
        <dd>
          <pre>{reason}</pre>
        </dd>
      </dl>
      <p>{both('errorHint')}</p>
      <p>
        <a href={window.location.pathname}>{both('errorDefault')}</a>
      </p>
    </main>
  );
}
