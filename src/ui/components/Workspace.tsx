// Arranges the filters, the map and the details for the screen: three columns on a desktop; on a
// tablet the filters fold into a drawer and the details column shows only with a selection; on a
// phone the map fills the width, filters are a drawer and the details a bottom sheet.
import type { ReactNode } from 'react';
import type { Screen } from '../screen/use-screen.js';
import { BottomSheet } from './BottomSheet.js';
import { FilterDrawer } from './FilterDrawer.js';

interface Props {
  screen: Screen;
  filters: ReactNode;
  filtersOpen: boolean;
  onCloseFilters(): void;
  stage: ReactNode;
  /** The details or the figures. */
  side: ReactNode;
  /** Something is selected or the figures are open: the side panel has content. */
  sideActive: boolean;
  onDismissSide(): void;
}

export function Workspace({ screen, filters, filtersOpen, onCloseFilters, stage, side, sideActive, onDismissSide }: Props) {
  if (screen === 'desktop') {
    return (
      <div className="workspace">
        {filters}
        {stage}
        {side}
      </div>
    );
  }
  return (
    <div className={`workspace workspace-${screen}`}>
      <FilterDrawer open={filtersOpen} modal={screen === 'phone'} onClose={onCloseFilters}>
        {filters}
      </FilterDrawer>
      {stage}
      {sideActive && (screen === 'phone' ? <BottomSheet onDismiss={onDismissSide}>{side}</BottomSheet> : side)}
    </div>
  );
}
