// Mirrors the view state into the address bar with history.replaceState (no history entries:
// the back button leaves the page rather than stepping through every filter click).
import { useEffect } from 'react';
import { serializeViewState, type ViewState } from '../../core/view-state/index.js';

// Written a moment after the change, off the path of the click that made it (replaceState costs tens of
// milliseconds on a busy page).
const URL_DELAY_MS = 50;

export function useUrlSync(state: ViewState): void {
  useEffect(() => {
    const timer = setTimeout(() => {
      const search = serializeViewState(state);
      if (search === window.location.search) return;
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
    }, URL_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);
}

/** `<html lang>` and the title follow the language. */
export function useDocumentLanguage(lang: ViewState['lang'], title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}
