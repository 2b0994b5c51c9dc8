const SORRY = "Sorry, the search for local help can't be shown here.";

/**
 * The widget could not start in `host`: the site owner reads why in the console, and the resident a kind
 * line just after the box (which shows nothing of its own: an empty box, or another script's shadow root).
 */
export function cannotStart(host: HTMLElement, why: string): void {
  console.error(`Signpost: ${why}`, host);
  const note = document.createElement('p');
  note.textContent = SORRY;
  host.after(note);
}
