// Mirrors the view state into the address bar with history.replaceState (no history entries:
// the back button leaves the page rather than stepping through every filter click).
import { useEffect } from 'react';
import { serializeViewState, type ViewState } from '../../core/view-state/index.js';

export function useUrlSync(state: ViewState): void {
  useEffect(() => {
    const search = serializeViewState(state);
    if (search === window.location.search) return;
    window.history.replaceState(window.history.state, '', `${window.location.pathname}${search}${window.location.hash}`);
  }, [state]);
}

/** `<html lang>` and the title follow the language. */
export function useDocumentLanguage(lang: ViewState['lang'], title: string): void {
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = title;
  }, [lang, title]);
}
