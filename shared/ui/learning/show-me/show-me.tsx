import { useEffect, useState } from 'preact/hooks';
import type { OnPage } from '../../../paths/learning-path.ts';
import type { PathStore } from '../path-store.ts';
import type { PageGuide } from '../../services.ts';
import { canShowMe, createShowMe, type ShowMe as ShowMeControl, type ShowMeState } from './show-me-store.ts';
import { targetWords } from './target-words.ts';

interface ShowMeProps {
  guide: PageGuide;
  store: PathStore;
}

/** The site as its address bar shows it: "https://*.nhs.uk" → "nhs.uk". */
function siteName(site: string): string {
  return site.replace(/^https?:\/\/(\*\.)?/, '');
}

/** What Show me says now, in plain words; the step's own text stays above it, usable either way. */
function stateText(state: ShowMeState, onPage: OnPage): string | undefined {
  switch (state.kind) {
    case 'ready':
      return undefined;
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
}: {
  state: ShowMeState;
  onPage: OnPage;
  guide: PageGuide;
  showMe: ShowMeControl;
}) {
  const goOn = (
    <button type="button" class="sp-link-button" onClick={() => void showMe.press(true)}>
      I'm the helper: show me on this page anyway
    </button>
  );
  switch (state.kind) {
    case 'found':
      return (
        <button type="button" class="sp-link-button" onClick={() => showMe.stop()}>
          Stop showing
        </button>
      );
    case 'missing':
      return <OpenPage guide={guide} onPage={onPage} label="Open the page for this step" />;
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
    default:
      return null;
  }
}

/**
 * Show me: points at the step's target on the page the person is using, and says plainly when it can't.
 * Stays mounted across steps (it keeps guiding), and shows nothing on steps with no page or hands-off ones.
 */
export function ShowMe({ guide, store }: ShowMeProps) {
  const [showMe] = useState(() => createShowMe(guide, store));
  useEffect(() => showMe.start(), [showMe]);
  const step = store.step.value;
  if (!canShowMe(step)) return null;
  const state = showMe.state.value;
  const text = stateText(state, step.onPage);
  return (
    <div class="sp-show-me sp-no-print">
      <button type="button" class="sp-button" onClick={() => void showMe.press()}>
        Show me<span class="sp-visually-hidden"> on the page</span>
      </button>
      <div role="status">
        {text && (
          <p class={state.kind === 'wrong-site' ? 'sp-notice sp-show-me__warning' : 'sp-show-me__text'}>{text}</p>
        )}
      </div>
      <StateActions state={state} onPage={step.onPage} guide={guide} showMe={showMe} />
    </div>
  );
}
