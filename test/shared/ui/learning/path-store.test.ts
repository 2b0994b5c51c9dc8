import { describe, expect, it } from 'vitest';
import { createPathStore } from '../../../../shared/ui/learning/path-store.ts';
import { examplePath, exampleStep } from '../../paths/example-path.ts';
import type { StepOutcomes } from '../../../../shared/store/progress.ts';
import { recordingServices } from '../render-for-test.tsx';

const NOW = new Date('2026-11-21T10:00:00.000Z');
const now = () => NOW;

async function openedStore(saved: Record<string, StepOutcomes> = {}, failSaves = false) {
  const { services, saves } = recordingServices(saved, failSaves);
  const store = createPathStore(examplePath(), services, now);
  await store.open();
  return { store, saves };
}

describe('a path being played', () => {
  it('opens a path never started on its start screen, at step 1', async () => {
    const { store } = await openedStore();
    expect(store.screen.value).toBe('start');
    expect(store.counter.value.label).toBe('Step 1 of 3');
  });

  it('picks up at the first step not tried when the path is opened again', async () => {
    const { store } = await openedStore({ 'example-path': { first: 'done' } });
    expect(store.screen.value).toBe('step');
    expect(store.counter.value.label).toBe('Step 2 of 3');
  });

  it('passes over a skipped step when the path is opened again, as it did before the reload', async () => {
    const { store } = await openedStore({ 'example-path': { first: 'skipped' } });
    expect(store.counter.value.label).toBe('Step 2 of 3');
  });

  it('opens on the finish screen when every step was done before', async () => {
    const { store } = await openedStore({ 'example-path': { first: 'done', second: 'done', third: 'done' } });
    expect(store.screen.value).toBe('finished');
  });

  it('reopens a finished path with a skipped step on its summary, still knowing what needed help', async () => {
    const { store } = await openedStore({ 'example-path': { first: 'done', second: 'needed-help', third: 'skipped' } });
    expect(store.screen.value).toBe('finished');
    expect(store.progress.value.outcomes).toEqual({ first: 'done', second: 'needed-help', third: 'skipped' });
  });

  it('saves how each step went after each outcome, skips and help included', async () => {
    const { store, saves } = await openedStore();
    store.beginSteps();
    await store.endStep('done');
    await store.endStep('skipped');
    expect(saves.map((save) => save.outcomes)).toEqual([{ first: 'done' }, { first: 'done', second: 'skipped' }]);
    expect(store.counter.value.label).toBe('Step 3 of 3');
  });

  it('counts "I did it" after "I need help" as done with help, and opens the stuck help', async () => {
    const { store } = await openedStore();
    store.beginSteps();
    store.askForHelp();
    expect(store.stuckOpen.value).toBe(true);
    await store.endStep('done');
    expect(store.progress.value.outcomes).toEqual({ first: 'needed-help' });
    expect(store.askedForHelp.value).toBe(false);
    expect(store.stuckOpen.value).toBe(false);
  });

  it('stops Back at step 1 and Next at the last step, keeping outcomes', async () => {
    const { store } = await openedStore();
    store.beginSteps();
    store.back();
    expect(store.counter.value.number).toBe(1);
    await store.endStep('done');
    store.next();
    store.next();
    expect(store.counter.value.label).toBe('Step 3 of 3');
    store.back();
    expect(store.counter.value.label).toBe('Step 2 of 3');
    expect(store.progress.value.outcomes).toEqual({ first: 'done' });
  });

  it('finishes only when every step has an outcome, going back to a step passed with Next', async () => {
    const { store } = await openedStore();
    store.beginSteps();
    store.next();
    await store.endStep('done');
    await store.endStep('done');
    expect(store.screen.value).toBe('step');
    expect(store.step.value.id).toBe('first');
    await store.endStep('skipped');
    expect(store.screen.value).toBe('finished');
  });

  it('says plainly when progress could not be saved, and carries on', async () => {
    const { store } = await openedStore({}, true);
    store.beginSteps();
    await store.endStep('done');
    expect(store.problem.value).toBe('Your device is full, so this was not saved. Free some space and try again.');
    expect(store.counter.value.label).toBe('Step 2 of 3');
  });

  it('opens on the start screen with the message when progress cannot be loaded', async () => {
    const store = createPathStore(
      examplePath(),
      {
        loadProgress: async () => ({ ok: false, message: 'This browser is not letting Signpost save anything.' }),
        saveProgress: async () => ({ ok: true }),
      },
      now,
    );
    await store.open();
    expect(store.screen.value).toBe('start');
    expect(store.problem.value).toBe('This browser is not letting Signpost save anything.');
  });

  it('starts again from the start screen with nothing done', async () => {
    const { store, saves } = await openedStore({ 'example-path': { first: 'done', second: 'done', third: 'skipped' } });
    await store.startAgain();
    expect(store.screen.value).toBe('start');
    expect(store.progress.value.outcomes).toEqual({});
    expect(saves.at(-1)?.outcomes).toEqual({});
  });

  it('lists the things the resident said they do not have', async () => {
    const path = examplePath({
      needs: [
        { id: 'a-phone', say: 'A phone.', ifMissing: { say: 'Ask at the library.' } },
        { id: 'an-email', say: 'An email address.', ifMissing: { say: 'Do the email path first.' } },
      ],
    });
    const store = createPathStore(path, recordingServices().services, now);
    store.answerNeed('a-phone', true);
    store.answerNeed('an-email', false);
    expect(store.missingNeeds.value.map((need) => need.id)).toEqual(['an-email']);
  });

  it('ignores saved steps the path no longer has', async () => {
    const path = examplePath({ steps: [exampleStep('first'), exampleStep('second')] });
    const store = createPathStore(path, recordingServices({ 'example-path': { gone: 'done' } }).services, now);
    await store.open();
    expect(store.screen.value).toBe('start');
  });

  it('drops saved steps the path no longer has from what it saves next', async () => {
    const path = examplePath({ steps: [exampleStep('first'), exampleStep('second')] });
    const { services, saves } = recordingServices({ 'example-path': { gone: 'done', first: 'needed-help' } });
    const store = createPathStore(path, services, now);
    await store.open();
    await store.endStep('done');
    expect(saves.at(-1)?.outcomes).toEqual({ first: 'needed-help', second: 'done' });
  });
});
