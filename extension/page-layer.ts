/*
 * Signpost's own layer above a web page (the page guide's ring and bubble, the pointing banner), in a
 * closed shadow root: the page's scripts get null from host.shadowRoot, so they can neither read the words
 * in it nor move or change what is drawn; the page's CSS can't reach in, and ours can't leak out. The
 * host's own styles are !important inside the shadow root, which beats even !important page rules on the
 * host (CSS Cascade 5, "context"): a page can't hide it or push it about with CSS. It takes no pointer
 * events, so the page under it works as before.
 */

const HOST_CSS = `:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  margin: 0 !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  filter: none !important;
}`;

export interface PageLayer {
  /** Where to draw: the closed shadow root, which only this script holds. */
  root: ShadowRoot;
  /** Puts the layer back on the page if the page took it off (a page may rebuild its whole document). */
  keepOnPage(): void;
  remove(): void;
}

/** Styles for the shadow root: a constructed sheet, which a page's Content Security Policy doesn't block. */
function addStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Firefox may refuse a sheet made in the content script's own world for the page's document.
    root.append(Object.assign(document.createElement('style'), { textContent: css }));
  }
}

/**
 * Makes Signpost's layer `tagName` on <html> (not <body>: a transform on body, which page-transition
 * scripts add, would pin "fixed" to it), with `css` inside it.
 */
export function pageLayer(tagName: string, css: string): PageLayer {
  const host = document.createElement(tagName);
  const root = host.attachShadow({ mode: 'closed' });
  addStyles(root, `${HOST_CSS}\n${css}`);
  const keepOnPage = () => {
    if (!host.isConnected) document.documentElement.append(host);
  };
  // A page script that takes the layer off gets it back at once, a few times (never in an endless tug of war).
  let putBack = 0;
  const watch = new MutationObserver(() => {
    if (!host.isConnected && putBack < 20) {
      putBack += 1;
      keepOnPage();
    }
  });
  keepOnPage();
  watch.observe(document.documentElement, { childList: true });
  return {
    root,
    keepOnPage,
    remove: () => {
      watch.disconnect();
      host.remove();
    },
  };
}

/**
 * Runs `start` as the one copy of script `name` in this page, after stopping any older copy (put in again
 * after the extension was reloaded or updated). Kept in the extension's own isolated world, which the
 * page's scripts can't see, so no page event or message can stop or replace it. `start` gives its stop function.
 */
export function runAsOnlyCopy(name: string, start: () => () => void): void {
  const world = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  const key = Symbol.for(`signpost.${name}`);
  try {
    world[key]?.();
  } catch {
    // An older copy whose extension was reloaded may fail to let go of its listeners: they can't fire again anyway.
  }
  world[key] = start();
}
