/**
 * The script-tag widget, signpost.js: `<script src=".../signpost.js" async></script>` then
 * `<div data-signpost></div>` or `<signpost-finder></signpost-finder>` wherever the finder should appear.
 * The search engine and "Learn at home" load later, on first use (widget/chunks/load-chunk.ts).
 */
import { mountFinder } from './mount-finder.tsx';
import { optionsFromAttributes } from './options-from-attributes.ts';
import { widgetOptions, type WidgetSettings, type WidgetOptions } from './widget-options.ts';
import { cannotStart } from './cannot-start.ts';
import { dataBaseUrl } from '../chunks/script-address.ts';

const dataUrl = dataBaseUrl(document.currentScript);

/** Draws one widget; if anything stops it, the resident is told kindly and the site owner why. */
function start(host: HTMLElement, options: () => WidgetOptions): void {
  try {
    mountFinder(host, options(), dataUrl);
  } catch (error) {
    cannotStart(host, `it could not start: ${error}`);
  }
}

// Boxes this script has tried: placeholders are looked for twice (at once and when the page is read), and
// a box that could not take the widget must say so once.
const tried = new WeakSet<HTMLElement>();

function mountPlaceholders(): void {
  // A box that already holds a widget is left alone (signpost.js pasted twice); any other is tried, and says why if it fails.
  for (const element of document.querySelectorAll<HTMLElement>('[data-signpost]')) {
    if (tried.has(element)) continue;
    tried.add(element);
    if (!element.shadowRoot?.querySelector('.sp-root')) start(element, () => optionsFromAttributes(element));
  }
}

class SignpostFinderElement extends HTMLElement {
  connectedCallback(): void {
    if (!this.shadowRoot) start(this, () => optionsFromAttributes(this));
  }
}

if (!customElements.get('signpost-finder')) customElements.define('signpost-finder', SignpostFinderElement);
// Placeholders already in the page get their form at once, not when the rest of the page has been read.
mountPlaceholders();
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountPlaceholders);

/**
 * For sites that prefer JavaScript: `Signpost.mount(element, { postcode: 'S1', radius: 5 })`, with the
 * same settings as the data- attributes, checked the same way.
 */
export function mount(element: HTMLElement, settings: WidgetSettings = {}): void {
  start(element, () => widgetOptions(settings));
}
