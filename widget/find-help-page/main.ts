/**
 * signpost-find-help.js, the script of find-help.html: the whole-page finder a practice links to or puts in
 * an <iframe> when its website takes no <script>. It draws the widget with Signpost.mount, from the page's
 * own data- attributes and the settings in its address (find-help.html?postcode=S1&categories=food).
 */
import css from './find-help.css?inline';
import { findHelpSettings } from './find-help-settings.ts';
import type { WidgetSettings } from '../signpost/widget-options.ts';

interface SignpostApi {
  mount(element: HTMLElement, settings?: WidgetSettings): void;
}

const sheet = new CSSStyleSheet();
sheet.replaceSync(css);
// A constructed stylesheet: the page keeps to a strict Content Security Policy too.
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

const box = document.getElementById('signpost-finder');
const signpost = (window as { Signpost?: SignpostApi }).Signpost;
if (box && signpost) {
  const settings = findHelpSettings(box.dataset, location.search, (warning) => console.warn(`Signpost: ${warning}`));
  if (settings.title) document.title = settings.title;
  signpost.mount(box, settings);
}
