import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  carryOnLastSession,
  carryOnWhenAsked,
  rememberLastSession,
} from '../../../entrypoints/sidepanel/carry-on-last-session.ts';
import { lastSession, resumeRequested } from '../../../extension/settings.ts';
import { createLearnerChoiceStore } from '../../../shared/ui/learners/learner-choice-store.ts';
import { createSessionStore } from '../../../shared/ui/session/session-store.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../shared/store/test-store.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';

async function panelWithSam() {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  const learnerChoice = createLearnerChoiceStore(async () => ({ ok: true, value: store }));
  await learnerChoice.load();
  const session = createSessionStore(learnerChoice, {
    paths: allPaths,
    now: () => TEST_NOW,
    postcode: () => undefined,
    organisation: () => '',
    onPathOpened: rememberLastSession,
  });
  return { sam, learnerChoice, session };
}

describe('carrying on the last session from the popup', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('remembers the learner and the path they open', async () => {
    const { sam, learnerChoice, session } = await panelWithSam();
    learnerChoice.choose(sam);
    session.pathOpened('setting-up-email');
    await expect.poll(() => lastSession.get()).toEqual({ learnerId: sam.id, pathId: 'setting-up-email' });
  });

  it('opens that learner and path when the popup asked, then clears the request', async () => {
    const { sam, learnerChoice, session } = await panelWithSam();
    await lastSession.set({ learnerId: sam.id, pathId: 'setting-up-email' });
    await resumeRequested.set(true);
    await carryOnLastSession(learnerChoice, session);
    expect(learnerChoice.choice.value?.kind === 'learner' && learnerChoice.choice.value.learner.name).toBe('Sam');
    expect(session.pathToOpen.value).toBe('setting-up-email');
    expect(await resumeRequested.get()).toBe(false);
  });

  it('does nothing when the popup did not ask', async () => {
    const { sam, learnerChoice, session } = await panelWithSam();
    await lastSession.set({ learnerId: sam.id, pathId: 'setting-up-email' });
    await carryOnLastSession(learnerChoice, session);
    expect(learnerChoice.choice.value).toBeUndefined();
  });

  it('just asks who is learning when the last learner was erased since', async () => {
    const { learnerChoice, session } = await panelWithSam();
    await lastSession.set({ learnerId: 'erased-learner', pathId: 'setting-up-email' });
    await resumeRequested.set(true);
    await carryOnLastSession(learnerChoice, session);
    expect(learnerChoice.choice.value).toBeUndefined();
    expect(await resumeRequested.get()).toBe(false);
  });

  it('carries on when the popup asks while the panel is already open', async () => {
    const { sam, learnerChoice, session } = await panelWithSam();
    const stop = carryOnWhenAsked(learnerChoice, session);
    await lastSession.set({ learnerId: sam.id });
    await resumeRequested.set(true);
    await expect.poll(() => learnerChoice.choice.value?.kind).toBe('learner');
    expect(session.pathToOpen.value).toBeUndefined();
    stop();
  });
});
