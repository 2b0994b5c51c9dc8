import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import type { CarePlanInput } from '../../../../shared/store/care-plan.ts';
import { RunTimeProvider } from '../../../../shared/ui/run-time.tsx';
import { CarePlanSoFar } from '../../../../shared/ui/session/care-plan-so-far.tsx';
import { createCarePlanStore } from '../../../../shared/ui/session/care-plan-store.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { nameOf, show } from '../render-for-test.tsx';

async function soFar(plan?: Partial<CarePlanInput>) {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  if (plan) valueOf(await store.saveCarePlan({ learnerId: sam.id, places: [], ...plan }));
  valueOf(
    await store.saveProgress(sam.id, 'video-calling-family', {
      'find-the-person': 'done',
      'start-the-call': 'needed-help',
      'end-the-call': 'done',
    }),
  );
  const carePlan = createCarePlanStore({ now: () => TEST_NOW, organisation: () => '' });
  await carePlan.begin({ learner: sam, store });
  const root = await show(
    <RunTimeProvider value={{ now: () => TEST_NOW }}>
      <CarePlanSoFar plan={carePlan} paths={allPaths()} name="Sam" />
    </RunTimeProvider>,
  );
  return { root, carePlan };
}

describe('the plan from last time, at the start of a session', () => {
  it('opens with what matters, the next session, what they now use and the places chosen, and takes focus once', async () => {
    const { root, carePlan } = await soFar({
      whatMatters: { choices: ['keeping-in-touch'], inTheirWords: 'See my grandson' },
      nextSession: { date: '2025-07-01', place: 'Central Library' },
      places: [{ id: 'lib', name: 'Central Library', phone: '0114 273 4712', hours: ['Tuesday: 10am to midday'] }],
    });
    expect(nameOf(root.querySelector('h2')!)).toBe("Sam's plan so far");
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(carePlan.seen.value).toBe(true);
    const text = nameOf(root);
    expect(text).toContain('In your words: "See my grandson"');
    expect(text).toContain('Next session: Tuesday 1 July 2025, Central Library.');
    expect(text).toContain('Video calls with family');
    expect(text).toContain('Central Library. Phone 0114 273 4712. Open Tuesday: 10am to midday.');
    expect(root.querySelector('.sp-resume')).toBeNull();
  });

  it('shows nothing before their first plan', async () => {
    const { root } = await soFar();
    expect(root.querySelector('h2')).toBeNull();
  });
});
