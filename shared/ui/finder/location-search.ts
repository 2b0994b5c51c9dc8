import { askForLocation } from './ask-for-location.ts';
import { domElement } from '../kit/dom-element.ts';
import type { FinderStore } from './finder-store.ts';

/**
 * "Use my location": says plainly what will happen before the browser asks, and only then asks. On a
 * refusal or failure it says so kindly; the postcode box above still works either way.
 */
export function drawLocationSearch(store: FinderStore): HTMLElement {
  const button = domElement('button', { type: 'button', class: 'sp-button sp-button--secondary' }, 'Share my location');
  // Always in the page, so screen readers hear the message when it appears.
  const problem = domElement('p', { class: 'sp-error-message', role: 'alert' });
  button.addEventListener('click', async () => {
    problem.textContent = '';
    const found = await askForLocation(navigator.geolocation);
    if (found.ok) void store.search(found.location);
    else problem.textContent = found.message;
  });
  return domElement(
    'details',
    { class: 'sp-location sp-no-print' },
    domElement('summary', {}, 'Use my location instead'),
    domElement(
      'p',
      {},
      'Your browser will ask to share your location. It is used only on this page to find help near you.',
    ),
    button,
    problem,
  );
}
