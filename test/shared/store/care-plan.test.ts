import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CarePlanInput } from '../../../shared/store/care-plan.ts';
import { HIDDEN_CHARACTERS_REFUSED } from '../../../shared/store/hidden-characters.ts';
import { openLearnerStore } from '../../../shared/store/open-learner-store.ts';
import { freshDatabaseName, openTestStore, TEST_NOW, valueOf } from './test-store.ts';

const FULL_DISK = 'Your device is full, so this was not saved. Free some space and try again.';

function planFor(learnerId: string, changes: Partial<CarePlanInput> = {}): CarePlanInput {
  return {
    learnerId,
    whatMatters: { choices: ['seeing-my-gp'], inTheirWords: 'I want to see the photos of my grandson.' },
    nextSession: { date: '2027-01-14', time: '10:30', place: 'Central Library' },
    places: [
      {
        id: 'central-library',
        name: 'Central Library digital help',
        address: 'Surrey Street, Sheffield, S1 1XZ',
        phone: '0114 273 4712',
        hours: ['Tuesday and Thursday: 10am to 12:30pm'],
      },
    ],
    organisation: { name: 'Riverside Surgery', contact: 'Call 0114 496 0000, Monday to Friday' },
    codesAtHome: "Riverside Surgery's website, under Learn at home",
    ...changes,
  };
}

/** Makes every write from now on fail as `error` says (a full disk, or any other failure). */
function failWritesWith(error: DOMException): void {
  for (const method of ['add', 'put'] as const) {
    vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(() => {
      throw error;
    });
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a learner's digital care plan on this device", () => {
  it('is kept, stamped with when it changed, and read back as saved', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    expect(valueOf(await store.getCarePlan(sam.id))).toBeUndefined();
    const saved = valueOf(await store.saveCarePlan(planFor(sam.id)));
    expect(saved).toEqual({ ...planFor(sam.id), updatedAt: TEST_NOW.toISOString() });
    expect(valueOf(await store.getCarePlan(sam.id))).toEqual(saved);
  });

  it('is refused for a learner who is not there', async () => {
    const store = await openTestStore();
    expect(await store.saveCarePlan(planFor('nobody'))).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('refuses contact details in their own words, and hidden characters anywhere, saying why', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    expect(
      await store.saveCarePlan(
        planFor(sam.id, { whatMatters: { choices: [], inTheirWords: 'Ring me on 07700 900123' } }),
      ),
    ).toEqual({
      ok: false,
      kind: 'invalid',
      message:
        'These words cannot hold email addresses, phone numbers or NHS numbers. Please take them out and try again.',
    });
    expect(await store.saveCarePlan(planFor(sam.id, { nextSession: { place: 'Library\u202E' } }))).toEqual({
      ok: false,
      kind: 'invalid',
      message: HIDDEN_CHARACTERS_REFUSED,
    });
    expect(valueOf(await store.getCarePlan(sam.id))).toBeUndefined();
  });

  it('keeps a place website only when it is http or https', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    const sneaky = planFor(sam.id, { places: [{ id: 'x', name: 'Help', website: 'javascript:alert(1)' }] });
    expect(await store.saveCarePlan(sneaky)).toMatchObject({ ok: false, kind: 'invalid' });
  });

  it('goes to another computer in the learner file, and is erased with the learner', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    const plan = valueOf(await store.saveCarePlan(planFor(sam.id)));
    const file = valueOf(await store.exportLearner(sam.id));
    expect(file.learners[0]?.plan).toEqual((({ learnerId: _learnerId, ...rest }) => rest)(plan));

    const otherDevice = await openTestStore();
    expect(valueOf(await otherDevice.importData(JSON.stringify(file)))).toMatchObject({ plansUpdated: 1 });
    expect(valueOf(await otherDevice.getCarePlan(sam.id))).toEqual(plan);

    valueOf(await store.eraseLearner(sam.id));
    expect(valueOf(await store.getCarePlan(sam.id))).toBeUndefined();
  });

  it('keeps the newer of two plans when a file is opened, and says so', async () => {
    const name = freshDatabaseName();
    const laterClock = { now: new Date('2025-07-01T10:00:00.000Z') };
    const here = valueOf(await openLearnerStore({ databaseName: name, now: () => laterClock.now, newId: () => 'sam' }));
    valueOf(await here.addLearner('Sam'));

    // This device's plan is newer than the file's: the file's is left out.
    valueOf(await here.saveCarePlan(planFor('sam', { codesAtHome: 'Here' })));
    const file = valueOf(await here.exportLearner('sam'));
    const olderPlan = { ...file.learners[0]!.plan!, updatedAt: '2025-06-01T10:00:00.000Z', codesAtHome: 'There' };
    const olderFile = { ...file, learners: [{ ...file.learners[0]!, plan: olderPlan }] };
    expect(valueOf(await here.importData(olderFile))).toMatchObject({ plansUpdated: 0 });
    expect(valueOf(await here.getCarePlan('sam'))?.codesAtHome).toBe('Here');

    // A newer plan in the file replaces it.
    const newerFile = {
      ...file,
      learners: [{ ...file.learners[0]!, plan: { ...olderPlan, updatedAt: '2025-08-01T10:00:00.000Z' } }],
    };
    expect(valueOf(await here.importData(newerFile))).toMatchObject({ plansUpdated: 1 });
    expect(valueOf(await here.getCarePlan('sam'))?.codesAtHome).toBe('There');
  });

  it('leaves the plan as it was and says the device is full when the disk is full', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    const first = valueOf(await store.saveCarePlan(planFor(sam.id)));
    failWritesWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await store.saveCarePlan(planFor(sam.id, { codesAtHome: 'Changed' }))).toEqual({
      ok: false,
      kind: 'full',
      message: FULL_DISK,
    });
    vi.restoreAllMocks();
    expect(valueOf(await store.getCarePlan(sam.id))).toEqual(first);
  });

  it('leaves the plan as it was and asks to try again when a write fails for another reason', async () => {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    const first = valueOf(await store.saveCarePlan(planFor(sam.id)));
    failWritesWith(new DOMException('Something broke.', 'UnknownError'));
    expect(await store.saveCarePlan(planFor(sam.id, { codesAtHome: 'Changed' }))).toEqual({
      ok: false,
      kind: 'failed',
      message: 'Something went wrong, so this was not saved. Please try again.',
    });
    vi.restoreAllMocks();
    expect(valueOf(await store.getCarePlan(sam.id))).toEqual(first);
  });
});

describe('"Was this clear?" counts', () => {
  it('are counted by month, path and step, with nothing about who answered', async () => {
    const store = await openTestStore();
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'your-details', true));
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'your-details', false));
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'your-details', true));
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'face-scan', false));
    const month = `${TEST_NOW.getFullYear()}-${String(TEST_NOW.getMonth() + 1).padStart(2, '0')}`;
    expect(valueOf(await store.listStepFeedback())).toEqual([
      { month, pathId: 'getting-the-nhs-app', stepId: 'face-scan', clear: 0, notClear: 1 },
      { month, pathId: 'getting-the-nhs-app', stepId: 'your-details', clear: 2, notClear: 1 },
    ]);
  });

  it('are not in any learner file, and go when everything is erased', async () => {
    const store = await openTestStore();
    valueOf(await store.addLearner('Sam'));
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'your-details', true));
    expect(JSON.stringify(valueOf(await store.exportAll()))).not.toContain('your-details');
    valueOf(await store.eraseAll());
    expect(valueOf(await store.listStepFeedback())).toEqual([]);
  });

  it('keep the count as it was when the disk is full', async () => {
    const store = await openTestStore();
    valueOf(await store.countStepFeedback('getting-the-nhs-app', 'your-details', true));
    failWritesWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    expect(await store.countStepFeedback('getting-the-nhs-app', 'your-details', true)).toMatchObject({ kind: 'full' });
    vi.restoreAllMocks();
    expect(valueOf(await store.listStepFeedback())[0]?.clear).toBe(1);
  });
});

describe('the latest plan on this device', () => {
  it('is the one saved last, whoever it is for, and none before any plan', async () => {
    const name = freshDatabaseName();
    const clock = { now: new Date('2025-06-01T10:00:00.000Z') };
    let ids = 0;
    const store = valueOf(
      await openLearnerStore({ databaseName: name, now: () => clock.now, newId: () => `id-${(ids += 1)}` }),
    );
    expect(valueOf(await store.latestCarePlan())).toBeUndefined();
    const sam = valueOf(await store.addLearner('Sam'));
    const ade = valueOf(await store.addLearner('Ade'));
    valueOf(await store.saveCarePlan(planFor(sam.id, { codesAtHome: 'First' })));
    clock.now = new Date('2025-06-02T10:00:00.000Z');
    valueOf(await store.saveCarePlan(planFor(ade.id, { codesAtHome: 'Second' })));
    expect(valueOf(await store.latestCarePlan())?.codesAtHome).toBe('Second');
  });
});
