// Paths between two nodes: the two ends (chosen by search or from a node's details), hub avoidance, and up to
// three shortest paths listed step by step with each link's relation and evidence; or why there is none.
import type { PathNodesResult } from '../../../core/analysis/index.js';
import { computePathHops } from '../../../core/analysis/index.js';
import type { NodeSubset } from '../../../core/filters/index.js';
import type { PathQuery } from '../../../core/view-state/index.js';
import type { Asked } from '../../analysis/use-analysis.js';
import { namesOf, useViewerData } from '../../data/viewer-data.js';
import { useI18n } from '../../i18n.js';
import { Evidence, disputedOf } from '../Evidence.js';
import { SearchBox } from '../SearchBox.js';

interface Props {
  path: PathQuery | null;
  answer: Asked<PathNodesResult>;
  visible: NodeSubset;
  searchReady: boolean;
  onPath(change: { from?: string | null; to?: string | null; avoidHubs?: boolean }): void;
  onClear(): void;
  onSelect(id: string): void;
}

export function PathPanel({ path, answer, visible, searchReady, onPath, onClear, onSelect }: Props) {
  const { t } = useI18n();
  const from = path?.from ?? null;
  const to = path?.to ?? null;
  return (
    <div className="path-panel">
      <p className="muted hint">{t('pathHint')}</p>
      <End
        label={t('pathFrom')}
        searchLabel={t('pathSearchFrom')}
        id={from}
        searchReady={searchReady}
        onChoose={(id) => onPath({ from: id })}
        onSelect={onSelect}
      />
      <End
        label={t('pathTo')}
        searchLabel={t('pathSearchTo')}
        id={to}
        searchReady={searchReady}
        onChoose={(id) => onPath({ to: id })}
        onSelect={onSelect}
      />
      <div className="path-actions">
        <button type="button" className="small-button" disabled={!from && !to} onClick={() => onPath({ from: to, to: from })}>
          {t('pathSwap')}
        </button>
        <button type="button" className="small-button" disabled={!path} onClick={onClear}>
          {t('pathClear')}
        </button>
      </div>
      <label className="check">
        <input type="checkbox" checked={path?.avoidHubs ?? false} onChange={(event) => onPath({ avoidHubs: event.target.checked })} />
        {t('pathAvoidHubs')}
      </label>
      <PathResultView answer={answer} path={path} visible={visible} onSelect={onSelect} />
    </div>
  );
}

function End(props: {
  label: string;
  searchLabel: string;
  id: string | null;
  searchReady: boolean;
  onChoose(id: string): void;
  onSelect(id: string): void;
}) {
  const { t, name } = useI18n();
  const { graph } = useViewerData();
  const { id } = props;
  return (
    <div className="path-end">
      <span className="path-end-label">{props.label}</span>
      {id === null ? (
        <span className="muted">{t('pathNotChosen')}</span>
      ) : graph.hasNode(id) ? (
        <button type="button" className="link-button path-end-name" onClick={() => props.onSelect(id)}>
          {name(namesOf(graph, id))}
        </button>
      ) : (
        <code className="node-id">{id}</code>
      )}
      <SearchBox
        onChoose={props.onChoose}
        prepare={props.searchReady}
        label={props.searchLabel}
        placeholder={props.searchLabel}
        slashKey={false}
      />
    </div>
  );
}

function PathResultView({
  answer,
  path,
  visible,
  onSelect,
}: {
  answer: Asked<PathNodesResult>;
  path: PathQuery | null;
  visible: NodeSubset;
  onSelect(id: string): void;
}) {
  const { t, name } = useI18n();
  const { graph } = useViewerData();
  if (answer.status === 'idle') return null;
  if (answer.status === 'running')
    return (
      <p className="muted" role="status">
        {t('pathRunning')}
      </p>
    );
  if (answer.status === 'error')
    return (
      <p className="warning" role="alert">
        {t('analysisFailed', { reason: answer.message })}
      </p>
    );
  const result = answer.value;
  if (!result.ok) {
    const message =
      result.reason === 'unknown-node'
        ? t('pathUnknown', { id: result.node })
        : result.reason === 'hidden'
          ? t('pathHidden', { name: name(namesOf(graph, result.node)) })
          : result.reason === 'same-node'
            ? t('pathSame')
            : `${t('pathNone')}. ${path?.avoidHubs ? t('pathNoneHubs') : visible.size < graph.order ? t('pathNoneFiltered') : ''}`;
    return (
      <p className="warning path-none" role="status" data-reason={result.reason}>
        {message}
      </p>
    );
  }
  return (
    <div className="path-result" role="status" data-hops={result.hops}>
      <p>
        {t('pathFound', { count: result.paths.length, hops: result.hops })} ·{' '}
        <span className="muted">{t('analysisTime', { ms: Math.round(answer.ms) })}</span>
      </p>
      {result.paths.map((nodes, number) => (
        <PathSteps key={nodes.join('>')} nodes={nodes} number={number + 1} onSelect={onSelect} />
      ))}
    </div>
  );
}

function PathSteps({ nodes, number, onSelect }: { nodes: string[]; number: number; onSelect(id: string): void }) {
  const { t, lang, name } = useI18n();
  const { graph, bundle } = useViewerData();
  const labels = new Map(bundle.relationTypes.map((type) => [type.type as string, type]));
  const hops = computePathHops(graph, nodes);
  const nodeButton = (id: string) => (
    <button type="button" className="link-button" onClick={() => onSelect(id)}>
      {name(namesOf(graph, id))}
    </button>
  );
  return (
    <section className="path" aria-label={t('pathNumber', { number })}>
      <h3>{t('pathNumber', { number })}</h3>
      <ol className="path-steps">
        <li className="path-node" data-node={nodes[0]}>
          {nodeButton(nodes[0])}
        </li>
        {hops.map((hop) => (
          <li key={`${hop.from}>${hop.to}`} className="path-hop" data-from={hop.from} data-to={hop.to}>
            {hop.links.map((link) => {
              const attributes = graph.getEdgeAttributes(link.edge);
              const type = labels.get(link.relation);
              const relation = link.forward
                ? (type?.[lang] ?? link.relation)
                : (type?.inverse?.[lang] ?? `← ${type?.[lang] ?? link.relation}`);
              return (
                <div key={link.edge} className="path-link" data-edge={link.edge}>
                  <span className="path-relation">↓ {relation}</span>
                  <Evidence
                    sources={Array.isArray(attributes.sources) ? attributes.sources : []}
                    editorial={attributes.editorial === undefined ? undefined : String(attributes.editorial)}
                    disputed={disputedOf(attributes)}
                    evidenceNote={attributes.evidenceNote === undefined ? undefined : String(attributes.evidenceNote)}
                    compact
                  />
                </div>
              );
            })}
            <div className="path-node" data-node={hop.to}>
              {nodeButton(hop.to)}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
