import { describe, expect, it } from 'vitest';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { createSessionStore, type SessionStoreOptions } from '../../../../shared/ui/session/session-store.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { resourceAt } from '../../find/resource-at.ts';
import { allPaths } from '../../../../shared/paths/all-paths.ts';

/** A session on a fresh learner store with Sam saved, and Sam chosen unless `practise`. */
async function sessionWithSam(options: Partial<SessionStoreOptions> = {}) {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  const learnerChoice = createLearnerChoiceStore(async () => ({ ok: true, value: store }));
  await learnerChoice.load();
  const session = createSessionStore(learnerChoice, {
    paths: allPaths,
    now: () => TEST_NOW,
    postcode: () => 'S1 2HE',
    organisation: () => 'Central Library',
    ...options,
  });
  learnerChoice.choose(sam);
  return { store, sam, learnerChoice, session };
}

async function doStep(
  session: ReturnType<typeof createSessionStore>,
  pathId: string,
  outcomes: Record<string, 'done' | 'needed-help' | 'skipped'>,
) {
  const services = session.services.value!;
  await services.loadProgress(pathId);
  await services.saveProgress(pathId, outcomes);
}

function answerEveryCheck(session: ReturnType<typeof createSessionStore>) {
  session.answer('signed-out', 'done');
  session.answer('no-saved-passwords', 'not-needed');
  session.answer('own-email', 'done');
}

describe('a session with a learner', () => {
  it("saves today's session to the learner's history when the handover note is made", async () => {
    const { store, sam, session } = await sessionWithSam();
    session.pathOpened('setting-up-email');
    await doStep(session, 'setting-up-email', { 'open-the-site': 'needed-help' });
    session.endSession();
    answerEveryCheck(session);
    await session.makeHandoverNote();
    expect(session.stage.value).toBe('handover');
    expect(session.saved.value).toEqual({
      ok: true,
      message: "Today's session is saved in Sam's history on this computer.",
    });
    const history = valueOf(await store.listSessions(sam.id));
    expect(history).toEqual([
      {
        id: expect.any(String),
        learnerId: sam.id,
        date: '2025-06-30',
        pathIds: ['setting-up-email'],
        outcomes: [{ pathId: 'setting-up-email', stepId: 'open-the-site', outcome: 'needed-help' }],
        outcode: 'S1',
        helperOrganisation: 'Central Library',
      },
    ]);
  });

  it('saves a skill gained when a path came to count as completed in this session, with its skills area', async () => {
    const { store, sam, session } = await sessionWithSam();
    valueOf(await store.saveProgress(sam.id, 'video-calling-family', { 'find-the-person': 'done' }));
    session.pathOpened('video-calling-family');
    await doStep(session, 'video-calling-family', {
      'find-the-person': 'done',
      'start-the-call': 'done',
      'end-the-call': 'needed-help',
    });
    answerEveryCheck(session);
    await session.makeHandoverNote();
    const [saved] = valueOf(await store.listSessions(sam.id));
    expect(saved?.skillsGained).toEqual([{ pathId: 'video-calling-family', area: 'communicating', for: 'life' }]);
  });

  it('keeps the checklist up, and saves nothing, until every check has an answer', async () => {
    const { store, session } = await sessionWithSam();
    session.endSession();
    session.answer('signed-out', 'done');
    await session.makeHandoverNote();
    expect(session.stage.value).toBe('checks');
    expect(session.checksMissed.value).toBe(true);
    expect(valueOf(await store.listSessions())).toEqual([]);
  });

  it('saves the session once, however often the note is made', async () => {
    const { store, session } = await sessionWithSam();
    answerEveryCheck(session);
    await session.makeHandoverNote();
    await session.makeHandoverNote();
    expect(valueOf(await store.listSessions())).toHaveLength(1);
  });

  it('does not count steps a resume code brings in before its path is opened', async () => {
    const { session } = await sessionWithSam();
    await doStep(session, 'setting-up-email', { first: 'done', second: 'done' });
    expect(session.work.value).toEqual([]);
  });

  it('tells who opened which path, so the popup can carry on with it', async () => {
    const opened: string[][] = [];
    const { sam, session } = await sessionWithSam({
      onPathOpened: (learnerId, pathId) => opened.push([learnerId, pathId]),
    });
    session.pathOpened('setting-up-email');
    expect(opened).toEqual([[sam.id, 'setting-up-email']]);
  });

  it('puts a place on the note and takes it off again', async () => {
    const { session } = await sessionWithSam();
    const library = resourceAt('library', 0.5, { name: 'Central Library' });
    session.toggleOnNote(library);
    expect(session.isOnNote(library)).toBe(true);
    session.toggleOnNote(library);
    expect(session.onNote.value).toEqual([]);
  });

  it('starts afresh when someone else sits down', async () => {
    const { learnerChoice, session } = await sessionWithSam();
    session.whatMatters.value = 'my-medicines';
    session.toggleOnNote(resourceAt('library', 0.5));
    session.endSession();
    learnerChoice.practise();
    expect(session.stage.value).toBe('learning');
    expect(session.whatMatters.value).toBeUndefined();
    expect(session.onNote.value).toEqual([]);
  });

  it('saves nothing when practising, and says so', async () => {
    const { store, learnerChoice, session } = await sessionWithSam();
    learnerChoice.practise();
    answerEveryCheck(session);
    await session.makeHandoverNote();
    expect(session.saved.value).toEqual({ ok: true, message: 'This was practice, so nothing was saved.' });
    expect(valueOf(await store.listSessions())).toEqual([]);
  });

  it('says why the session could not be saved when the learner was erased meanwhile', async () => {
    const { store, sam, session } = await sessionWithSam();
    await store.eraseLearner(sam.id);
    answerEveryCheck(session);
    await session.makeHandoverNote();
    expect(session.saved.value).toMatchObject({
      ok: false,
      message: 'We could not find that learner. They may have been erased.',
    });
  });
});
