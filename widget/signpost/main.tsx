/**
 * The script-tag widget, signpost.js: `<script src=".../signpost.js" async></script>` then
 * `<div data-signpost></div>` or `<signpost-finder></signpost-finder>` wherever the finder should appear.
 * The search engine and "Learn at home" load later, on first use (widget/chunks/load-chunk.ts).
 */
import { mountFinder } from './mount-finder.tsx';
import { optionsFromAttributes } from './options-from-attributes.ts';
import { widgetOptions, type WidgetSettings } from './widget-options.ts';
import { dataBaseUrl } from '../chunks/script-address.ts';

const dataUrl = dataBaseUrl(document.currentScript);

function mountPlaceholders(): void {
  for (const element of document.querySelectorAll<HTMLElement>('[data-signpost]')) {
    if (!element.shadowRoot) mountFinder(element, optionsFromAttributes(element), dataUrl);
  }
}

class SignpostFinderElement extends HTMLElement {
  connectedCallback(): void {
    if (!this.shadowRoot) mountFinder(this, optionsFromAttributes(this), dataUrl);
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
  mountFinder(element, widgetOptions(settings), dataUrl);
}
