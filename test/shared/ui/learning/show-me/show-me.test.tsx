import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { LearningPath, OnPage } from '../../../../../shared/paths/learning-path.ts';
import { createDisplayChoices } from '../../../../../shared/ui/learning/player/display-choices.ts';
import { PathPlayer } from '../../../../../shared/ui/learning/player/path-player.tsx';
import { RunTimeProvider } from '../../../../../shared/ui/run-time.tsx';
import { createPathStore } from '../../../../../shared/ui/learning/path-store.ts';
import type { GuideEvent, GuideRequest, GuideShown, PageGuide } from '../../../../../shared/ui/services.ts';
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
    ],
  });
}

/** A page guide that answers Show me with `answer` and lets the test speak for the page. */
function fakeGuide(answer: GuideShown = { kind: 'shown' }) {
  const shown: { request: GuideRequest; fromClick: boolean; anywhere: boolean }[] = [];
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
  };
  const pageSays = (event: GuideEvent) => act(() => listener?.(event));
  return { guide, shown, opened, pageSays, hides: () => hides, setAnswer: (next: GuideShown) => (answer = next) };
}

async function playWith(guide: PageGuide) {
  const { services } = recordingServices();
  const store = createPathStore(practicePath(), services, () => new Date('2026-11-21T10:00:00Z'));
  await store.open();
  const root = await show(
    <RunTimeProvider value={{ guide }}>
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
        request: { stepKey: 'practice/type-email', onPage: login, say: 'Type an email.' },
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
