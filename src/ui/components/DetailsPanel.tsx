// The selected node: both names, kind, aliases, attributes, its evidence, and its neighbours.
import { useMemo } from 'react';
import { RESERVED_ATTRIBUTES } from '../../core/attributes/index.js';
import { computeDisagreements } from '../../core/graph/index.js';
import { ACCESSIBILITY_NAMES, formatCount, formatScientific, useI18n } from '../i18n.js';
import { isHttpUrl, useViewerData } from '../data/viewer-data.js';
import { DisagreementMark, Evidence, SafeLink, disputedOf } from './Evidence.js';
import { NeighbourList } from './NeighbourList.js';
import { computeDateFacts } from './date-facts.js';

interface Props {
  selected: string | null;
  visible: ReadonlySet<string>;
  onSelect(id: string): void;
  onShowNeighbourhood(id: string): void;
  /** Starts a path question at, or ends it at, this node (the analysis panel opens). */
  onPathFrom?(id: string): void;
  onPathTo?(id: string): void;
  /** Adds this node to the side-by-side comparison (the analysis panel opens on it). */
  onCompare?(id: string): void;
  onClose(): void;
}

export function DetailsPanel(props: Props) {
  const { selected, visible, onSelect, onShowNeighbourhood, onPathFrom, onPathTo, onCompare, onClose } = props;
  const { t, lang } = useI18n();
  const { graph, kinds, revision } = useViewerData();
  const disagreements = useMemo(
    () => (selected && graph.hasNode(selected) ? computeDisagreements(graph, selected) : []),
    // The graph object is refilled by imports: its revision says which data it holds.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [graph, selected, revision],
  );
  if (!selected || !graph.hasNode(selected)) {
    return (
      <aside className="details" aria-label={t('detailsTitle')}>
        <p className="muted hint">{t('detailsEmpty')}</p>
      </aside>
    );
  }
  const node = graph.getNodeAttributes(selected);
  const kind = kinds.get(String(node.kind));
  const [first, second] = lang === 'en' ? [node.nameEn, node.nameZh] : [node.nameZh, node.nameEn];
  const describe = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const description =
    lang === 'en'
      ? (describe(node.descriptionEn) ?? describe(node.descriptionZh))
      : (describe(node.descriptionZh) ?? describe(node.descriptionEn));
  const aliases: string[] = Array.isArray(node.aliases) ? node.aliases.map(String) : [];
  const facts: [string, string | React.ReactNode][] = [];
  if (node.country) facts.push([t('country'), String(node.country)]);
  facts.push(
    ...computeDateFacts(
      node,
      [
        ['founded', 'founded'],
        ['released', 'released'],
      ],
      t,
    ),
  );
  if (typeof node.parameters === 'number') facts.push([t('parameters'), formatCount(node.parameters, lang)]);
  if (typeof node.trainingComputeFlop === 'number')
    facts.push([t('trainingCompute'), `${formatScientific(node.trainingComputeFlop)} FLOP`]);
  if (typeof node.accessibility === 'string')
    facts.push([t('accessibility'), ACCESSIBILITY_NAMES[node.accessibility]?.[lang] ?? String(node.accessibility)]);
  else if (node.openSource !== undefined) facts.push([t('openSource'), node.openSource ? t('yes') : t('no')]);
  if (node.url) facts.push([t('website'), <SafeLink href={node.url}>{String(node.url)}</SafeLink>]);

  return (
    <aside
      className="details"
      aria-label={t('detailsTitle')}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header className="details-header">
        <div>
          <h2 className="details-name" tabIndex={-1}>
            {String(first)}
          </h2>
          {second !== first && <p className="details-alt-name">{String(second)}</p>}
          <p className="details-kind">
            <span className="swatch" style={{ background: kind?.color ?? '#999' }} aria-hidden="true" />
            {kind ? kind[lang] : String(node.kind)} <code className="node-id">{selected}</code>
          </p>
        </div>
        <button type="button" className="icon-button" aria-label={t('deselect')} title={t('deselect')} onClick={onClose}>
          ×
        </button>
      </header>
      {!visible.has(selected) && <p className="warning">{t('hiddenByFilters')}</p>}
      <button type="button" className="small-button" onClick={() => onShowNeighbourhood(selected)}>
        {t('showNeighbourhood')}
      </button>
      {onPathFrom && (
        <button type="button" className="small-button" onClick={() => onPathFrom(selected)}>
          {t('pathFromHere')}
        </button>
      )}
      {onPathTo && (
        <button type="button" className="small-button" onClick={() => onPathTo(selected)}>
          {t('pathToHere')}
        </button>
      )}
      {onCompare && (
        <button type="button" className="small-button" onClick={() => onCompare(selected)}>
          {t('compareAdd')}
        </button>
      )}
      {(aliases.length > 0 || description || facts.length > 0) && (
        <dl className="facts">
          {aliases.length > 0 && (
            <>
              <dt>{t('aliases')}</dt>
              <dd>{aliases.join('、')}</dd>
            </>
          )}
          {description && (
            <>
              <dt>{t('description')}</dt>
              <dd>{description}</dd>
            </>
          )}
          {facts.map(([label, value]) => (
            <div key={label} className="fact">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <OtherAttributes attributes={node} />
      <h3>{t('evidence')}</h3>
      <DisagreementMark disagreements={disagreements} />
      <Evidence
        sources={node.sources}
        editorial={node.editorial === undefined ? undefined : String(node.editorial)}
        disputed={disputedOf(node)}
      />
      <h3>{t('relations')}</h3>
      <NeighbourList key={selected} node={selected} onSelect={onSelect} />
    </aside>
  );
}

/** What the panel shows by name above, or the viewer reads itself: not repeated under "other attributes". */
const SHOWN = new Set([
  ...RESERVED_ATTRIBUTES,
  'descriptionZh',
  'descriptionEn',
  'country',
  'founded',
  'released',
  'dateEditorial',
  'openSource',
  'url',
  'parameters',
  'trainingComputeFlop',
  'accessibility',
  'sourceIds',
  'editorial',
  'disputed',
  'correction',
  'evidenceNote',
]);

/** A file's own attributes (any graph): each with its value as text and its type. */
function OtherAttributes({ attributes }: { attributes: Readonly<Record<string, unknown>> }) {
  const { t } = useI18n();
  const rows = Object.entries(attributes).filter(
    ([name, value]) => !SHOWN.has(name) && value !== undefined && value !== null && value !== '',
  );
  if (rows.length === 0) return null;
  return (
    <>
      <h3>{t('otherAttributes')}</h3>
      <dl className="facts other-attributes">
        {rows.map(([name, value]) => (
          <div key={name} className="fact">
            <dt>
              {name} <span className="attribute-type">{t(typeKey(value))}</span>
            </dt>
            <dd>
              {/* Text from a file is text: a link only when it is an http(s) address. */}
              {isHttpUrl(value) ? (
                <a href={value} target="_blank" rel="noopener noreferrer">
                  {value}
                </a>
              ) : Array.isArray(value) ? (
                value.map(String).join(', ')
              ) : typeof value === 'object' ? (
                JSON.stringify(value)
              ) : (
                String(value)
              )}
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}

function typeKey(value: unknown): 'typeNumber' | 'typeBoolean' | 'typeList' | 'typeText' {
  if (typeof value === 'number') return 'typeNumber';
  if (typeof value === 'boolean') return 'typeBoolean';
  if (Array.isArray(value)) return 'typeList';
  return 'typeText';
}
