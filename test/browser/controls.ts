// What a user of a touch screen or a screen reader notices about the controls on screen: each one
// visible has a name, and (on touch screens) a target of at least 44 × 44 px to tap.
import type { Page } from 'playwright-core';

export const TAP_TARGET = 44;

/** Visible controls without an accessible name, or smaller than `minTap` px: each as a short description. */
export async function controlProblems(page: Page, minTap: number): Promise<string[]> {
  return page.evaluate((minTap) => {
    const problems: string[] = [];
    const controls = document.querySelectorAll<HTMLElement>(
      'button, select, input, a.toggle-button, a.skip-link, [role="option"], [role="combobox"]',
    );
    for (const element of controls) {
      const input = element as HTMLInputElement;
      if (input.type === 'file') continue; // opened by its button, never shown
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('[hidden]')) continue;
      if (box.bottom < 0 || box.right < 0 || box.top > innerHeight || box.left > innerWidth) continue;
      const label = input.labels?.[0];
      const named =
        element.getAttribute('aria-label') ||
        element.getAttribute('aria-labelledby') ||
        label?.textContent?.trim() ||
        element.textContent?.trim() ||
        element.title;
      const describe = element.outerHTML.slice(0, 100);
      if (!named) problems.push(`no name: ${describe}`);
      // A checkbox or a radio is tapped through its label.
      const target = (input.type === 'checkbox' || input.type === 'radio') && label ? label.getBoundingClientRect() : box;
      if (minTap > 0 && (target.width < minTap - 0.5 || target.height < minTap - 0.5))
        problems.push(`${Math.round(target.width)}×${Math.round(target.height)} px: ${describe}`);
    }
    return problems;
  }, minTap);
}

/** The page scrolls sideways: wider than the window. */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - innerWidth);
}

/** The map's share of the window's width. */
export async function mapShare(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('.graph-view')!.getBoundingClientRect().width / innerWidth);
}
