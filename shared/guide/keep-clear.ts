import { highlightBox, type Box } from './highlight-box.ts';
import { isVisible } from './is-visible.ts';

/*
 * What the speech bubble must never cover besides the target: what the step asks the person to read
 * about it (its label, and the hint or error message tied to it), any error summary on the page, and the
 * labels of the page's boxes (a bubble on "Email address" hid the next thing to do). Error summaries are
 * found the way GOV.UK and NHS.UK frontends mark them, and by role="alert".
 */

const ERROR_SUMMARIES = '[role=alert],.nhsuk-error-summary,.govuk-error-summary,[class*="error-summary"]';
const FORM_WORDS = 'label,legend';

function byIds(element: Element, attribute: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.flatMap((id) => root.getElementById(id) ?? []);
}

/** The elements around `target` the bubble must keep clear of: its labels, hints and errors, error summaries, and the page's labels. */
export function keepClearOf(target: Element): Element[] {
  const labels = 'labels' in target ? [...((target as HTMLInputElement).labels ?? [])] : [];
  const page = target.ownerDocument;
  const all = new Set([
    ...labels,
    ...byIds(target, 'aria-labelledby'),
    ...byIds(target, 'aria-describedby'),
    ...page.querySelectorAll(ERROR_SUMMARIES),
    ...page.querySelectorAll(FORM_WORDS),
  ]);
  // An error summary holding the target (its heading, or a link in it) is kept clear as a whole (place-bubble.ts).
  return [...all].filter((element) => element !== target && isVisible(element));
}

/** Where each of `elements` is drawn (see highlightBox): read in one go, with no writes between. */
export function boxesOf(elements: readonly Element[]): Box[] {
  return elements.map(highlightBox);
}
