import { highlightBox, type Box } from './highlight-box.ts';
import { isVisible } from './is-visible.ts';

/*
 * What the speech bubble must never cover besides the target: what the step asks the person to read
 * about it (its label, and the hint or error message tied to it) and any error summary on the page. Error
 * summaries are found the way GOV.UK and NHS.UK frontends mark them, and by role="alert".
 */

const ERROR_SUMMARIES = '[role=alert],.nhsuk-error-summary,.govuk-error-summary,[class*="error-summary"]';

function byIds(element: Element, attribute: string): Element[] {
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = (element.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean);
  return ids.flatMap((id) => root.getElementById(id) ?? []);
}

/** The elements around `target` the bubble must keep clear of: its labels, hints and errors, and error summaries. */
export function keepClearOf(target: Element): Element[] {
  const labels = 'labels' in target ? [...((target as HTMLInputElement).labels ?? [])] : [];
  const summaries = [...target.ownerDocument.querySelectorAll(ERROR_SUMMARIES)];
  return [...labels, ...byIds(target, 'aria-labelledby'), ...byIds(target, 'aria-describedby'), ...summaries].filter(
    (element) => element !== target && isVisible(element),
  );
}

/** Where each of `elements` is drawn (see highlightBox): read in one go, with no writes between. */
export function boxesOf(elements: readonly Element[]): Box[] {
  return elements.map(highlightBox);
}
