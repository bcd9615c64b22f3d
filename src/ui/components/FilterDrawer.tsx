// On a phone or a tablet the filter column folds away: a button in the top bar says how many filters
// are on and opens the panel as a drawer over the map; Esc, × or a tap beside it closes it.
import { useEffect, useRef, type ReactNode } from 'react';
import type { FilterState } from '../../core/filters/index.js';
import { useI18n } from '../i18n.js';

export const FILTER_DRAWER_ID = 'filter-drawer';
const BUTTON_ID = 'filters-button';

/**
 * How many filters are on: values ticked in the facets and the data's own attributes, each attribute range, the
 * neighbourhood, hiding isolated nodes.
 */
export function countActiveFilters(filter: FilterState): number {
  const facets = filter.kinds.length + filter.modalities.length + filter.tracks.length;
  const more = filter.businessModels.length + filter.markets.length + filter.companies.length + filter.sources.length;
  const attributes = (filter.attributes ?? []).reduce((sum, condition) => sum + ('values' in condition ? condition.values.length : 1), 0);
  return facets + more + attributes + (filter.ego ? 1 : 0) + (filter.hideIsolated ? 1 : 0) + (filter.within ? 1 : 0);
}

export function FiltersButton({ active, open, onToggle }: { active: number; open: boolean; onToggle(): void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      id={BUTTON_ID}
      className="toggle-button filters-button"
      aria-expanded={open}
      aria-controls={FILTER_DRAWER_ID}
      onClick={onToggle}
    >
      {active > 0 ? t('filtersActive', { count: active }) : t('filtersButton')}
    </button>
  );
}

export function FilterDrawer({ open, modal, onClose, children }: { open: boolean; modal: boolean; onClose(): void; children: ReactNode }) {
  const { t } = useI18n();
  const body = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(open);
  useEffect(() => {
    if (open && !wasOpen.current) body.current?.querySelector<HTMLElement>('.drawer-close')?.focus();
    // Closed with focus inside (or lost with it): back to the button that opened it.
    if (!open && wasOpen.current && (body.current?.contains(document.activeElement) || document.activeElement === document.body))
      document.getElementById(BUTTON_ID)?.focus();
    wasOpen.current = open;
  }, [open]);
  return (
    <>
      {modal && open && <div className="drawer-backdrop" aria-hidden="true" onClick={onClose} />}
      <div
        ref={body}
        id={FILTER_DRAWER_ID}
        className="filter-drawer"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || event.defaultPrevented) return;
          event.preventDefault();
          onClose();
        }}
      >
        <div className="drawer-head">
          <h2>{t('filters')}</h2>
          <button type="button" className="icon-button drawer-close" aria-label={t('close')} title={t('close')} onClick={onClose}>
            ×
          </button>
        </div>
        {children}
      </div>
    </>
  );
}
