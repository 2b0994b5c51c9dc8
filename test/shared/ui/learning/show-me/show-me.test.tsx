import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { LearningPath, OnPage, Target } from '../../../../../shared/paths/learning-path.ts';
import { createDisplayChoices } from '../../../../../shared/ui/learning/player/display-choices.ts';
import { PathPlayer } from '../../../../../shared/ui/learning/player/path-player.tsx';
import { RunTimeProvider } from '../../../../../shared/ui/run-time.tsx';
import { createPathStore } from '../../../../../shared/ui/learning/path-store.ts';
import type {
  GuessRequest,
  GuideEvent,
  GuideRequest,
  GuideShown,
  PageGuide,
  PointRequest,
} from '../../../../../shared/ui/services.ts';
import { createTaughtTargets } from '../../../../../shared/ui/learning/show-me/taught-targets.ts';
import { organisationStore } from '../../../../../shared/store/organisation-store.ts';
import { examplePath, exampleStep } from '../../../paths/example-path.ts';
import { buttonCalled, nameOf, press, recordingServices, show } from '../../render-for-test.tsx';

const login: OnPage = {
  site: 'http://localhost',
  page: '*/login.html',
  action: 'type',
  target: { label: 'Email address' },
};
const cont: OnPage = {
  site: 'http://localhost',
  page: '*/login.html',
  action: 'click',
  target: { role: 'button', name: 'Continue' },
  doneWhen: { urlMatches: '*/login-error.html' },
};

/** Steps on the practice pages, one off the web, and one the resident does alone. */
function practicePath(): LearningPath {
  return examplePath({
    id: 'practice',
    needs: [],
    steps: [
      exampleStep('type-email', { onPage: login, say: 'Type an email.' }),
      exampleStep('press-continue', { onPage: cont }),
      exampleStep('say-thanks'),
      exampleStep('type-password', { onPage: login, who: 'hands-off', whyHandsOff: 'A password is private.' }),
      exampleStep('find-prescriptions', {
        title: 'Find prescriptions',
        say: 'Look for prescriptions in the app. Tap it.',
        onPage: { site: 'https://www.nhsapp.service.nhs.uk', action: 'click' },
      }),
    ],
  });
}

const PLAIN = { largeText: false, highContrast: false };

/** Lets the organisation's database (fake IndexedDB) finish a save or read. */
const diskSettles = () => act(() => new Promise((resolve) => setTimeout(resolve, 50)));

/** A page guide that answers Show me with `answer` and lets the test speak for the page. */
function fakeGuide(answer: GuideShown = { kind: 'shown' }) {
  const shown: { request: GuideRequest; fromClick: boolean; anywhere: boolean }[] = [];
  const guesses: GuessRequest[] = [];
  const points: PointRequest[] = [];
  const opened: string[] = [];
  let hides = 0;
  let listener: ((event: GuideEvent) => void) | undefined;
  const guide: PageGuide = {
    show: async (request, { fromClick, anywhere = false }) => {
      shown.push({ request, fromClick, anywhere });
      return answer;
    },
    hide: () => (hides += 1),
    addressFor: () => 'http://localhost:5173/login.html',
    open: async (address) => void opened.push(address),
    listen: (heard) => {
      listener = heard;
      return () => (listener = undefined);
    },
    guess: async (request) => {
      guesses.push(request);
      return answer;
    },
    point: async (request) => {
      points.push(request);
      return answer;
    },
  };
  const pageSays = (event: GuideEvent) => act(() => listener?.(event));
  return {
    guide,
    shown,
    guesses,
    points,
    opened,
    pageSays,
    hides: () => hides,
    setAnswer: (next: GuideShown) => (answer = next),
  };
}

let databases = 0;
const NOW = () => new Date('2026-11-21T10:00:00Z');

/** The organisation's fixes, kept in a fresh database on this (fake) device. */
async function freshTaught() {
  const taught = createTaughtTargets(organisationStore(`show-me-test-${(databases += 1)}`), NOW);
  await taught.load();
  return taught;
}

async function playWith(guide: PageGuide, taught?: ReturnType<typeof createTaughtTargets>) {
  const { services } = recordingServices();
  const store = createPathStore(practicePath(), services, NOW);
  await store.open();
  const root = await show(
    <RunTimeProvider value={{ guide, taught, now: NOW }}>
      <PathPlayer
        store={store}
        display={createDisplayChoices()}
        paths={[store.path]}
        onOpenPath={() => undefined}
        onClose={() => undefined}
      />
    </RunTimeProvider>,
  );
  await press(root, 'Start step 1');
  return { root, store };
}

function status(root: HTMLElement): string {
  return nameOf(root.querySelector('.sp-show-me [role="status"]')!);
}

function title(root: HTMLElement): string {
  return nameOf(root.querySelector('h2')!);
}

describe('Show me in the path player', () => {
  it('points at the step on the page with its words, asking the browser only from the press', async () => {
    const page = fakeGuide();
    const { root } = await playWith(page.guide);
    await press(root, 'Show me on the page');
    expect(page.shown).toEqual([
      {
        request: { stepKey: 'practice/type-email', onPage: login, say: 'Type an email.', look: PLAIN },
        fromClick: true,
        anywhere: false,
      },
    ]);
    await page.pageSays({ kind: 'found', stepKey: 'practice/type-email' });
    expect(status(root)).toBe('Look at the page: it is marked there.');
  });

  it('has no Show me on a step off the web, nor on a hands-off step', async () => {
    const { root, store } = await playWith(fakeGuide().guide);
    await act(() => store.next());
    await act(() => store.next());
    expect(buttonCalled(root, 'Show me on the page')).toBeUndefined();
    await act(() => store.next());
    expect(title(root)).toContain('Step 4');
    expect(buttonCalled(root, 'Show me on the page')).toBeUndefined();
  });

  it('warns about a lookalike address and offers the right page, going on only if the helper asks', async () => {
    const page = fakeGuide({ kind: 'wrong-site', canGoOn: true });
    const { root } = await playWith(page.guide);
    await press(root, 'Show me on the page');
    expect(status(root)).toBe(
      'This page is not the site this step is for. Lookalike web addresses can be a scam. Check the address bar says localhost.',
    );
    await press(root, 'Open the right page');
    expect(page.opened).toEqual(['http://localhost:5173/login.html']);
    page.setAnswer({ kind: 'shown' });
    await press(root, "I'm the helper: show me on this page anyway");
    expect(page.shown.at(-1)).toMatchObject({ fromClick: true, anywhere: true });
  });

  it('offers no way on past a lookalike address Signpost cannot look at', async () => {
    const { root } = await playWith(fakeGuide({ kind: 'wrong-site', canGoOn: false }).guide);
    await press(root, 'Show me on the page');
    expect(buttonCalled(root, "I'm the helper: show me on this page anyway")).toBeUndefined();
  });

  it('says plainly when the target is not on the page, and keeps the step usable', async () => {
    const page = fakeGuide();
    const { root, store } = await playWith(page.guide);
    await act(() => store.next());
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'missing', stepKey: 'practice/press-continue' });
    expect(status(root)).toBe("I can't see the 'Continue' button on this page. Are you on the right page?");
    expect(buttonCalled(root, 'Open the page for this step')).toBeDefined();
    await press(root, 'I did it');
    expect(title(root)).toContain('Step 3');
  });

  it('says when the helper did not let Signpost use the site', async () => {
    const { root } = await playWith(fakeGuide({ kind: 'refused' }).guide);
    await press(root, 'Show me on the page');
    expect(status(root)).toContain('Signpost may not use this site yet.');
  });

  it('moves on by itself when the person clicks the target, and shows the next step without asking again', async () => {
    const page = fakeGuide();
    const { root, store } = await playWith(page.guide);
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'done', how: 'clicked', stepKey: 'practice/type-email' });
    expect(title(root)).toContain('Step 2');
    expect(store.progress.value.outcomes).toEqual({ 'type-email': 'done' });
    expect(page.shown.at(-1)).toMatchObject({ request: { stepKey: 'practice/press-continue' }, fromClick: false });
  });

  it("moves on by itself when the tab reaches the step's next page", async () => {
    const page = fakeGuide();
    const { root, store } = await playWith(page.guide);
    await act(() => store.next());
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'page-changed', url: 'http://localhost:5173/login-error.html' });
    expect(title(root)).toContain('Step 3');
  });

  it('points again on the same step after the page reloads', async () => {
    const page = fakeGuide();
    const { root } = await playWith(page.guide);
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'page-changed', url: 'http://localhost:5173/login.html' });
    expect(title(root)).toContain('Step 1');
    expect(page.shown.map((shown) => [shown.request.stepKey, shown.fromClick])).toEqual([
      ['practice/type-email', true],
      ['practice/type-email', false],
    ]);
  });

  it('ignores a late report about another step, and page changes before Show me is pressed', async () => {
    const page = fakeGuide();
    const { root } = await playWith(page.guide);
    await page.pageSays({ kind: 'page-changed', url: 'http://localhost:5173/login-error.html' });
    expect(page.shown).toEqual([]);
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'done', stepKey: 'practice/press-continue' });
    expect(title(root)).toContain('Step 1');
  });

  it('stops guiding when the person presses Escape on the page, and takes the highlight away on a hands-off step', async () => {
    const page = fakeGuide();
    const { root, store } = await playWith(page.guide);
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'dismissed', stepKey: 'practice/type-email' });
    expect(status(root)).toBe('The mark on the page is hidden. Press Show me to see it again.');
    await press(root, 'Show me on the page');
    const hidesBefore = page.hides();
    await act(() => store.next());
    await act(() => store.next());
    await act(() => store.next());
    expect(page.hides()).toBeGreaterThan(hidesBefore);
    expect(page.shown.filter((shown) => shown.request.stepKey === 'practice/type-password')).toEqual([]);
  });
});

describe('teaching Show me a step with no mark on the page', () => {
  /** Plays the path at its step with no target, with the organisation's fixes kept in a fresh database. */
  async function atStepWithNoMark() {
    const page = fakeGuide();
    const taught = await freshTaught();
    const { root, store } = await playWith(page.guide, taught);
    for (let step = 1; step < 5; step += 1) await act(() => store.next());
    expect(title(root)).toContain('Find prescriptions');
    return { page, taught, root, store };
  }
  const prescriptions: Target = { role: 'link', name: 'Prescriptions' };
  const appPage = { site: 'https://www.nhsapp.service.nhs.uk', page: '/home' };

  it('says at once that the step has no mark, never "Looking"', async () => {
    const { root, page } = await atStepWithNoMark();
    expect(status(root)).toBe('This step has no mark on the page. Press Show me and Signpost will look for it.');
    expect(page.shown).toEqual([]);
    expect(buttonCalled(root, 'Point to it on the page')).toBeDefined();
  });

  it('guesses from the step’s words, rings the guess and asks "Is it this one?"; Yes keeps it as a fix', async () => {
    const { root, page, taught } = await atStepWithNoMark();
    await press(root, 'Show me on the page');
    expect(page.guesses).toEqual([
      {
        stepKey: 'practice/find-prescriptions',
        onPage: { site: 'https://www.nhsapp.service.nhs.uk', action: 'click' },
        title: 'Find prescriptions',
        say: 'Look for prescriptions in the app. Tap it.',
      },
    ]);
    await page.pageSays({
      kind: 'guessed',
      stepKey: 'practice/find-prescriptions',
      target: prescriptions,
      page: appPage,
    });
    expect(status(root)).toBe(
      "This step has no mark on the page. Look for the 'Prescriptions' link on www.nhsapp.service.nhs.uk. Is it this one?",
    );
    expect(page.shown.at(-1)?.request.onPage.target).toEqual(prescriptions);
    // The ring on the guess answers found, and a click on it: neither is taken for the step being done.
    await page.pageSays({ kind: 'found', stepKey: 'practice/find-prescriptions' });
    await page.pageSays({ kind: 'done', how: 'clicked', stepKey: 'practice/find-prescriptions' });
    expect(title(root)).toContain('Find prescriptions');

    await press(root, 'Yes, it is this one');
    await diskSettles();
    expect(taught.fixFor('practice', 'find-prescriptions')).toEqual({
      pathId: 'practice',
      stepId: 'find-prescriptions',
      onPage: { site: 'https://www.nhsapp.service.nhs.uk', page: '/home', action: 'click', target: prescriptions },
      taught: '2026-11-21',
    });
    expect(status(root)).toContain('Kept. Show me will point at it on this step from now on.');
    expect(nameOf(root.querySelector('.sp-show-me__fix')!)).toBe(
      'Your organisation taught Signpost this step on 21 November 2026. Go back to the built-in step',
    );
  });

  it('lets the helper point when the guess is wrong, says what it learnt, and keeps it only when asked', async () => {
    const { root, page, taught } = await atStepWithNoMark();
    await press(root, 'Show me on the page');
    await page.pageSays({
      kind: 'guessed',
      stepKey: 'practice/find-prescriptions',
      target: prescriptions,
      page: appPage,
    });
    await press(root, 'No, I will point to it');
    expect(page.points).toHaveLength(1);
    expect(page.points[0]!.say).toContain('click the thing on the page. Your click will not do anything there.');
    expect(status(root)).toContain('Click the thing on the page.');
    const order: Target = { role: 'link', name: 'Order a repeat prescription', alsoNamed: ['Order'] };
    await page.pageSays({
      kind: 'taught',
      stepKey: 'practice/find-prescriptions',
      target: order,
      page: { site: 'https://www.nhsapp.service.nhs.uk', page: '/prescriptions' },
    });
    expect(status(root)).toBe(
      "Signpost learnt: the 'Order a repeat prescription' link on www.nhsapp.service.nhs.uk. Keep it?",
    );
    expect(taught.fixFor('practice', 'find-prescriptions')).toBeUndefined();
    await press(root, 'Keep it');
    await diskSettles();
    expect(taught.fixFor('practice', 'find-prescriptions')?.onPage.target).toEqual(order);
    // From now on Show me points at what was taught, before the step's own place.
    expect(page.shown.at(-1)?.request.onPage).toMatchObject({ page: '/prescriptions', target: order });
  });

  it('goes back to the built-in step when asked, and forgets the fix', async () => {
    const { root, taught } = await atStepWithNoMark();
    await taught.keep({
      pathId: 'practice',
      stepId: 'find-prescriptions',
      onPage: { site: 'https://www.nhsapp.service.nhs.uk', action: 'click', target: prescriptions },
      taught: '2026-11-20',
    });
    await act(() => undefined);
    expect(status(root)).toBe('');
    await press(root, 'Go back to the built-in step');
    await diskSettles();
    expect(taught.fixFor('practice', 'find-prescriptions')).toBeUndefined();
    expect(status(root)).toContain('This step has no mark on the page.');
    expect(status(root)).toContain('Show me uses the built-in step again.');
  });

  it('offers to point when the page has nothing that fits, and when a marked target is missing', async () => {
    const { root, page, store } = await atStepWithNoMark();
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'guessed', stepKey: 'practice/find-prescriptions' });
    expect(status(root)).toContain("Signpost can't tell what it means here.");
    expect(buttonCalled(root, 'Point to it on the page')).toBeDefined();
    await act(() => store.back());
    await act(() => store.back());
    await act(() => store.back());
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'missing', stepKey: 'practice/press-continue' });
    expect(buttonCalled(root, 'Point to it on the page')).toBeDefined();
  });

  it('notes the day Show me found a taught fix on the page', async () => {
    const { root, page, taught } = await atStepWithNoMark();
    await taught.keep({
      pathId: 'practice',
      stepId: 'find-prescriptions',
      onPage: { site: 'https://www.nhsapp.service.nhs.uk', action: 'click', target: prescriptions },
      taught: '2026-11-01',
    });
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'found', stepKey: 'practice/find-prescriptions' });
    expect(taught.fixFor('practice', 'find-prescriptions')?.lastSeenWorking).toBe('2026-11-21');
  });

  it('stops pointing when the helper presses Escape on the page', async () => {
    const { root, page } = await atStepWithNoMark();
    await press(root, 'Point to it on the page');
    await page.pageSays({ kind: 'stopped-pointing', stepKey: 'practice/find-prescriptions' });
    expect(status(root)).toBe('This step has no mark on the page. Press Show me and Signpost will look for it.');
  });

  it('draws the bubble as the player looks, and again when Bigger text is pressed', async () => {
    const page = fakeGuide();
    const display = createDisplayChoices();
    const { services } = recordingServices();
    const store = createPathStore(practicePath(), services, NOW);
    await store.open();
    const root = await show(
      <RunTimeProvider value={{ guide: page.guide, display }}>
        <PathPlayer
          store={store}
          display={display}
          paths={[store.path]}
          onOpenPath={() => undefined}
          onClose={() => undefined}
        />
      </RunTimeProvider>,
    );
    await press(root, 'Start step 1');
    await press(root, 'Show me on the page');
    await page.pageSays({ kind: 'found', stepKey: 'practice/type-email' });
    await act(() => void (display.largeText.value = true));
    expect(page.shown.at(-1)?.request.look).toEqual({ largeText: true, highContrast: false });
  });
});
