import { effect } from '@preact/signals-core';
import type { DistrictChoice } from '../../find/support-search.ts';
import { bringIntoView } from '../kit/bring-into-view.ts';
import { domElement, setChildren } from '../kit/dom-element.ts';
import type { FinderStore } from './finder-store.ts';
import { searchProblem } from './postcode-form.ts';

/**
 * What went wrong with a search, at the top of the form, as NHS.UK's error summary: it takes the focus,
 * links to the postcode box, and right under the message offers what the resident may have meant (a
 * corrected postcode, or the postcode areas of the town they named) as buttons that search it.
 */
export function drawProblemSummary(store: FinderStore, idPrefix: string): { summary: HTMLElement; stop: () => void } {
  const summary = domElement('div', { class: 'sp-error-summary', tabindex: '-1', hidden: true });
  const titleId = `${idPrefix}-problem-title`;
  summary.setAttribute('aria-labelledby', titleId);
  const stop = effect(() => {
    const problem = searchProblem(store);
    summary.hidden = !problem;
    if (!problem) return summary.replaceChildren();
    const districts = problem.districts ?? [];
    const toBox = domElement('a', { href: `#${idPrefix}-postcode` }, problem.message);
    // The box is in a shadow root, where a #fragment would not find it (and would change the host page's address).
    toBox.addEventListener('click', (event) => {
      event.preventDefault();
      (summary.getRootNode() as Document | ShadowRoot).getElementById(`${idPrefix}-postcode`)?.focus();
    });
    setChildren(
      summary,
      domElement(
        'h3',
        { class: 'sp-error-summary__title', id: titleId },
        districts.length ? 'Choose your area' : 'There is a problem',
      ),
      domElement('ul', { class: 'sp-error-summary__list' }, domElement('li', {}, toBox)),
      choices(
        store,
        problem.suggestions.map((postcode) => ({ postcode, name: `Search ${postcode}` })),
        'Postcodes you may have meant',
      ),
      choices(store, districts.map(districtChoice), districts[0] && `Postcode areas in ${districts[0].town}`),
    );
    if (store.moveFocus.peek()) bringIntoView(summary);
  });
  return { summary, stop };
}

/** "S10", read as "Search S10". */
function districtChoice({ outcode }: DistrictChoice) {
  return { postcode: outcode, name: [domElement('span', { class: 'sp-visually-hidden' }, 'Search '), outcode] };
}

function choices(
  store: FinderStore,
  offered: { postcode: string; name: string | (Node | string)[] }[],
  label: string | undefined,
): HTMLElement | undefined {
  if (offered.length === 0) return undefined;
  return domElement(
    'ul',
    { class: 'sp-suggestions', 'aria-label': label },
    ...offered.map(({ postcode, name }) => {
      const button = domElement('button', { type: 'button', class: 'sp-button sp-button--secondary' });
      setChildren(button, ...(typeof name === 'string' ? [name] : name));
      button.addEventListener('click', () => void store.searchSuggestion(postcode));
      return domElement('li', {}, button);
    }),
  );
}
