// The analyses the viewer shows, as React state: the path question of the URL, the ranking of the open panel and
// the measure nodes are sized by, each asked of the worker when its inputs change (the current view included)
// and answered with progress. Nothing is asked, and no worker made, until the user asks a question.
import { useEffect, useMemo, useRef, useState } from 'react';
import { HUB_KINDS, type Community, type PathNodesResult } from '../../core/analysis/index.js';
import type { FilterIndex, NodeSubset } from '../../core/filters/index.js';
import type { PathQuery, RankMetric } from '../../core/view-state/index.js';
import { AnalysisCancelled, AnalysisClient, computeAnalysisGraph, createAnalysisWorker } from './analysis-client.js';
import type { AnalysisAnswer, AnalysisQuestion } from './protocol.js';

export type Asked<T> =
  | { status: 'idle' }
  /** `last`: the previous answer, still worth showing until this one comes. */
  | { status: 'running'; progress: number; last?: T }
  | { status: 'done'; value: T; ms: number }
  | { status: 'error'; message: string };

export interface MetricValues {
  metric: RankMetric;
  /** By node number in the filter index, NaN outside the view. */
  values: Float64Array;
  approximate: boolean;
  count: number;
  index: FilterIndex;
}

export interface CommunityValues {
  of: Int32Array;
  communities: Community[];
  modularity: number;
  index: FilterIndex;
}

export const MAX_PATHS = 3;

/** One client per viewer, fed the graph of the current filter index before each question. */
export function useAnalysisClient(
  index: FilterIndex,
): (
  question: AnalysisQuestion,
  visible: NodeSubset,
  onProgress: (fraction: number) => void,
) => Promise<{ answer: AnalysisAnswer; ms: number }> {
  const client = useMemo(() => new AnalysisClient(createAnalysisWorker), []);
  useEffect(() => () => client.dispose(), [client]);
  const graphs = useRef(new WeakMap<FilterIndex, ReturnType<typeof computeAnalysisGraph>>());
  return useMemo(
    () => (question, visible, onProgress) => {
      let graph = graphs.current.get(index);
      if (!graph) graphs.current.set(index, (graph = computeAnalysisGraph(index)));
      client.setGraph(graph);
      const all = visible.size === index.ids.length;
      return client.ask(question, all ? null : visible.mask, (_stage, fraction) => onProgress(fraction));
    },
    [client, index],
  );
}

export type Ask = ReturnType<typeof useAnalysisClient>;

/** Asks `question` (none while null) whenever it or the view changes; the answer is read by `read`. */
function useAsked<T>(ask: Ask, question: AnalysisQuestion | null, visible: NodeSubset, read: (answer: AnalysisAnswer) => T): Asked<T> {
  const [state, setState] = useState<Asked<T>>({ status: 'idle' });
  const key = question ? JSON.stringify(question) : null;
  const readRef = useRef(read);
  useEffect(() => {
    readRef.current = read;
  });
  useEffect(() => {
    if (!key) {
      setState({ status: 'idle' });
      return;
    }
    let live = true;
    const lastOf = (previous: Asked<T>) =>
      previous.status === 'done' ? previous.value : previous.status === 'running' ? previous.last : undefined;
    setState((previous) => ({ status: 'running', progress: 0, last: lastOf(previous) }));
    // Asked in a task of its own: after a click React runs this effect in the click's task, and the graph's first
    // trip to the worker (a new worker, 100k ids) would lengthen that task past 100 ms at 100k nodes.
    const timer = setTimeout(() =>
      ask(
        JSON.parse(key) as AnalysisQuestion,
        visible,
        (progress) => live && setState((previous) => ({ status: 'running', progress, last: lastOf(previous) })),
      ).then(
        ({ answer, ms }) => live && setState({ status: 'done', value: readRef.current(answer), ms }),
        (error: Error) => live && !(error instanceof AnalysisCancelled) && setState({ status: 'error', message: error.message }),
      ),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [ask, key, visible]);
  return key ? state : { status: 'idle' };
}

export function usePathAnswer(ask: Ask, path: PathQuery | null, visible: NodeSubset): Asked<PathNodesResult> {
  const question: AnalysisQuestion | null =
    path?.from && path.to
      ? { kind: 'path', from: path.from, to: path.to, avoidKinds: path.avoidHubs ? [...HUB_KINDS] : [], max: MAX_PATHS }
      : null;
  return useAsked(ask, question, visible, (answer) => (answer.kind === 'path' ? answer.result : { ok: false, reason: 'no-path' }));
}

export function useMetricAnswer(ask: Ask, metric: RankMetric | null, visible: NodeSubset, index: FilterIndex): Asked<MetricValues> {
  return useAsked(ask, metric ? { kind: 'metric', metric } : null, visible, (answer) => {
    if (answer.kind !== 'metric') throw new Error('not a ranking');
    return { metric: answer.metric, values: answer.values, approximate: answer.approximate, count: answer.count, index };
  });
}

export function useCommunityAnswer(ask: Ask, on: boolean, visible: NodeSubset, index: FilterIndex): Asked<CommunityValues> {
  return useAsked(ask, on ? { kind: 'communities' } : null, visible, (answer) => {
    if (answer.kind !== 'communities') throw new Error('not communities');
    return { of: answer.of, communities: answer.communities, modularity: answer.modularity, index };
  });
}
