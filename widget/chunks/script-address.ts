/**
 * The widget's data (directory packs, outcode table) sits next to the script, on the host the site
 * owner chose: so the widget calls no one it was not told to.
 */
export function dataBaseUrl(script: Element | null): string {
  return new URL('signpost-data/', widgetScriptUrl(script)).href;
}

/** Where signpost.js was loaded from (its later parts sit beside it), or the page's address when unknown. */
export function widgetScriptUrl(script: Element | null): string {
  return script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;
}
