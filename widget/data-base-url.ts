/**
 * The widget's data (directory packs, outcode table) sits next to the script, on the host the site
 * owner chose: so the widget calls no one it was not told to.
 */
export function dataBaseUrl(script: Element | null): string {
  const src = script instanceof HTMLScriptElement && script.src ? script.src : document.baseURI;
  return new URL('signpost-data/', src).href;
}
