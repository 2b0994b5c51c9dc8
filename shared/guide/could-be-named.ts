import { tidyWords } from './match-words.ts';

/*
 * Working out an accessible name exactly (dom-accessibility-api) costs about a quarter of a millisecond an
 * element, as it asks the browser for styles as it goes: on a long results page with thousands of links
 * that is seconds. This cheap check runs first and rules out, safely, the elements whose name can't
 * contain the words: it gathers every text a name may be made of and compares them with all spaces taken
 * out (a name puts spaces between blocks that textContent runs together).
 */

/** Attributes an accessible name can be read from, on the element or inside it (accname 1.2, HTML-AAM). */
const NAMING_ATTRIBUTES = ['aria-label', 'alt', 'title', 'placeholder', 'value'];
const HAS_NAMING_ATTRIBUTE = [...NAMING_ATTRIBUTES, 'aria-labelledby'].map((name) => `[${name}]`).join(',');

/** Buttons the browser names itself when the page doesn't ("Submit", "Reset"): always checked exactly. */
function namedByBrowser(element: Element): boolean {
  return element.localName === 'input' && ['submit', 'reset', 'image'].includes((element as HTMLInputElement).type);
}

function squash(text: string): string {
  return tidyWords(text).replace(/ /g, '');
}

/** The words of the <label>s of each labelled control in some roots. */
export type LabelWords = ReadonlyMap<Element, string>;

/**
 * The words of every <label>, by the control it labels, gathered once per search: a control's own `labels`
 * list is slow to read in Chrome (it looks through the whole page each time), which adds up on long forms.
 */
export function labelWords(roots: Iterable<Document | ShadowRoot>): LabelWords {
  const words = new Map<Element, string>();
  for (const root of roots) {
    for (const label of root.querySelectorAll('label')) {
      if (label.control) words.set(label.control, `${words.get(label.control) ?? ''} ${label.textContent ?? ''}`);
    }
  }
  return words;
}

/** Every text the element's accessible name could be made of, each on its own (some may be empty). */
export function nameSources(element: Element, labels: LabelWords): string[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const parts = [element.textContent ?? '', labels.get(element) ?? ''];
  // Only an element with elements inside can have a named one inside (most buttons on a long page have none).
  const inside = element.firstElementChild ? element.querySelectorAll(HAS_NAMING_ATTRIBUTE) : [];
  for (const named of [element, ...inside]) {
    for (const attribute of NAMING_ATTRIBUTES) parts.push(named.getAttribute(attribute) ?? '');
    for (const id of (named.getAttribute('aria-labelledby') ?? '').split(/\s+/))
      parts.push((id && root.getElementById(id)?.textContent) || '');
  }
  return parts;
}

/**
 * False only when `element`'s accessible name certainly doesn't contain `wanted` (so can't match it); true
 * when it might, and the exact name must be worked out. `labels` comes from labelWords for the same page.
 */
export function couldBeNamed(element: Element, wanted: string, labels: LabelWords): boolean {
  if (namedByBrowser(element)) return true;
  return squash(nameSources(element, labels).join('')).includes(squashedWanted(wanted));
}

let lastWanted: [string, string] | undefined;

/** The same words are wanted of every element in one search: squashed once, not once an element. */
function squashedWanted(wanted: string): string {
  if (lastWanted?.[0] !== wanted) lastWanted = [wanted, squash(wanted)];
  return lastWanted[1];
}
