/** The element's parent, stepping out of a shadow root to its host and out of a frame to its iframe. */
function composedParent(element: Element): Element | undefined {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  if ('host' in root) return (root as ShadowRoot).host;
  // frameElement is null across origins, and the guide only enters same-origin frames (search-roots.ts).
  return element.ownerDocument.defaultView?.frameElement ?? undefined;
}

/**
 * Whether a person could see and reach the element: not `hidden`, `inert` or `aria-hidden="true"` (itself or
 * any ancestor, through shadow roots and frames), and drawn by CSS (not display:none, not visibility:hidden).
 * Pointing at something hidden, or behind an open dialog, would send the person looking for nothing.
 */
export function isVisible(element: Element): boolean {
  if (!element.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
  for (let node: Element | undefined = element; node; node = composedParent(node)) {
    // `hidden` is checked as well as CSS: HTML draws it as display:none, and a page's CSS seldom undoes that.
    if (node.hasAttribute('hidden') || node.hasAttribute('inert') || node.getAttribute('aria-hidden') === 'true')
      return false;
    if (node !== element && node.localName === 'iframe' && !node.checkVisibility({ visibilityProperty: true }))
      return false;
  }
  return true;
}
