/** Elements that can hold a shadow root (DOM standard, attachShadow), besides custom elements. */
const SHADOW_HOSTS = /^(article|aside|blockquote|body|div|footer|h[1-6]|header|main|nav|p|section|span)$/;

const SORRY = "Sorry, we can't show the search for local help here just now.";

/** Why `host` would not take the widget's shadow root, for the site owner: each case says what is wrong. */
export function whyNoShadowRoot(host: HTMLElement): string {
  const name = host.localName;
  if (!SHADOW_HOSTS.test(name) && !name.includes('-'))
    return `a widget cannot go inside <${name}>: use an empty <div>.`;
  return `this <${name}> already has ${host.shadowRoot ? 'a' : 'a closed'} shadow root from another script, so the widget cannot go inside it: give the widget an empty <div> of its own.`;
}

/**
 * The widget could not start in `host`: the site owner reads why in the console, and the resident a kind
 * line where the widget should be (in its own shadow root when it got that far, otherwise just after the box).
 */
export function cannotStart(host: HTMLElement, why: string, shadow?: ShadowRoot): void {
  console.error(`Signpost: ${why}`, host);
  const note = document.createElement('p');
  note.textContent = SORRY;
  if (shadow) shadow.replaceChildren(note);
  else host.after(note);
}
