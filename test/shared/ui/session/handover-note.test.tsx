import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createFinderStore } from '../../../../shared/ui/finder/finder-store.ts';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { HandoverNote } from '../../../../shared/ui/session/handover-note.tsx';
import { RunTimeProvider } from '../../../../shared/ui/run-time.tsx';
import { createSessionStore } from '../../../../shared/ui/session/session-store.ts';
import type { SupportResults } from '../../../../shared/ui/services.ts';
import { examplePath, exampleStep } from '../../paths/example-path.ts';
import { resourceAt } from '../../find/resource-at.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { buttonCalled, nameOf, press, show } from '../render-for-test.tsx';
import { allPaths } from '../../../../shared/paths/all-paths.ts';

// A real path id, so it has a resume code (path-numbers.ts).
const email = examplePath({
  id: 'setting-up-email',
  title: 'Set up your own email',
  next: ['video'],
  keySteps: ['address', 'password', 'sign-in'],
  nowUsing: 'Email: your own address',
  steps: [
    exampleStep('address', { title: 'Choose an address' }),
    exampleStep('password', { title: 'Make a password' }),
    exampleStep('sign-in', { title: 'Sign in' }),
  ],
});
const video = examplePath({ id: 'video', title: 'Video call your family', goal: 'I want to see my family.' });
const nearby: SupportResults = {
  ok: true,
  placeLabel: 'S1 2HE',
  radiusMiles: 10,
  nearby: [
    { resource: resourceAt('club', 0.3, { name: 'Computer club', categories: ['devices-and-data'] }), miles: 0.3 },
  ],
  remote: [],
};

/** Sam's session: two steps of the email path done today (one with help), then the note made. */
async function samsNote(
  print: () => void = () => undefined,
  { withPlaces = true, planDetails = false }: { withPlaces?: boolean; planDetails?: boolean } = {},
) {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  const learnerChoice = createLearnerChoiceStore(async () => ({ ok: true, value: store }));
  await learnerChoice.load();
  const session = createSessionStore(learnerChoice, {
    paths: allPaths,
    now: () => TEST_NOW,
    postcode: () => 'S1 2HE',
    organisation: () => 'Central Library',
  });
  learnerChoice.choose(sam);
  session.pathOpened('setting-up-email');
  await session.services.value!.saveProgress('setting-up-email', { address: 'done' });
  await session.services.value!.saveProgress('setting-up-email', { address: 'done', password: 'needed-help' });
  if (withPlaces)
    session.toggleOnNote(resourceAt('bus', null, { name: 'Community bus', contact: { phone: '0114 000 0000' } }));
  session.answer('signed-out', 'done');
  session.answer('no-saved-passwords', 'done');
  session.answer('own-email', 'done');
  if (planDetails) {
    session.plan.choose('keeping-in-touch');
    session.plan.inTheirWords.value = 'Photos of my grandson';
    await session.plan.saveWhatMatters();
    session.plan.nextDate.value = '2025-07-15';
    session.plan.nextTime.value = '10:30';
    session.plan.nextPlace.value = 'Central Library, first floor';
    session.plan.contact.value = 'Call 0114 273 4727, Monday to Friday';
    session.plan.codesAtHome.value = 'Central Library website, under Learn at home';
  }
  await session.makeHandoverNote();
  const finder = createFinderStore({ searchSupport: async () => nearby });
  if (withPlaces) finder.results.value = nearby;
  const nextPerson: string[] = [];
  const root = await show(
    <RunTimeProvider value={{ now: () => TEST_NOW, print }}>
      <HandoverNote
        session={session}
        paths={[email, video]}
        finder={finder}
        name="Sam"
        organisation="Central Library"
        findHref="#find-help"
        onNextPerson={() => nextPerson.push('next')}
      />
    </RunTimeProvider>,
  );
  return { root, nextPerson, session, store, sam };
}

function headingCalled(root: HTMLElement, name: string): HTMLHeadingElement | undefined {
  return [...root.querySelectorAll('h3')].find((h3) => nameOf(h3) === name);
}

/** The list items under the heading called `heading`, up to the next heading. */
function itemsUnder(root: HTMLElement, heading: string): string[] {
  const start = headingCalled(root, heading);
  const items: string[] = [];
  for (let node = start?.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling)
    items.push(...[...node.querySelectorAll('li')].map(nameOf));
  return items;
}

/** The text under the heading called `heading`, paragraph by paragraph, up to the next heading. */
function textUnder(root: HTMLElement, heading: string): string[] {
  const texts: string[] = [];
  for (
    let node = headingCalled(root, heading)?.nextElementSibling;
    node && node.tagName !== 'H3';
    node = node.nextElementSibling
  )
    texts.push(nameOf(node));
  return texts;
}

describe('the handover note', () => {
  it('is for the resident, by name, dated, with the organisation', async () => {
    const { root } = await samsNote();
    // The note is Sam's digital care plan (issue 13), so it says so.
    expect(nameOf(root.querySelector('h2')!)).toBe('Digital plan for Sam');
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(root.textContent).toContain('30 June 2025. With Central Library.');
  });

  it('says what we did today and how it went', async () => {
    const { root } = await samsNote();
    expect(itemsUnder(root, 'What we did today')).toEqual([
      'Set up your own email: 1 step on your own, 1 step with help. Not finished yet.',
    ]);
  });

  it('lists what to practise and the next steps', async () => {
    const { root } = await samsNote();
    expect(itemsUnder(root, 'Things to practise')).toEqual(['Make a password (Set up your own email)']);
    expect(itemsUnder(root, 'Next steps')).toEqual([
      'Finish "Set up your own email". Your code below takes you back to where you stopped.',
      'Try "Video call your family": I want to see my family.',
    ]);
  });

  it('lists the places the helper added, then places near their postcode', async () => {
    const { root } = await samsNote();
    const places = itemsUnder(root, 'Help near you');
    expect(places[0]).toBe('Community bus. Phone 0114 000 0000.');
    expect(places[1]).toMatch(/^Computer club, 0\.3 miles away/);
  });

  it('prints the places but not the link to the finder, which goes nowhere on paper', async () => {
    const { root } = await samsNote();
    expect(root.querySelector('a[href="#find-help"]')?.closest('.sp-no-print')).not.toBeNull();
    expect(root.querySelector('.sp-local-help li')?.closest('.sp-no-print')).toBeNull();
    expect(headingCalled(root, 'Help near you')?.classList.contains('sp-no-print')).toBe(false);
  });

  it('leaves "Help near you" off paper when there are no places to list, only the link', async () => {
    const { root } = await samsNote(() => undefined, { withPlaces: false });
    expect(root.querySelector('a[href="#find-help"]')?.closest('.sp-no-print')).not.toBeNull();
    expect(headingCalled(root, 'Help near you')?.classList.contains('sp-no-print')).toBe(true);
  });

  it('gives the code to carry on each path', async () => {
    const { root } = await samsNote();
    expect(root.querySelector('.sp-handover__code-for')?.textContent).toBe('Set up your own email');
    expect(root.querySelector('.sp-resume__code')?.textContent).toMatch(/^[0-9A-Z]{4}-/);
  });

  it("says the session is in Sam's history, prints, and hands over to the next person", async () => {
    const printed: string[] = [];
    const { root, nextPerson } = await samsNote(() => printed.push('printed'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      "Today's session is saved in Sam's history on this computer.",
    );
    expect(buttonCalled(root, 'Try saving again')).toBeUndefined();
    await press(root, 'Print the handover note');
    await press(root, 'Start with the next person');
    expect(printed).toEqual(['printed']);
    expect(nextPerson).toEqual(['next']);
  });

  it('is their digital care plan: what matters, in their words, when and where next, how to reach us, and where the codes work', async () => {
    const { root } = await samsNote(() => undefined, { planDetails: true });
    expect(itemsUnder(root, 'Next steps')[0]).toBe(
      'Next session: Tuesday 15 July 2025, 10:30am, Central Library, first floor.',
    );
    expect(textUnder(root, 'What matters to you')).toEqual([
      'Keeping in touch with family.',
      'In your words: "Photos of my grandson"',
    ]);
    expect(textUnder(root, 'Your helper')).toEqual(['Central Library. Call 0114 273 4727, Monday to Friday']);
    expect(textUnder(root, 'Carry on at home')[0]).toBe(
      'Use your code here: Central Library website, under Learn at home. Or bring it to your next session.',
    );
  });

  it('keeps the plan on this computer, for the next session', async () => {
    const { store, sam } = await samsNote(() => undefined, { planDetails: true });
    const plan = valueOf(await store.getCarePlan(sam.id));
    expect(plan).toMatchObject({
      learnerId: sam.id,
      whatMatters: { choices: ['keeping-in-touch'], inTheirWords: 'Photos of my grandson' },
      nextSession: { date: '2025-07-15', time: '10:30', place: 'Central Library, first floor' },
      organisation: { name: 'Central Library', contact: 'Call 0114 273 4727, Monday to Friday' },
      places: [{ id: 'bus', name: 'Community bus', phone: '0114 000 0000' }],
    });
  });

  it('lists what they now use once a path is completed, its key steps done', async () => {
    const { root, session, store, sam } = await samsNote();
    expect(headingCalled(root, 'What you now use')).toBeUndefined();
    valueOf(
      await store.saveProgress(sam.id, 'setting-up-email', {
        address: 'done',
        password: 'needed-help',
        'sign-in': 'done',
      }),
    );
    await act(() => session.plan.reloadProgress());
    expect(itemsUnder(root, 'What you now use')).toEqual(['Email: your own address']);
  });
});
