import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEARNER_NAME_REFUSED } from '../../../shared/store/check-learner-name.ts';
import { openLearnerStore, type LearnerStore, type SessionInput } from '../../../shared/store/open-learner-store.ts';
import { LEARNER_EXPORT_VERSION } from '../../../shared/store/learner-export.ts';
import { NOTES_REFUSED } from '../../../shared/store/session.ts';
import { freshDatabaseName, openTestStore, TEST_NOW, valueOf } from './test-store.ts';

const FULL_DISK = 'Your device is full, so this was not saved. Free some space and try again.';

function sessionFor(learnerId: string, date: string, extra: Partial<SessionInput> = {}): SessionInput {
  return {
    learnerId,
    date,
    pathIds: ['order-a-prescription'],
    outcomes: [
      { pathId: 'order-a-prescription', stepId: 'open-the-app', outcome: 'done' },
      { pathId: 'order-a-prescription', stepId: 'choose-medicines', outcome: 'needed-help' },
    ],
    confidence: 3,
    notes: 'Happy to try the next part at home.',
    ...extra,
  };
}

/** A learner with two sessions and progress on one path. */
async function storeWithMaureen(): Promise<{ store: LearnerStore; maureenId: string }> {
  const store = await openTestStore();
  const maureen = valueOf(await store.addLearner('Maureen'));
  valueOf(
    await store.saveSession(
      sessionFor(maureen.id, '2025-06-12', { outcode: 'S1 2HE', helperOrganisation: 'Sheffield Libraries' }),
    ),
  );
  valueOf(await store.saveSession(sessionFor(maureen.id, '2025-05-02')));
  valueOf(
    await store.saveProgress(maureen.id, 'order-a-prescription', {
      'open-the-app': 'done',
      'choose-medicines': 'needed-help',
    }),
  );
  return { store, maureenId: maureen.id };
}

/** Makes the nth write (add or put) from now on fail as a full disk does; the writes before it go through. */
function fillTheDiskAtWrite(n: number): void {
  let writes = 0;
  for (const method of ['add', 'put'] as const) {
    const original = IDBObjectStore.prototype[method];
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      writes += 1;
      if (writes === n) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.apply(this, args);
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('learners', () => {
  it('adds a learner known by a first name, stamped with the time it was added', async () => {
    const store = await openTestStore();
    expect(await store.addLearner(' Maureen ')).toEqual({
      ok: true,
      value: { id: 'id-1', name: 'Maureen', createdAt: TEST_NOW.toISOString() },
    });
  });

  it('lists learners by name as a reader expects: capitals and accents aside, and Group 2 before Group 10', async () => {
    const store = await openTestStore();
    for (const name of ['maureen', 'Zoë', 'Ade', 'Group 10', 'zoe', 'Big Dave', 'Group 2'])
      valueOf(await store.addLearner(name));
    expect(valueOf(await store.listLearners()).map((learner) => learner.name)).toEqual([
      'Ade',
      'Big Dave',
      'Group 2',
      'Group 10',
      'maureen',
      'Zoë',
      'zoe',
    ]);
  });

  it('refuses an email address as a name, kindly, and saves nothing', async () => {
    const store = await openTestStore();
    expect(await store.addLearner('maureen@example.com')).toEqual({
      ok: false,
      kind: 'invalid',
      message: LEARNER_NAME_REFUSED,
    });
    expect(valueOf(await store.listLearners())).toEqual([]);
  });
});

describe('sessions', () => {
  it("lists a learner's sessions oldest first, and no one else's", async () => {
    const { store, maureenId } = await storeWithMaureen();
    const ade = valueOf(await store.addLearner('Ade'));
    valueOf(await store.saveSession(sessionFor(ade.id, '2025-05-20')));
    expect(valueOf(await store.listSessions(maureenId)).map((session) => session.date)).toEqual([
      '2025-05-02',
      '2025-06-12',
    ]);
    expect(valueOf(await store.listSessions())).toHaveLength(3);
  });

  it('keeps only the postcode district, S1 for S1 2HE', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const [, june] = valueOf(await store.listSessions(maureenId));
    expect(june).toMatchObject({ outcode: 'S1', helperOrganisation: 'Sheffield Libraries' });
  });

  it('refuses a postcode area that is not one', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    expect(await store.saveSession(sessionFor(sam.id, '2025-06-30', { outcode: 'near the library' }))).toMatchObject({
      ok: false,
      message: 'Use only the first part of a postcode, like S1 or SK14.',
    });
  });

  it('refuses notes with a phone number in them and saves nothing', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    expect(
      await store.saveSession(sessionFor(sam.id, '2025-06-30', { notes: 'Her number is 07700 900123' })),
    ).toMatchObject({
      ok: false,
      kind: 'invalid',
      message: NOTES_REFUSED,
    });
    expect(valueOf(await store.listSessions(sam.id))).toEqual([]);
  });

  it('says the learner could not be found when they have been erased', async () => {
    const { store, maureenId } = await storeWithMaureen();
    valueOf(await store.eraseLearner(maureenId));
    expect(await store.saveSession(sessionFor(maureenId, '2025-06-30'))).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
    expect(valueOf(await store.listSessions())).toEqual([]);
  });
});

describe('progress', () => {
  it('gives back how each step went, so a player can resume and still knows what needed help', async () => {
    const { store, maureenId } = await storeWithMaureen();
    expect(valueOf(await store.getProgress(maureenId, 'order-a-prescription'))).toEqual({
      learnerId: maureenId,
      pathId: 'order-a-prescription',
      outcomes: { 'open-the-app': 'done', 'choose-medicines': 'needed-help' },
    });
  });

  it('replaces how the steps went when saved again', async () => {
    const { store, maureenId } = await storeWithMaureen();
    valueOf(await store.saveProgress(maureenId, 'order-a-prescription', { 'open-the-app': 'done', send: 'skipped' }));
    expect(valueOf(await store.getProgress(maureenId, 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
      send: 'skipped',
    });
  });

  it('refuses an outcome that is not done, needed-help or skipped, and keeps what was saved', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const outcomes = JSON.parse('{ "open-the-app": "finished" }') as Record<string, 'done'>;
    expect(await store.saveProgress(maureenId, 'order-a-prescription', outcomes)).toEqual({
      ok: false,
      kind: 'invalid',
      message: 'A step outcome must be done, needed-help or skipped.',
    });
    expect(valueOf(await store.getProgress(maureenId, 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
      'choose-medicines': 'needed-help',
    });
  });

  it('has nothing for a path not started', async () => {
    const { store, maureenId } = await storeWithMaureen();
    expect(await store.getProgress(maureenId, 'video-call-family')).toEqual({ ok: true, value: undefined });
  });

  it('is not saved for a learner who does not exist', async () => {
    const store = await openTestStore();
    expect(await store.saveProgress('nobody', 'order-a-prescription', { 'open-the-app': 'done' })).toMatchObject({
      ok: false,
      kind: 'not-found',
    });
  });
});

describe('export, erase and import', () => {
  it('gives the same learner back after export, erase and import', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const before = valueOf(await store.exportLearner(maureenId));
    valueOf(await store.eraseLearner(maureenId));
    expect(valueOf(await store.listLearners())).toEqual([]);

    const report = valueOf(await store.importData(JSON.stringify(before)));
    expect(report).toEqual({
      learnersAdded: 1,
      sessionsAdded: 2,
      progressUpdated: 1,
      plansUpdated: 0,
      unchanged: 0,
      conflicts: [],
    });
    expect(valueOf(await store.exportLearner(maureenId))).toStrictEqual(before);
  });

  it('exports one learner with only their own sessions and progress', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const ade = valueOf(await store.addLearner('Ade'));
    valueOf(await store.saveSession(sessionFor(ade.id, '2025-05-20')));
    const file = valueOf(await store.exportLearner(maureenId));
    expect(file).toMatchObject({ format: 'signpost-learners', version: 3, exported: TEST_NOW.toISOString() });
    expect(file.learners.map((learner) => [learner.name, learner.sessions.length, learner.progress.length])).toEqual([
      ['Maureen', 2, 1],
    ]);
  });

  it('says a learner who is not there cannot be exported', async () => {
    const store = await openTestStore();
    expect(await store.exportLearner('nobody')).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('moves everyone to another device', async () => {
    const { store } = await storeWithMaureen();
    valueOf(await store.addLearner('Ade'));
    const file = valueOf(await store.exportAll());
    const otherDevice = await openTestStore();
    expect(valueOf(await otherDevice.importData(file))).toMatchObject({
      learnersAdded: 2,
      sessionsAdded: 2,
      conflicts: [],
    });
    expect(valueOf(await otherDevice.exportAll())).toStrictEqual(file);
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportAll());
    expect(valueOf(await store.importData(file))).toEqual({
      learnersAdded: 0,
      sessionsAdded: 0,
      progressUpdated: 0,
      plansUpdated: 0,
      unchanged: 3,
      conflicts: [],
    });
    expect(valueOf(await store.exportAll())).toStrictEqual(file);
    expect(valueOf(await store.listSessions(maureenId))).toHaveLength(2);
  });

  it('joins progress from another device step by step: done beats needed help, which beats skipped', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportLearner(maureenId));
    valueOf(
      await store.saveProgress(maureenId, 'order-a-prescription', {
        'open-the-app': 'skipped',
        'choose-medicines': 'done',
        send: 'skipped',
      }),
    );
    valueOf(await store.saveProgress(maureenId, 'video-call-family', { 'install-the-app': 'needed-help' }));
    expect(valueOf(await store.importData(file))).toMatchObject({ progressUpdated: 1 });
    expect(valueOf(await store.getProgress(maureenId, 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
      'choose-medicines': 'done',
      send: 'skipped',
    });
    expect(valueOf(await store.getProgress(maureenId, 'video-call-family'))?.outcomes).toEqual({
      'install-the-app': 'needed-help',
    });
  });

  it('still reads a file from before outcomes were kept, counting its steps as done', async () => {
    const store = await openTestStore();
    const versionOne = {
      format: 'signpost-learners',
      version: 1,
      exported: '2025-05-01T09:00:00.000Z',
      learners: [
        {
          id: 'maureen',
          name: 'Maureen',
          createdAt: '2025-04-01T09:00:00.000Z',
          sessions: [],
          progress: [{ pathId: 'order-a-prescription', stepsDone: ['open-the-app'] }],
        },
      ],
    };
    expect(valueOf(await store.importData(JSON.stringify(versionOne)))).toMatchObject({
      learnersAdded: 1,
      progressUpdated: 1,
    });
    expect(valueOf(await store.getProgress('maureen', 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
    });
  });

  it('reports a different learner with the same id, and keeps the one here untouched', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportLearner(maureenId));
    const otherDevice = await openTestStore();
    const ade = valueOf(await otherDevice.addLearner('Ade'));
    expect(ade.id).toBe(maureenId);

    const report = valueOf(await otherDevice.importData(file));
    expect(report.conflicts).toEqual([
      {
        kind: 'learner',
        learnerId: maureenId,
        storedName: 'Ade',
        importedName: 'Maureen',
      },
    ]);
    expect(valueOf(await otherDevice.listLearners())).toEqual([ade]);
    expect(valueOf(await otherDevice.listSessions())).toEqual([]);
  });

  it('keeps both learners when asked, and a second import adds no third', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportLearner(maureenId));
    const otherDevice = await openTestStore();
    valueOf(await otherDevice.addLearner('Ade'));

    expect(valueOf(await otherDevice.importData(file, 'keep-both'))).toMatchObject({
      learnersAdded: 1,
      sessionsAdded: 2,
      conflicts: [],
    });
    expect(valueOf(await otherDevice.importData(file, 'keep-both'))).toMatchObject({
      learnersAdded: 0,
      sessionsAdded: 0,
      unchanged: 3,
    });

    const learners = valueOf(await otherDevice.listLearners());
    expect(learners.map((learner) => learner.name)).toEqual(['Ade', 'Maureen']);
    const maureenHere = learners.find((learner) => learner.name === 'Maureen')!;
    expect(maureenHere.id).not.toBe(maureenId);
    expect(valueOf(await otherDevice.listSessions(maureenHere.id))).toHaveLength(2);
    expect(valueOf(await otherDevice.getProgress(maureenHere.id, 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'done',
      'choose-medicines': 'needed-help',
    });
  });

  it('refuses a file from a newer Signpost and imports nothing', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = { ...valueOf(await store.exportLearner(maureenId)), version: LEARNER_EXPORT_VERSION + 1 };
    const otherDevice = await openTestStore();
    expect(await otherDevice.importData(file)).toEqual({
      ok: false,
      kind: 'invalid',
      message:
        'This file was made by a newer version of Signpost. Update Signpost, then try again. Nothing was imported.',
    });
    expect(valueOf(await otherDevice.listLearners())).toEqual([]);
  });

  it('refuses a file that is not JSON', async () => {
    const store = await openTestStore();
    expect(await store.importData('{"format": "signpost-lear')).toMatchObject({
      ok: false,
      message: 'This is not a Signpost learners file. Nothing was imported.',
    });
  });

  it('refuses a file whose learner is named by an email address', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportLearner(maureenId));
    const tampered = {
      ...file,
      learners: file.learners.map((learner) => ({ ...learner, name: 'maureen@example.com' })),
    };
    expect(await (await openTestStore()).importData(tampered)).toMatchObject({
      ok: false,
      message: `${LEARNER_NAME_REFUSED} Nothing was imported.`,
    });
  });

  it("erases one learner's sessions and progress, and leaves everyone else's", async () => {
    const { store, maureenId } = await storeWithMaureen();
    const ade = valueOf(await store.addLearner('Ade'));
    valueOf(await store.saveSession(sessionFor(ade.id, '2025-05-20')));
    valueOf(await store.saveProgress(ade.id, 'order-a-prescription', { 'open-the-app': 'skipped' }));

    valueOf(await store.eraseLearner(maureenId));
    expect(valueOf(await store.listLearners())).toEqual([ade]);
    expect(valueOf(await store.listSessions()).map((session) => session.learnerId)).toEqual([ade.id]);
    expect(valueOf(await store.getProgress(maureenId, 'order-a-prescription'))).toBeUndefined();
    expect(valueOf(await store.getProgress(ade.id, 'order-a-prescription'))?.outcomes).toEqual({
      'open-the-app': 'skipped',
    });
  });

  it('erases everyone', async () => {
    const { store } = await storeWithMaureen();
    valueOf(await store.addLearner('Ade'));
    valueOf(await store.eraseAll());
    expect(valueOf(await store.exportAll()).learners).toEqual([]);
  });
});

describe('when saving goes wrong', () => {
  it('says the device is full and half-writes nothing when the disk fills during an import', async () => {
    const { store, maureenId } = await storeWithMaureen();
    const file = valueOf(await store.exportLearner(maureenId));
    const otherDevice = await openTestStore();

    fillTheDiskAtWrite(3);
    expect(await otherDevice.importData(file)).toEqual({ ok: false, kind: 'full', message: FULL_DISK });
    vi.restoreAllMocks();

    expect(valueOf(await otherDevice.exportAll()).learners).toEqual([]);
    expect(valueOf(await otherDevice.listSessions())).toEqual([]);
  });

  it('says the device is full when a session cannot be saved, and the learner is still there', async () => {
    const { store, maureenId } = await storeWithMaureen();
    fillTheDiskAtWrite(1);
    expect(await store.saveSession(sessionFor(maureenId, '2025-06-30'))).toEqual({
      ok: false,
      kind: 'full',
      message: FULL_DISK,
    });
    vi.restoreAllMocks();
    expect(valueOf(await store.listSessions(maureenId))).toHaveLength(2);
  });

  it('lets the caller carry on without saving when the browser has no IndexedDB', async () => {
    vi.stubGlobal('indexedDB', undefined);
    expect(await openLearnerStore({ databaseName: freshDatabaseName(), now: () => TEST_NOW })).toMatchObject({
      ok: false,
      kind: 'unavailable',
      message:
        'This browser is not letting Signpost save anything. It may be in private mode. You can carry on, but nothing will be saved.',
    });
  });

  it('makes its own ids when none are given', async () => {
    const store = valueOf(await openLearnerStore({ databaseName: freshDatabaseName(), now: () => TEST_NOW }));
    const [first, second] = [valueOf(await store.addLearner('Sam')), valueOf(await store.addLearner('Sam'))];
    expect(first.id).not.toBe(second.id);
    expect(valueOf(await store.listLearners())).toHaveLength(2);
  });
});
