// The export dialog: scope (current view, the selection's neighbourhood, whole graph), format (data
// formats, PNG at a scale, SVG), counts and the file name, then a download. A modal <dialog>: focus
// stays inside, Esc closes, focus returns to the button that opened it.
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type Graph from 'graphology';
import type { FilterState } from '../../core/filters/index.js';
import { exportSvg, type SvgLegendRow } from '../../core/io/index.js';
import { useI18n, type StringKey } from '../i18n.js';
import { computeDownloads } from '../io/compute-downloads.js';
import { downloadBlob } from '../io/download.js';
import {
  EXPORT_CHOICES,
  isPicture,
  useExportPlan,
  type ExportChoice,
  type ExportPlanInput,
  type ExportScope,
} from '../io/use-export-plan.js';
import type { GraphApi } from '../sigma/index.js';

export interface ExportDialogProps {
  graph: Graph;
  visible: ReadonlySet<string>;
  filter: FilterState;
  selected: string | null;
  legend: { title: string; rows: readonly SvgLegendRow[] };
  source: string;
  base: string;
  date?: string | number;
  apiRef: RefObject<GraphApi | null>;
  onClose(): void;
  /** The paths on show, for a "paths" scope; measures to write as node attributes. */
  path?: ExportPlanInput['path'];
  nodeValues?: ExportPlanInput['nodeValues'];
  colorOf?: ExportPlanInput['colorOf'];
}

const CHOICE_LABELS: Record<ExportChoice, StringKey> = {
  json: 'formatJson',
  gexf: 'formatGexf',
  graphml: 'formatGraphml',
  csv: 'formatCsv',
  cypher: 'formatCypher',
  'neo4j-csv': 'formatNeo4jCsv',
  png: 'formatPng',
  svg: 'formatSvg',
};
const SCALES = [1, 2, 3] as const;

export function ExportDialog(props: ExportDialogProps) {
  const { graph, visible, filter, selected, legend, source, base, date, apiRef, onClose, path, nodeValues, colorOf } = props;
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [scope, setScope] = useState<ExportScope>('view');
  const [choice, setChoice] = useState<ExportChoice>('gexf');
  const [separateFiles, setSeparateFiles] = useState(false);
  const [scale, setScale] = useState<number>(2);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const plan = useExportPlan({ graph, visible, filter, selected, scope, choice, base, date, path, nodeValues, colorOf });
  const picture = isPicture(choice);
  const [mapSize, setMapSize] = useState<{ width: number; height: number } | null>(null);
  useEffect(() => setMapSize(apiRef.current?.mapSize() ?? null), [apiRef]);
  const factor = choice === 'png' ? scale : 1;
  const size = mapSize && { width: Math.round(mapSize.width * factor), height: Math.round(mapSize.height * factor) };

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current!;
    if (!element.open) element.showModal();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  const download = async () => {
    setWorking(true);
    setFailure(null);
    try {
      const api = apiRef.current;
      if (choice === 'png') {
        if (!api) throw new Error('the map is not drawn yet');
        downloadBlob(await api.exportPng({ scale, legend, source }), plan.fileName);
      } else if (choice === 'svg') {
        if (!api) throw new Error('the map is not drawn yet');
        const svg = exportSvg(await api.computeDrawing({ legend, source, title: plan.fileName }));
        downloadBlob(new Blob([svg], { type: 'image/svg+xml' }), plan.fileName);
      } else {
        const files = computeDownloads(plan.subgraph, { format: choice, filters: plan.filters, separateFiles, base: plan.base, date });
        for (const file of files) downloadBlob(file.blob, file.name);
      }
      onClose();
    } catch (error) {
      setFailure(t('exportFailed', { reason: (error as Error).message }));
    } finally {
      setWorking(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="modal export-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        // The viewer's own Esc (clear the selection) should not also fire.
        if (event.key === 'Escape') event.stopPropagation();
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void download();
        }}
      >
        <h2 id={`${id}-title`}>{t('exportTitle')}</h2>
        <fieldset disabled={picture}>
          <legend>{t('exportScope')}</legend>
          <Radio name={`${id}-scope`} checked={scope === 'view' || picture} onChange={() => setScope('view')} label={t('scopeView')} />
          <Radio
            name={`${id}-scope`}
            checked={scope === 'neighbourhood' && !picture}
            disabled={!selected}
            onChange={() => setScope('neighbourhood')}
            label={t('scopeNeighbourhood', { depth: plan.egoDepth })}
            hint={selected ? undefined : t('egoNeedsSelection')}
          />
          <Radio name={`${id}-scope`} checked={scope === 'all' && !picture} onChange={() => setScope('all')} label={t('scopeAll')} />
          {path && (
            <Radio
              name={`${id}-scope`}
              checked={scope === 'path' && !picture}
              onChange={() => setScope('path')}
              label={t('scopePath', { nodes: path.nodes.size })}
            />
          )}
        </fieldset>
        <fieldset>
          <legend>{t('exportFormat')}</legend>
          <div className="format-grid">
            {EXPORT_CHOICES.map((value) => (
              <Radio
                key={value}
                name={`${id}-format`}
                checked={choice === value}
                onChange={() => setChoice(value)}
                label={t(CHOICE_LABELS[value])}
              />
            ))}
          </div>
        </fieldset>
        {choice === 'csv' && (
          <fieldset className="inline-options">
            <legend className="visually-hidden">{t('formatCsv')}</legend>
            <Radio name={`${id}-csv`} checked={!separateFiles} onChange={() => setSeparateFiles(false)} label={t('csvAsZip')} />
            <Radio name={`${id}-csv`} checked={separateFiles} onChange={() => setSeparateFiles(true)} label={t('csvAsFiles')} />
          </fieldset>
        )}
        {choice === 'png' && (
          <fieldset className="inline-options">
            <legend>{t('pngScale')}</legend>
            {SCALES.map((value) => (
              <Radio key={value} name={`${id}-scale`} checked={scale === value} onChange={() => setScale(value)} label={`${value}×`} />
            ))}
          </fieldset>
        )}
        <p className="export-summary" data-testid="export-summary" data-nodes={plan.subgraph.order} data-edges={plan.subgraph.size}>
          <strong>{t('exportCounts', { nodes: plan.subgraph.order, edges: plan.subgraph.size })}</strong>
          {picture && size && <span className="muted small"> · {t('pictureNote', { width: size.width, height: size.height })}</span>}
        </p>
        <p className="export-file">
          {t('exportFileName')}: <code data-testid="export-file-name">{plan.fileName}</code>
        </p>
        {failure && (
          <p className="warning" role="alert">
            {failure}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="small-button" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className="primary-button" disabled={working}>
            {working ? t('exportWorking') : t('exportDownload')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

interface RadioProps {
  name: string;
  checked: boolean;
  disabled?: boolean;
  label: string;
  hint?: string;
  onChange(): void;
}

function Radio({ name, checked, disabled, label, hint, onChange }: RadioProps) {
  return (
    <label className={`radio-row${disabled ? ' disabled' : ''}`}>
      <input type="radio" name={name} checked={checked} disabled={disabled} onChange={onChange} />
      <span>{label}</span>
      {hint && <span className="muted small"> ({hint})</span>}
    </label>
  );
}
