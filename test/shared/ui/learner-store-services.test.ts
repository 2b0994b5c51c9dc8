import { describe, expect, it } from 'vitest';
import { learnerStoreServices } from '../../../shared/ui/learner-store-services.ts';
import { openTestStore, valueOf } from '../store/test-store.ts';

describe('progress saved in the learner store', () => {
  it('loads nothing done for a path never saved, then what was saved', async () => {
    const store = await openTestStore();
    const learner = valueOf(await store.addLearner('Sam'));
    const services = learnerStoreServices(store, learner.id);
    expect(await services.loadProgress('example-path')).toEqual({ ok: true, stepsDone: [] });
    expect(await services.saveProgress('example-path', ['first', 'second'])).toEqual({ ok: true });
    expect(await services.loadProgress('example-path')).toEqual({ ok: true, stepsDone: ['first', 'second'] });
  });

  it('passes on the store\'s plain message when the learner has been erased', async () => {
    const store = await openTestStore();
    const learner = valueOf(await store.addLearner('Sam'));
    await store.eraseLearner(learner.id);
    expect(await learnerStoreServices(store, learner.id).saveProgress('example-path', ['first'])).toEqual({
      ok: false,
      message: 'We could not find that learner. They may have been erased.',
    });
  });
});
