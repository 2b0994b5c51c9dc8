import { describe, expect, it } from 'vitest';
import { learnerStoreServices } from '../../../../shared/ui/learners/learner-store-services.ts';
import { openTestStore, valueOf } from '../../store/test-store.ts';

describe('progress saved in the learner store', () => {
  it('loads nothing for a path never saved, then how each step went, help and skips included', async () => {
    const store = await openTestStore();
    const learner = valueOf(await store.addLearner('Sam'));
    const services = learnerStoreServices(store, learner.id);
    expect(await services.loadProgress('example-path')).toEqual({ ok: true, outcomes: {} });
    expect(await services.saveProgress('example-path', { first: 'needed-help', second: 'skipped' })).toEqual({
      ok: true,
    });
    expect(await services.loadProgress('example-path')).toEqual({
      ok: true,
      outcomes: { first: 'needed-help', second: 'skipped' },
    });
  });

  it("passes on the store's plain message when the learner has been erased", async () => {
    const store = await openTestStore();
    const learner = valueOf(await store.addLearner('Sam'));
    await store.eraseLearner(learner.id);
    expect(await learnerStoreServices(store, learner.id).saveProgress('example-path', { first: 'done' })).toEqual({
      ok: false,
      message: 'We could not find that learner. They may have been erased.',
    });
  });
});
