// On a phone the top bar's actions (open, export, table, figures, language) fold into one menu button.
// The actions stay mounted while folded: the file input must still hear the file the user picks.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../i18n.js';

export function MobileMenu({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    panel.current?.querySelector<HTMLElement>('button:not(:disabled)')?.focus();
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="mobile-menu">
      <button
        ref={button}
        type="button"
        className="toggle-button menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">☰ </span>
        {t('menu')}
      </button>
      <div
        ref={panel}
        id={id}
        className="menu-panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          event.preventDefault();
          close();
        }}
        // A chosen action closes the menu; focus goes where the action sends it, else back to the button.
        onClick={(event) => {
          if ((event.target as HTMLElement).closest('button')) {
            setOpen(false);
            requestAnimationFrame(() => {
              if (document.activeElement === document.body || panel.current?.contains(document.activeElement)) button.current?.focus();
            });
          }
        }}
      >
        {children}
      </div>
    </div>
  );
}
