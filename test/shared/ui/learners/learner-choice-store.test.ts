import { describe, expect, it } from 'vitest';
import { openLearnerStore } from '../../../../shared/store/open-learner-store.ts';
import { storeFailure, succeeded } from '../../../../shared/store/store-result.ts';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { freshDatabaseName, openOldDatabase, TEST_NOW } from '../../store/test-store.ts';

function choiceOnFreshDevice(databaseName = freshDatabaseName()) {
  return createLearnerChoiceStore(() => openLearnerStore({ databaseName, now: () => TEST_NOW }));
}

describe('choosing who is learning', () => {
  it('saves progress under a new nickname, and finds it again after the page is opened again', async () => {
    const databaseName = freshDatabaseName();
    const first = choiceOnFreshDevice(databaseName);
    await first.load();
    first.name.value = '  Sam ';
    await first.addLearner();
    const chosen = first.choice.value;
    expect(chosen?.kind === 'learner' && chosen.learner.name).toBe('Sam');
    expect(await chosen?.services.saveProgress('example-path', { first: 'needed-help' })).toEqual({ ok: true });

    const again = choiceOnFreshDevice(databaseName);
    await again.load();
    expect(again.learners.value.map((learner) => learner.name)).toEqual(['Sam']);
    again.choose(again.learners.value[0]!);
    expect(await again.choice.value?.services.loadProgress('example-path')).toEqual({
      ok: true,
      outcomes: { first: 'needed-help' },
    });
  });

  it('refuses a name with an email address in it, saying why, and chooses nobody', async () => {
    const choice = choiceOnFreshDevice();
    await choice.load();
    choice.name.value = 'sam@example.com';
    await choice.addLearner();
    expect(choice.nameProblem.value).toBe('Please use a first name or nickname only.');
    expect(choice.choice.value).toBeUndefined();
    expect(choice.learners.value).toEqual([]);
  });

  it('practises without saving: progress lasts only while the page is open', async () => {
    const choice = choiceOnFreshDevice();
    await choice.load();
    choice.practise();
    const services = choice.choice.value!.services;
    await services.saveProgress('example-path', { first: 'done' });
    expect(await services.loadProgress('example-path')).toEqual({ ok: true, outcomes: { first: 'done' } });
    choice.changeLearner();
    choice.practise();
    expect(await choice.choice.value!.services.loadProgress('example-path')).toEqual({ ok: true, outcomes: {} });
  });

  it('offers only practice, with the reason, when the browser will not store anything', async () => {
    const choice = createLearnerChoiceStore(async () => storeFailure('unavailable'));
    await choice.load();
    expect(choice.ready.value).toBe(true);
    expect(choice.storeProblem.value).toContain('nothing will be saved');
    choice.name.value = 'Sam';
    await choice.addLearner();
    expect(choice.choice.value).toBeUndefined();
  });

  it('says plainly when the list of learners cannot be read again, and still lets them add a name', async () => {
    const store = await openLearnerStore({ databaseName: freshDatabaseName(), now: () => TEST_NOW });
    if (!store.ok) expect.fail(store.message);
    let listingFails = false;
    const flaky = {
      ...store.value,
      listLearners: () => (listingFails ? Promise.resolve(storeFailure('failed')) : store.value.listLearners()),
    };
    const choice = createLearnerChoiceStore(async () => succeeded(flaky));
    await choice.load();

    listingFails = true;
    await choice.reloadLearners();
    expect(choice.listProblem.value).toBe(
      'Signpost could not show everyone learning on this computer just now. Close Signpost and open it again to see them.',
    );
    expect(choice.storeProblem.value).toBeUndefined();
    choice.name.value = 'Sam';
    await choice.addLearner();
    expect(choice.choice.value?.kind).toBe('learner');

    listingFails = false;
    await choice.reloadLearners();
    expect(choice.listProblem.value).toBeUndefined();
    expect(choice.learners.value.map((learner) => learner.name)).toEqual(['Sam']);
  });
});

describe('when the saved learners cannot be opened yet', () => {
  it('says to close other Signpost pages, offers to try again, and opens them once the way is clear', async () => {
    const name = freshDatabaseName();
    const oldPage = await openOldDatabase(name, 3);
    const choice = createLearnerChoiceStore(() => openLearnerStore({ databaseName: name, now: () => TEST_NOW }));
    await choice.load();
    expect(choice.storeProblem.value).toMatch(/Close other Signpost pages, then try again\.$/);
    expect(choice.canTryAgain.value).toBe(true);
    oldPage.close();
    await choice.load();
    expect(choice.storeProblem.value).toBeUndefined();
    expect(choice.learnerStore()).toBeDefined();
  });
});
