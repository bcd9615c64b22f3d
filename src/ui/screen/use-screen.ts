// Which layout the window gets: a phone (the map fills the screen, panels become a drawer, a bottom
// sheet and a menu), a tablet (panels fold) or a desktop (three columns). Follows resizes and rotation.
import { useSyncExternalStore } from 'react';

export type Screen = 'phone' | 'tablet' | 'desktop';

/** Widest tablet; wider windows keep the desktop's three columns. */
export const TABLET_MAX_WIDTH = 1024;
/** Narrower than this is a phone held upright. */
export const PHONE_MAX_WIDTH = 599;
/** Lower than this (a phone on its side) has no room for columns either. */
export const PHONE_MAX_HEIGHT = 500;

export function computeScreen(width: number, height: number): Screen {
  if (width > TABLET_MAX_WIDTH) return 'desktop';
  if (width <= PHONE_MAX_WIDTH || height <= PHONE_MAX_HEIGHT) return 'phone';
  return 'tablet';
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('resize', onChange);
  window.addEventListener('orientationchange', onChange);
  return () => {
    window.removeEventListener('resize', onChange);
    window.removeEventListener('orientationchange', onChange);
  };
}

const read = (): Screen => computeScreen(window.innerWidth, window.innerHeight);

export function useScreen(): Screen {
  return useSyncExternalStore(subscribe, read, () => 'desktop');
}

/** Controls get finger-sized (44 px) on phones, tablets and any screen whose main pointer is a finger. */
export function isTouchLayout(screen: Screen): boolean {
  return screen !== 'desktop' || Boolean(window.matchMedia?.('(pointer: coarse)').matches);
}
