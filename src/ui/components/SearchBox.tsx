// The search box: a combobox over names and aliases. "/" focuses it, arrows move, Enter chooses,
// Esc closes. The index is built lazily: in idle time once the map is drawn, or on first use.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { computeSearchEntries, createSearchIndex, type SearchIndex } from '../../core/search/index.js';
import { useI18n } from '../i18n.js';
import { namesOf, useViewerData } from '../data/viewer-data.js';
import { isTextEntry } from '../keyboard.js';

const RESULT_LIMIT = 12;

// One index per graph and data revision, shared by every search box (the path panel has two more).
const indexes = new WeakMap<object, { revision: number; index: SearchIndex }>();

function useLazySearchIndex(prepare: boolean): () => SearchIndex {
  const { graph, revision } = useViewerData();
  // Keyed on the revision too: an import refills the same graph object.
  const get = useCallback(() => {
    let cached = indexes.get(graph);
    if (cached?.revision !== revision) indexes.set(graph, (cached = { revision, index: createSearchIndex(computeSearchEntries(graph)) }));
    return cached.index;
  }, [graph, revision]);
  useEffect(() => {
    if (!prepare) return;
    const idle = (window as { requestIdleCallback?: (callback: () => void) => number }).requestIdleCallback;
    const handle = idle ? idle(() => get()) : window.setTimeout(() => get(), 500);
    return () => {
      const cancel = (window as { cancelIdleCallback?: (handle: number) => void }).cancelIdleCallback;
      if (idle && cancel) cancel(handle);
      else window.clearTimeout(handle);
    };
  }, [get, prepare]);
  return get;
}

interface SearchBoxProps {
  onChoose(id: string): void;
  prepare: boolean;
  /** Another box's name and placeholder (the path panel's ends); the header's own by default. */
  label?: string;
  placeholder?: string;
  /** The header's box takes "/"; others do not. */
  slashKey?: boolean;
}

export function SearchBox({ onChoose, prepare, label, placeholder, slashKey = true }: SearchBoxProps) {
  const { t, name } = useI18n();
  const { graph, kinds } = useViewerData();
  const getIndex = useLazySearchIndex(prepare);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => (query.trim() ? getIndex().search(query, RESULT_LIMIT) : []), [query, getIndex]);

  useEffect(() => {
    if (!slashKey) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [slashKey]);

  const choose = (id: string | undefined) => {
    if (!id) return;
    onChoose(id);
    setQuery('');
    setOpen(false);
  };
  const expanded = open && query.trim() !== '';

  return (
    <div className="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label={label ?? t('searchLabel')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && results[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder ?? t('searchPlaceholder')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setOpen(true);
            setActive((index) => (results.length ? (index + 1) % results.length : 0));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((index) => (results.length ? (index - 1 + results.length) % results.length : 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            choose(results[active]);
          } else if (event.key === 'Escape') {
            event.stopPropagation();
            if (expanded) setOpen(false);
            else input.current?.blur();
          }
        }}
      />
      {expanded && (
        <ul id={listId} role="listbox" aria-label={t('searchResults')} className="search-results">
          {results.length === 0 && <li className="muted search-empty">{t('searchNone')}</li>}
          {results.map((id, index) => {
            const names = namesOf(graph, id);
            const kind = kinds.get(String(graph.getNodeAttribute(id, 'kind')));
            const other = name({ nameZh: names.nameEn, nameEn: names.nameZh });
            return (
              <li
                key={id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => event.preventDefault()}
                onMouseEnter={() => setActive(index)}
                onClick={() => choose(id)}
              >
                <span className="swatch" style={{ background: kind?.color ?? '#999' }} aria-hidden="true" />
                <span className="result-name">{name(names)}</span>
                {other !== name(names) && <span className="result-alt">{other}</span>}
                <span className="result-kind">{kind ? name({ nameZh: kind.zh, nameEn: kind.en }) : ''}</span>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
