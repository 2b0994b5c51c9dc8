import { useEffect, useState } from 'preact/hooks';
import { dateText } from '../../../directory/resource-facts.ts';
import type { OnPage } from '../../../paths/learning-path.ts';
import type { StepFix } from '../../../paths/step-fix.ts';
import type { DisplayChoices } from '../player/display-choices.ts';
import type { PathStore } from '../path-store.ts';
import { useRunTime } from '../../run-time.tsx';
import type { PageGuide } from '../../services.ts';
import { canShowMe, createShowMe, type ShowMe as ShowMeControl, type ShowMeState } from './show-me-store.ts';
import { siteName, targetWords } from './target-words.ts';

interface ShowMeProps {
  guide: PageGuide;
  store: PathStore;
}

/** What a fix points at, as a person says it: "the 'Prescriptions' link on www.nhsapp.service.nhs.uk". */
function fixWords(fix: StepFix): string {
  return `the ${targetWords(fix.onPage.target)} on ${siteName(fix.onPage.site)}`;
}

/** What Show me says now, in plain words; the step's own text stays above it, usable either way. */
function stateText(state: ShowMeState, onPage: OnPage): string | undefined {
  switch (state.kind) {
    case 'ready':
      // Said at once, never an endless "Looking": this step has nothing on the page to look for yet.
      return onPage.target === undefined
        ? 'This step has no mark on the page. Press Show me and Signpost will look for it.'
        : undefined;
    case 'dismissed':
      return 'The mark on the page is hidden. Press Show me to see it again.';
    case 'looking':
      return state.asking
        ? 'Looking on the page. If the browser asks whether Signpost may use this site, choose Allow.'
        : 'Looking on the page.';
    case 'found':
      return 'Look at the page: it is marked there.';
    case 'missing':
      return `I can't see the ${targetWords(onPage.target)} on this page. Are you on the right page?`;
    case 'wrong-site':
      return `This page is not the site this step is for. Lookalike web addresses can be a scam. Check the address bar says ${siteName(onPage.site)}.`;
    case 'wrong-page':
      return 'This is not the page for this step.';
    case 'refused':
      return 'Signpost may not use this site yet. To let it point at things, press Show me and choose Allow. You can still do the step without it.';
    case 'unreachable':
      return "Signpost can't point at things on this page. You can still do the step.";
    case 'guessing':
      return 'This step has no mark on the page. Looking for what it means.';
    case 'is-it-this':
      return `This step has no mark on the page. Look for ${fixWords(state.fix)}. Is it this one?`;
    case 'no-guess':
      return "This step has no mark on the page, and Signpost can't tell what it means here. Look for it yourself, or point to it to teach Signpost.";
    case 'pointing':
      return 'Click the thing on the page. Your click will not do anything there. To stop, press Escape on the page.';
    case 'learnt':
      return `Signpost learnt: ${fixWords(state.fix)}. Keep it?`;
  }
}

function OpenPage({ guide, onPage, label }: { guide: PageGuide; onPage: OnPage; label: string }) {
  const address = guide.addressFor(onPage);
  if (address === undefined) return null;
  return (
    <button type="button" class="sp-secondary-button" onClick={() => void guide.open(address)}>
      {label}
    </button>
  );
}

/** What the helper can do next, for each answer. Going on at a lookalike address is never the first choice. */
function StateActions({
  state,
  onPage,
  guide,
  showMe,
  canTeach,
}: {
  state: ShowMeState;
  onPage: OnPage;
  guide: PageGuide;
  showMe: ShowMeControl;
  canTeach: boolean;
}) {
  const goOn = (
    <button type="button" class="sp-link-button" onClick={() => void showMe.press(true)}>
      I'm the helper: show me on this page anyway
    </button>
  );
  const pointToIt = canTeach && (
    <button type="button" class="sp-secondary-button" onClick={() => void showMe.point()}>
      Point to it on the page
    </button>
  );
  switch (state.kind) {
    case 'ready':
      return onPage.target === undefined ? pointToIt || null : null;
    case 'found':
      return (
        <button type="button" class="sp-link-button" onClick={() => showMe.stop()}>
          Stop showing
        </button>
      );
    case 'missing':
      return (
        <>
          <OpenPage guide={guide} onPage={onPage} label="Open the page for this step" />
          {pointToIt}
        </>
      );
    case 'wrong-site':
    case 'wrong-page':
      return (
        <>
          <OpenPage
            guide={guide}
            onPage={onPage}
            label={state.kind === 'wrong-site' ? 'Open the right page' : 'Open the page for this step'}
          />
          {state.canGoOn && goOn}
        </>
      );
    case 'is-it-this':
      return (
        <>
          <button type="button" class="sp-button" onClick={() => void showMe.confirmGuess()}>
            Yes, it is this one
          </button>
          <button type="button" class="sp-secondary-button" onClick={() => void showMe.point()}>
            No, I will point to it
          </button>
        </>
      );
    case 'no-guess':
      return pointToIt || null;
    case 'pointing':
      return (
        <button type="button" class="sp-link-button" onClick={() => showMe.stop()}>
          Stop pointing
        </button>
      );
    case 'learnt':
      return (
        <>
          <button type="button" class="sp-button" onClick={() => void showMe.keepLearnt()}>
            Keep it
          </button>
          <button type="button" class="sp-secondary-button" onClick={() => void showMe.point()}>
            Point again
          </button>
          <button type="button" class="sp-link-button" onClick={() => showMe.stop()}>
            Don't keep it
          </button>
        </>
      );
    default:
      return null;
  }
}

/** The organisation's fix in use on this step, with the way back to the step as it came. */
function FixInUse({ fix, showMe }: { fix: StepFix; showMe: ShowMeControl }) {
  return (
    <p class="sp-show-me__fix">
      Your organisation taught Signpost this step on {dateText(fix.taught)}
      {fix.lastSeenWorking && `, and Show me last found it on ${dateText(fix.lastSeenWorking)}`}.{' '}
      <button type="button" class="sp-link-button" onClick={() => void showMe.useBuiltIn()}>
        Go back to the built-in step
      </button>
    </p>
  );
}

const lookOf = (display: DisplayChoices | undefined) => () => ({
  largeText: display?.largeText.value ?? false,
  highContrast: display?.highContrast.value ?? false,
});

/**
 * Show me: points at the step's target on the page the person is using, and says plainly when it can't.
 * On a step with no mark it can look for what the step means, or be taught by pointing. Stays mounted
 * across steps (it keeps guiding), and shows nothing on steps with no page or hands-off ones.
 */
export function ShowMe({ guide, store }: ShowMeProps) {
  const { taught, display, now } = useRunTime();
  const [showMe] = useState(() => createShowMe(guide, store, { taught, look: lookOf(display), now }));
  useEffect(() => showMe.start(), [showMe]);
  // Bigger text or High contrast changed: the bubble on the page follows.
  const largeText = display?.largeText.value;
  const highContrast = display?.highContrast.value;
  useEffect(() => showMe.restyle(), [largeText, highContrast]);
  const step = store.step.value;
  const onPage = showMe.onPage();
  if (!canShowMe(step, onPage)) return null;
  const state = showMe.state.value;
  const text = stateText(state, onPage);
  const fix = showMe.fix();
  return (
    <div class="sp-show-me sp-no-print">
      <button type="button" class="sp-button" onClick={() => void showMe.press()}>
        Show me<span class="sp-visually-hidden"> on the page</span>
      </button>
      <div role="status">
        {text && (
          <p class={state.kind === 'wrong-site' ? 'sp-notice sp-show-me__warning' : 'sp-show-me__text'}>{text}</p>
        )}
        {showMe.notice.value && <p class="sp-show-me__text">{showMe.notice.value}</p>}
      </div>
      <div class="sp-show-me__actions">
        <StateActions state={state} onPage={onPage} guide={guide} showMe={showMe} canTeach={taught !== undefined} />
      </div>
      {fix && <FixInUse fix={fix} showMe={showMe} />}
    </div>
  );
}
