import { useSignal } from '@preact/signals';
import { askForLocation } from './ask-for-location.ts';
import type { FinderStore } from './finder-store.ts';

/**
 * "Use my location": says plainly what will happen before the browser asks, and only then asks. On a
 * refusal or failure it says so kindly; the postcode box above still works either way.
 */
export function MyLocationSearch({ store }: { store: FinderStore }) {
  const problem = useSignal('');
  const searchNearMe = async () => {
    problem.value = '';
    const found = await askForLocation(navigator.geolocation);
    if (found.ok) void store.search(found.location);
    else problem.value = found.message;
  };
  return (
    <details class="sp-location sp-no-print">
      <summary>Use my location instead</summary>
      <p>Your browser will ask to share your location. It is used only on this page to find help near you.</p>
      <button type="button" class="sp-button sp-button--secondary" onClick={searchNearMe}>
        Share my location
      </button>
      {/* Always in the page, so screen readers hear the message when it appears. */}
      <p class="sp-error-message" role="alert">
        {problem}
      </p>
    </details>
  );
}
