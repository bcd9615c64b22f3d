// Says the selection aloud (a polite live region): what was chosen on the map, by name and kind.
import { useI18n } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';

export function SelectionAnnouncer({ selected }: { selected: string | null }) {
  const { t, name } = useI18n();
  const { graph, kinds } = useViewerData();
  let text = '';
  if (selected && graph.hasNode(selected)) {
    const kind = String(graph.getNodeAttribute(selected, 'kind'));
    const entry = kinds.get(kind);
    text = t('selectedAnnounce', {
      name: name(namesOf(graph, selected)),
      kind: entry ? name({ nameZh: entry.zh, nameEn: entry.en }) : kind,
    });
  }
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="selection-announcer">
      {text}
    </div>
  );
}
