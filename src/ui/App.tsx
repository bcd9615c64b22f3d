// The page: loads the bundle (the report's, or ?data=URL) into the page's one graph, reads the
// view from the URL, then shows the viewer, or a readable error page when loading fails.
import { useEffect, useState } from 'react';
import Graph from 'graphology';
import { ENTITY_KINDS } from '../core/records/index.js';
import { computeLinkedIds, parseViewState, type ViewState } from '../core/view-state/index.js';
import type { ViewerGraph } from '../core/viewer-graph/index.js';
import { DrawingError } from './components/DrawingError.js';
import { ErrorBoundary } from './components/ErrorBoundary.js';
import { ErrorPage } from './components/ErrorPage.js';
import { BundleLoadError, loadBundle, resolveBundleUrl } from './data/load-bundle.js';
import type { StagedImport } from './data/staged-import.js';
import { computeForeignOrigin, createViewerData, type ViewerData } from './data/viewer-data.js';
import { translate } from './i18n.js';
import { markLoad } from './load-marks.js';
import { Viewer } from './Viewer.js';

type Status =
  | { phase: 'loading' }
  | { phase: 'error'; url: string; reason: string }
  | { phase: 'ready'; data: ViewerData; initial: ViewState; notices: string[]; rest: StagedImport | null; url: string };

export function App() {
  // The one graph of the page: sigma is built on it once, data is imported into it.
  const [graph] = useState<ViewerGraph>(() => new Graph({ type: 'mixed', multi: true, allowSelfLoops: true }));
  const [status, setStatus] = useState<Status>({ phase: 'loading' });

  useEffect(() => {
    let cancelled = false;
    const dataParam = new URLSearchParams(window.location.search).get('data');
    let url = dataParam ?? '';
    (async () => {
      try {
        markLoad('start');
        url = resolveBundleUrl(dataParam, window.location.href);
        // A large graph arrives in stages: the nodes the link names come in the first.
        const loaded = await loadBundle(url, graph, computeLinkedIds(window.location.search));
        if (cancelled) return;
        const kinds = new Set<string>([...ENTITY_KINDS, ...loaded.bundle.kinds.map((kind) => kind.kind), ...loaded.nodeKinds]);
        const { rest } = loaded;
        const data = createViewerData(graph, loaded.bundle, loaded.knownIds, 1, computeForeignOrigin(url, window.location.href), {
          generation: 1,
          loading: rest ? { arrived: rest.arrived, total: rest.total } : null,
        });
        markLoad('profiles');
        const { state, notices } = parseViewState(window.location.search, loaded.knownIds, {
          kinds: [...kinds],
          sources: loaded.bundle.sources.map((source) => String(source.id)),
          attributes: data.attributes,
          edgeAttributes: data.edgeAttributes.map((profile) => profile.name),
        });
        markLoad('state');
        setStatus({
          phase: 'ready',
          data,
          initial: state,
          notices,
          rest,
          url: loaded.url,
        });
      } catch (error) {
        if (cancelled) return;
        const failedUrl = error instanceof BundleLoadError ? error.url : url;
        setStatus({ phase: 'error', url: failedUrl, reason: (error as Error).message });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [graph]);

  if (status.phase === 'error') return <ErrorPage url={status.url} reason={status.reason} />;
  if (status.phase === 'loading') {
    return (
      <p className="loading" role="status">
        {translate('zh', 'loading')} / {translate('en', 'loading')}
      </p>
    );
  }
  return (
    <ErrorBoundary fallback={(error) => <DrawingError error={error} />}>
      <Viewer
        data={status.data}
        initial={status.initial}
        notices={status.notices}
        rest={status.rest}
        onFatal={(reason) => setStatus({ phase: 'error', url: status.url, reason })}
      />
    </ErrorBoundary>
  );
}
