import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PRACTICE_PAGES = resolve(import.meta.dirname, '../../../../shared/data/pages');

/** Makes `html` the page's body, parsed as a browser would parse a page (fixtures are our own, not data). */
export function showPage(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

/** Adds `html` at the end of the page's body. */
export function addToPage(html: string): void {
  const parsed = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
  document.body.append(...[...parsed.body.childNodes].map((node) => document.adoptNode(node)));
}

/** The event as the browser makes it for a person's own action (isTrusted): events a script makes never are. */
export function byPerson<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

/** A click by the person, as the browser delivers it. */
export function clickAsPerson(element: Element): void {
  element.dispatchEvent(byPerson(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

/** A key pressed by the person, as the browser delivers it. */
export function pressAsPerson(element: Element | Document, key: string): void {
  element.dispatchEvent(
    byPerson(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true })),
  );
}

/** Opens one of the NHS-styled practice pages in ../shared/data/pages as the whole document. */
export function openPracticePage(file: string): void {
  // Without its stylesheet link, which happy-dom would try (and fail, noisily) to fetch.
  const html = readFileSync(resolve(PRACTICE_PAGES, file), 'utf8').replace(/<link\b[^>]*>/g, '');
  document.open();
  document.write(html);
  document.close();
}
