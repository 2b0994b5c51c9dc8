/** A place elements live: a document, or an open shadow root inside one. */
export type SearchRoot = Document | ShadowRoot;

/*
 * A page's elements are not all in one tree: web components keep theirs in shadow roots, and some sites put a
 * form in an iframe. querySelectorAll sees neither, so the guide looks in each root on its own.
 */

/** The frame's document when the page lets us in (same origin), else undefined. Never throws. */
function frameDocument(frame: HTMLIFrameElement | HTMLFrameElement): Document | undefined {
  try {
    // A cross-origin frame gives null (HTML "contentDocument" getter); some browsers throw instead.
    return frame.contentDocument ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * `root` and every root inside it: open shadow roots (closed ones can't be reached, by design) and the
 * documents of same-origin iframes, at any depth, outermost first. Cross-origin frames are left out.
 */
export function searchRoots(root: SearchRoot): SearchRoot[] {
  const roots: SearchRoot[] = [root];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(...searchRoots(element.shadowRoot));
    // By tag name, not instanceof: an element inside a frame belongs to that frame's window, not ours.
    if (element.localName === 'iframe' || element.localName === 'frame') {
      const inner = frameDocument(element as HTMLIFrameElement);
      if (inner) roots.push(...searchRoots(inner));
    }
  }
  return roots;
}
