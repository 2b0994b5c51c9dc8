import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { EndOfSessionChecklist } from '../../../../shared/ui/session/end-of-session-checklist.tsx';
import { createSessionStore } from '../../../../shared/ui/session/session-store.ts';
import { storeFailure } from '../../../../shared/store/store-result.ts';
import { TEST_NOW } from '../../store/test-store.ts';
import { press, show } from '../render-for-test.tsx';
import { allPaths } from '../../../../shared/paths/all-paths.ts';

async function checklist() {
  const learnerChoice = createLearnerChoiceStore(async () => storeFailure('unavailable'));
  await learnerChoice.load();
  learnerChoice.practise();
  const session = createSessionStore(learnerChoice, {
    paths: allPaths,
    now: () => TEST_NOW,
    postcode: () => undefined,
    organisation: () => '',
  });
  session.endSession();
  const root = await show(<EndOfSessionChecklist session={session} />);
  return { root, session };
}

/** Chooses the radio button called `label` in the check called `legend`, as a click would. */
async function choose(root: HTMLElement, legend: string, label: string): Promise<void> {
  const fieldset = [...root.querySelectorAll('fieldset')].find(
    (set) => set.querySelector('legend')?.textContent === legend,
  );
  const radio = [...(fieldset?.querySelectorAll('label') ?? [])]
    .find((option) => option.textContent === label)
    ?.querySelector('input');
  if (radio === undefined || radio === null) throw new Error(`No "${label}" in "${legend}"`);
  await act(() => radio.click());
}

describe('the checks before the person leaves', () => {
  it('asks each check with why it matters, answered "Yes, done" or "Not needed today"', async () => {
    const { root } = await checklist();
    expect([...root.querySelectorAll('legend')].map((legend) => legend.textContent)).toEqual([
      'They are signed out of their accounts',
      "Nothing was saved in the browser's password manager for them",
      'They used their own email address',
    ]);
    expect(root.textContent).toContain('The next person on this computer could get into an account left signed in.');
    expect(
      [...root.querySelectorAll('fieldset')[0]!.querySelectorAll('label')].map((label) => label.textContent),
    ).toEqual(['Yes, done', 'Not needed today']);
    expect(root.querySelector('fieldset')?.getAttribute('aria-describedby')).toBe('sp-check-signed-out-why');
  });

  it('says which checks are still to answer, and stays until they are', async () => {
    const { root, session } = await checklist();
    await choose(root, 'They are signed out of their accounts', 'Yes, done');
    await press(root, 'Make the handover note');
    expect(session.stage.value).toBe('checks');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      "Answer these 2 checks first: Nothing was saved in the browser's password manager for them; They used their own email address.",
    );
    expect(root.querySelectorAll('.sp-field--error')).toHaveLength(2);
  });

  it('makes the handover note once every check is done or not needed', async () => {
    const { root, session } = await checklist();
    await choose(root, 'They are signed out of their accounts', 'Yes, done');
    await choose(root, "Nothing was saved in the browser's password manager for them", 'Yes, done');
    await choose(root, 'They used their own email address', 'Not needed today');
    await press(root, 'Make the handover note');
    expect(session.stage.value).toBe('handover');
  });

  it('goes back to learning without losing the answers', async () => {
    const { root, session } = await checklist();
    await choose(root, 'They are signed out of their accounts', 'Yes, done');
    await press(root, 'Back to learning');
    expect(session.stage.value).toBe('learning');
    expect(session.answers.value).toEqual({ 'signed-out': 'done' });
  });
});
