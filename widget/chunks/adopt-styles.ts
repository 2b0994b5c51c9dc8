const sheets = new Map<string, CSSStyleSheet>();

/**
 * Adds `css` to a widget's shadow root, once, as a constructed stylesheet shared by every widget on the
 * page: a strict Content Security Policy allows it without 'unsafe-inline' (a <style> element would need it).
 * Each script (the first and every chunk) keeps its own sheets, as each brings its own CSS.
 */
export function adoptStyles(root: Node, css: string): void {
  if (!(root instanceof ShadowRoot)) return;
  let sheet = sheets.get(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    sheets.set(css, sheet);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
