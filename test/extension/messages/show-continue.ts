import type { PanelToContent } from '../../../extension/messages/contract.ts';
import type { GuideRequest } from '../../../shared/ui/services.ts';

/** Show me on the practice sign-in page: its Continue button, with the step's words. */
export const continueRequest: GuideRequest = {
  stepKey: 'practice-signing-in/press-continue',
  onPage: {
    site: 'http://localhost',
    page: '*/login.html',
    action: 'click',
    target: { role: 'button', name: 'Continue' },
  },
  say: 'Click the green Continue button.',
};

/** The same, as the side panel sends it to the page. */
export const showContinue = { type: 'showTarget', ...continueRequest } satisfies PanelToContent;
