import { defineBackground } from 'wxt/utils/define-background';
import { relayPageChanges } from '../extension/relay-page-changes.ts';

// Chrome's toolbar button opens the popup (entrypoints/popup/), which opens the side panel; Firefox's
// sidebar has its own button. The background only passes page loads on to the panel.
export default defineBackground(() => {
  relayPageChanges();
});
