// On a phone the details come up from the bottom under the map: drag the handle up to read more,
// down to make it smaller or to dismiss it; the handle is also a button that expands or collapses.
import { useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.js';

/** How far a drag must go (px) to change the sheet's state. */
const DRAG_STEP = 48;

export function BottomSheet({ children, onDismiss }: { children: ReactNode; onDismiss(): void }) {
  const { t } = useI18n();
  const [expanded, setExpanded] = useState(false);
  const [drag, setDrag] = useState(0);
  const start = useRef<{ y: number; pointer: number; moved: boolean } | null>(null);
  const end = (y: number) => {
    const from = start.current;
    start.current = null;
    setDrag(0);
    if (!from) return;
    const moved = y - from.y;
    if (moved < -DRAG_STEP) setExpanded(true);
    else if (moved > DRAG_STEP && expanded) setExpanded(false);
    else if (moved > DRAG_STEP) onDismiss();
  };
  return (
    <div
      className="bottom-sheet"
      data-expanded={expanded}
      style={drag ? { transform: `translateY(${Math.max(drag, -120)}px)` } : undefined}
    >
      <button
        type="button"
        className="sheet-handle"
        aria-expanded={expanded}
        aria-label={t(expanded ? 'sheetCollapse' : 'sheetExpand')}
        title={t(expanded ? 'sheetCollapse' : 'sheetExpand')}
        onPointerDown={(event) => {
          start.current = { y: event.clientY, pointer: event.pointerId, moved: false };
          event.currentTarget.setPointerCapture(event.pointerId);
        }}
        onPointerMove={(event) => {
          const from = start.current;
          if (!from || from.pointer !== event.pointerId) return;
          const moved = event.clientY - from.y;
          if (Math.abs(moved) > 6) from.moved = true;
          setDrag(moved);
        }}
        onPointerUp={(event) => {
          const moved = start.current?.moved;
          end(event.clientY);
          // A tap (no drag) toggles; the click that follows a drag is ignored below.
          if (moved) event.currentTarget.dataset.dragged = 'true';
        }}
        onPointerCancel={() => {
          start.current = null;
          setDrag(0);
        }}
        onClick={(event) => {
          if (event.currentTarget.dataset.dragged) {
            delete event.currentTarget.dataset.dragged;
            return;
          }
          setExpanded(!expanded);
        }}
      >
        <span className="sheet-grip" aria-hidden="true" />
      </button>
      <div className="sheet-body">{children}</div>
    </div>
  );
}
