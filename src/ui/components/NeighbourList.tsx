// A node's neighbours grouped by relation and direction; each is a button that moves the selection,
// with the evidence of the link beneath it.
import { useState } from 'react';
import type Graph from 'graphology';
import type { Citation } from '../../core/records/index.js';
import { useI18n } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';
import { computeDateFacts } from './date-facts.js';
import { Evidence, disputedOf } from './Evidence.js';

const GROUP_LIMIT = 25;
const SYMMETRIC = new Set(['competes_with', 'related_to']);

interface Link {
  edge: string;
  other: string;
  sources: Citation[];
  editorial?: string;
  note?: string;
  disputed?: { note: string; correction?: string };
  evidenceNote?: string;
}

interface Group {
  key: string;
  relation: string;
  direction: 'out' | 'in' | 'both';
  links: Link[];
}

function computeGroups(graph: Graph, node: string, order: string[], lang: 'zh' | 'en'): Group[] {
  const groups = new Map<string, Group>();
  graph.forEachEdge(node, (edge, attributes, source, target) => {
    const relation = String(attributes.relation ?? 'related_to');
    const direction = SYMMETRIC.has(relation) ? 'both' : source === node ? 'out' : 'in';
    const key = `${relation}:${direction}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, relation, direction, links: [] }));
    const note = lang === 'en' ? (attributes.noteEn ?? attributes.noteZh) : (attributes.noteZh ?? attributes.noteEn);
    group.links.push({
      edge,
      other: source === node ? target : source,
      sources: Array.isArray(attributes.sources) ? attributes.sources : [],
      editorial: attributes.editorial === undefined ? undefined : String(attributes.editorial),
      note: note === undefined ? undefined : String(note),
      disputed: disputedOf(attributes),
      evidenceNote: attributes.evidenceNote === undefined ? undefined : String(attributes.evidenceNote),
    });
  });
  const rank = (group: Group) => {
    const index = order.indexOf(group.relation);
    return (index < 0 ? order.length : index) * 3 + (group.direction === 'in' ? 1 : 0);
  };
  return [...groups.values()].sort((a, b) => rank(a) - rank(b) || a.key.localeCompare(b.key));
}

export function NeighbourList({ node, onSelect }: { node: string; onSelect(id: string): void }) {
  const { t, lang, name } = useI18n();
  const { graph, bundle } = useViewerData();
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const labels = new Map(bundle.relationTypes.map((type) => [type.type, type]));
  const groups = computeGroups(
    graph,
    node,
    bundle.relationTypes.map((type) => type.type),
    lang,
  );
  if (groups.length === 0) return <p className="muted">{t('noRelations')}</p>;
  const labelOf = (group: Group) => {
    if (group.direction === 'in') return labels.get(group.relation as never)?.inverse?.[lang] ?? `← ${group.relation}`;
    return labels.get(group.relation as never)?.[lang] ?? group.relation;
  };
  return (
    <div className="neighbours">
      {groups.map((group) => {
        const open = expanded.has(group.key);
        const shown = open ? group.links : group.links.slice(0, GROUP_LIMIT);
        return (
          <section key={group.key} className="relation-group" aria-label={labelOf(group)}>
            <h4>
              {labelOf(group)} <span className="count">{group.links.length}</span>
            </h4>
            <ul>
              {shown.map((link) => (
                <li key={link.edge}>
                  <button type="button" className="link-button" onClick={() => onSelect(link.other)}>
                    {name(namesOf(graph, link.other))}
                  </button>
                  {link.note && <p className="note">{link.note}</p>}
                  {graph.hasEdge(link.edge) &&
                    computeDateFacts(graph.getEdgeAttributes(link.edge), [['since', 'since']], t).map(([label, value]) => (
                      <p key={label} className="note">
                        {label}: {value}
                      </p>
                    ))}
                  <Evidence
                    sources={link.sources}
                    editorial={link.editorial}
                    disputed={link.disputed}
                    evidenceNote={link.evidenceNote}
                    compact
                  />
                </li>
              ))}
            </ul>
            {group.links.length > GROUP_LIMIT && (
              <button
                type="button"
                className="text-button"
                onClick={() =>
                  setExpanded((previous) => new Set(open ? [...previous].filter((key) => key !== group.key) : [...previous, group.key]))
                }
              >
                {open ? t('showFewer') : t('showMore', { count: group.links.length })}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
