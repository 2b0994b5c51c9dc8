import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Chrome: the toolbar button opens the side panel, which is where everything happens. Firefox has
  // its own sidebar button, and no browser.sidePanel (../shared/notes/toolchain.md).
  void browser.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
});
