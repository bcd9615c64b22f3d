// A panel that takes focus when it opens gives it back when it closes: to what opened it (the button in the top
// bar), not to <body>, when focus was inside the panel or nowhere. The opener is read while the panel first renders:
// by its first layout effect the panel's close button has taken focus (autoFocus).
import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

export function useReturnFocus<T extends HTMLElement>(): RefObject<T | null> {
  const panel = useRef<T>(null);
  const [opener] = useState(() => document.activeElement as HTMLElement | null);
  useLayoutEffect(() => {
    const element = panel.current;
    return () => {
      const focus = document.activeElement;
      if (opener?.isConnected && (!focus || focus === document.body || element?.contains(focus))) opener.focus();
    };
  }, [opener]);
  return panel;
}
