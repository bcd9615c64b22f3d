// Which graph the viewer shows: the report's (a large one arriving in stages after the first frame), or one the
// user opened. An import replaces the data in the page's one graph (clear + import, never a new graph or Sigma);
// the report's graph is kept as a snapshot so "back to the report graph" restores it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { SerializedGraph } from 'graphology-types';
import type { ImportWarning } from '../../core/io/index.js';
import {
  assignDerivedFacets,
  assignViewerDefaults,
  computeImportedBundle,
  type ViewerEdgeAttributes,
  type ViewerNodeAttributes,
} from '../../core/viewer-graph/index.js';
import type { StagedImport } from '../data/staged-import.js';
import { createViewerData, type ViewerData } from '../data/viewer-data.js';

export interface ImportedInfo {
  name: string;
  /** The file's own title: a GEXF's meta title or description, a GraphML graph's title, name or description. */
  title?: string;
  nodes: number;
  edges: number;
  warnings: ImportWarning[];
}

export interface GraphSource {
  data: ViewerData;
  /** Set while an imported graph is shown. */
  imported: ImportedInfo | null;
  error: string | null;
  busy: boolean;
  /** Increases each time an imported graph without positions needs the layout worker. */
  layoutRequest: number;
  openFiles(files: readonly File[]): Promise<void>;
  backToReport(): void;
  dismissError(): void;
}

interface Arrival {
  /** The stages of the report's graph still to come. */
  rest: StagedImport | null;
  /** The first frame is on screen: the next stages may come. */
  ready: boolean;
  onFatal(reason: string): void;
}

export function useGraphSource(report: ViewerData, onReplace: () => void, arrival?: Arrival): GraphSource {
  const [data, setData] = useState(report);
  // The report's data as it has arrived so far: what "back to the report" returns to.
  const reportData = useRef(report);
  const rest = arrival?.rest ?? null;
  useStagedArrival(
    rest,
    arrival?.ready ?? false,
    (loading) => {
      setData((shown) => {
        const next = createViewerData(shown.graph, shown.bundle, shown.knownIds, shown.revision + 1, shown.foreignOrigin, {
          generation: shown.generation,
          loading,
        });
        reportData.current = next;
        return next;
      });
    },
    arrival?.onFatal,
  );
  const [imported, setImported] = useState<ImportedInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [layoutRequest, setLayoutRequest] = useState(0);
  const snapshot = useRef<SerializedGraph<ViewerNodeAttributes, ViewerEdgeAttributes> | null>(null);

  const openFiles = useCallback(
    async (files: readonly File[]) => {
      setBusy(true);
      setError(null);
      try {
        // The parsers load with the first import, not with the page.
        const { formatImportError, readImport } = await import('./read-import.js');
        const result = await readImport(files);
        if (!result.ok) {
          setError(formatImportError(result.name, result.error));
          return;
        }
        // Made complete before it reaches the page's graph: sigma refuses a node without a position.
        const complete = assignViewerDefaults(result.graph);
        assignDerivedFacets(complete.graph);
        const graph = report.graph;
        // The report's graph whole before it is put aside: the way back returns to all of it.
        if (rest && !rest.done) {
          rest.finish();
          reportData.current = createViewerData(graph, report.bundle, report.knownIds, report.revision, report.foreignOrigin, {
            generation: report.generation,
            loading: null,
          });
        }
        const previous = graph.export();
        try {
          graph.clear();
          graph.import(complete.graph);
        } catch (importError) {
          graph.clear();
          graph.import(previous);
          setError(`${result.name}: ${(importError as Error).message}`);
          return;
        }
        snapshot.current ??= previous;
        onReplace();
        setData((shown) =>
          createViewerData(graph, computeImportedBundle(graph, report.bundle), new Set(graph.nodes()), shown.revision + 1),
        );
        setImported({
          name: result.name,
          title: titleOf(result.graph.getAttributes()),
          nodes: graph.order,
          edges: graph.size,
          warnings: result.warnings,
        });
        if (complete.unplaced > 0) setLayoutRequest((count) => count + 1);
      } catch (readError) {
        setError(`${files.map((file) => file.name).join(' + ')}: ${(readError as Error).message}`);
      } finally {
        setBusy(false);
      }
    },
    [report, onReplace, rest],
  );

  const backToReport = useCallback(() => {
    const saved = snapshot.current;
    if (!saved) return;
    onReplace();
    report.graph.clear();
    report.graph.import(saved);
    snapshot.current = null;
    setData((shown) => ({ ...reportData.current, revision: shown.revision + 1, generation: shown.revision + 1 }));
    setImported(null);
    setError(null);
  }, [report, onReplace]);

  const dismissError = useCallback(() => setError(null), []);
  return { data, imported, error, busy, layoutRequest, openFiles, backToReport, dismissError };
}

/**
 * The later stages of a large graph, once the first frame is on screen: one stage per task, each after a frame has
 * been drawn, so the page answers between them. `onStage` gets what has arrived (null once the graph is whole).
 */
function useStagedArrival(
  rest: StagedImport | null,
  ready: boolean,
  onStage: (loading: ViewerData['loading']) => void,
  onFatal: (reason: string) => void = () => {},
): void {
  const callbacks = useRef({ onStage, onFatal });
  useEffect(() => {
    callbacks.current = { onStage, onFatal };
  });
  useEffect(() => {
    if (!rest || !ready || rest.done) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const step = () => {
      // An import may have taken the whole graph in meanwhile.
      if (rest.done) return;
      try {
        rest.importNext();
      } catch (error) {
        callbacks.current.onFatal(`the graph in the bundle is not valid: ${(error as Error).message}`);
        return;
      }
      // The page renders the stage in this task: the map's refresh for it then comes before the frame sigma
      // scheduled when the nodes arrived, and replaces it — one full draw per stage, not two (with software
      // WebGL each is seconds at 100k nodes).
      flushSync(() => callbacks.current.onStage(rest.done ? null : { arrived: rest.arrived, total: rest.total }));
      if (!rest.done) schedule();
    };
    const schedule = () => {
      frame = requestAnimationFrame(() => {
        timer = setTimeout(step, 0);
      });
    };
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [rest, ready]);
}

/** Longest title shown: a longer description is no title. */
const MAX_TITLE = 120;

/** A graph's own title from its attributes (GEXF meta, GraphML graph data), as one line of text; undefined when none. */
export function titleOf(attributes: Record<string, unknown>): string | undefined {
  for (const key of ['title', 'name', 'label', 'description']) {
    const value = attributes[key];
    if (typeof value !== 'string') continue;
    const line = value.replace(/\s+/g, ' ').trim();
    if (line !== '' && line.length <= MAX_TITLE) return line;
  }
  return undefined;
}
