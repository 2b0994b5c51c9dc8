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
