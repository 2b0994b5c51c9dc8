import type { Page } from 'playwright-core';

/*
 * Moving about a page by keyboard alone, as a keyboard user does: Tab to move, Enter or Space to press.
 */

/** What a screen reader would call the focused element, near enough: its label, aria-label or text. */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (element === null) return '';
    const label =
      (element as HTMLInputElement).labels?.[0]?.textContent ??
      element.getAttribute('aria-label') ??
      element.textContent ??
      '';
    return label.replace(/\s+/g, ' ').trim();
  });
}

/**
 * Presses Tab until the focused element is called `name`, as a keyboard user would look for it; with
 * `backwards`, Shift+Tab, to go back up a long page (past a list of places found) rather than round it.
 */
export async function tabTo(page: Page, name: string, { backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    if ((await focusedName(page)) === name) return;
  }
  throw new Error(`"${name}" could not be reached with the ${backwards ? 'Shift+Tab keys' : 'Tab key'}.`);
}

export async function pressButton(page: Page, name: string, key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
  await tabTo(page, name);
  await page.keyboard.press(key);
}

/** The focused element's tag and text: after a new screen, the heading should have focus. */
export function focused(page: Page): Promise<{ tag: string; text: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: (document.activeElement?.textContent ?? '').replace(/\s+/g, ' ').trim(),
  }));
}
