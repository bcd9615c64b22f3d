// Keeps keyboard focus on the page when what held it goes away (a closed panel, a neighbour list
// redrawn for the new selection): it moves to the details heading, else to the search box, never to
// <body>. A click on empty page space is left alone: what held focus is then still there.
import { useEffect } from 'react';

function rescueTarget(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.details h2[tabindex], .figures h2[tabindex]') ?? document.querySelector('.search input');
}

function isGone(element: Element): boolean {
  return !element.isConnected || (element as HTMLElement).offsetParent === null;
}

export function useFocusRescue(): void {
  useEffect(() => {
    let last: Element | null = null;
    let timer = 0;
    const onFocusIn = (event: FocusEvent) => {
      last = event.target as Element;
    };
    const check = () => {
      if (document.activeElement && document.activeElement !== document.body) return;
      if (last && isGone(last)) rescueTarget()?.focus();
    };
    // Removal blurs without an event in some browsers: look after each DOM change and after each blur.
    const schedule = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(check, 0);
    };
    const observer = new MutationObserver(schedule);
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', schedule);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', schedule);
    };
  }, []);
}
