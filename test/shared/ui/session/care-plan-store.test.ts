import { describe, expect, it } from 'vitest';
import { MOST_PLACES_ON_A_PLAN, type CarePlanInput } from '../../../../shared/store/care-plan.ts';
import { HIDDEN_CHARACTERS_REFUSED } from '../../../../shared/store/hidden-characters.ts';
import { createCarePlanStore } from '../../../../shared/ui/session/care-plan-store.ts';
import { resourceAt } from '../../find/resource-at.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';

const options = { now: () => TEST_NOW, organisation: () => 'Central Library' };

async function samWithPlan(plan: Partial<CarePlanInput> | undefined) {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  if (plan) valueOf(await store.saveCarePlan({ learnerId: sam.id, places: [], ...plan }));
  const carePlan = createCarePlanStore(options);
  await carePlan.begin({ learner: sam, store });
  return { store, sam, carePlan };
}

describe('the care plan during a session', () => {
  it("opens with last time's plan, keeping a next session still ahead and dropping one that has passed", async () => {
    const ahead = await samWithPlan({
      whatMatters: { choices: ['my-medicines'], inTheirWords: 'My tablets' },
      nextSession: { date: '2025-07-14', time: '10:30', place: 'Central Library' },
      places: [{ id: 'lib', name: 'Central Library' }],
    });
    expect(ahead.carePlan.fromBefore.value?.whatMatters?.inTheirWords).toBe('My tablets');
    expect(ahead.carePlan.whatMatters.value).toBe('my-medicines');
    expect([ahead.carePlan.nextDate.value, ahead.carePlan.nextTime.value, ahead.carePlan.nextPlace.value]).toEqual([
      '2025-07-14',
      '10:30',
      'Central Library',
    ]);
    expect(ahead.carePlan.keptPlaces.value.map((place) => place.id)).toEqual(['lib']);

    const passed = await samWithPlan({ nextSession: { date: '2025-06-01', time: '10:30', place: 'Central Library' } });
    expect([passed.carePlan.nextDate.value, passed.carePlan.nextTime.value, passed.carePlan.nextPlace.value]).toEqual([
      '',
      '',
      'Central Library',
    ]);
  });

  it("starts a new learner's plan with the organisation's contact from the last plan on this computer", async () => {
    const { store } = await samWithPlan({
      organisation: { contact: '0114 496 0000, weekdays' },
      codesAtHome: 'Our website',
    });
    const ade = valueOf(await store.addLearner('Ade'));
    const carePlan = createCarePlanStore(options);
    await carePlan.begin({ learner: ade, store });
    expect(carePlan.contact.value).toBe('0114 496 0000, weekdays');
    expect(carePlan.codesAtHome.value).toBe('Our website');
    expect(carePlan.fromBefore.value).toBeUndefined();
  });

  it('saves what matters at once, keeping the rest of the plan as it was', async () => {
    const { store, sam, carePlan } = await samWithPlan({ codesAtHome: 'Our website' });
    carePlan.choose('seeing-my-gp');
    carePlan.inTheirWords.value = 'See my blood test results';
    await carePlan.saveWhatMatters();
    expect(valueOf(await store.getCarePlan(sam.id))).toMatchObject({
      whatMatters: { choices: ['seeing-my-gp'], inTheirWords: 'See my blood test results' },
      codesAtHome: 'Our website',
    });
  });

  it('keeps their words in the box, unsaved, when they hold a phone number, and says why', async () => {
    const { store, sam, carePlan } = await samWithPlan(undefined);
    carePlan.inTheirWords.value = 'Call my son on 07700 900123';
    await carePlan.saveWhatMatters();
    expect(carePlan.wordsProblem.value).toBe(
      'These words cannot hold email addresses, phone numbers or NHS numbers. Please take them out and try again.',
    );
    expect(carePlan.inTheirWords.value).toBe('Call my son on 07700 900123');
    expect(valueOf(await store.getCarePlan(sam.id))).toBeUndefined();
  });

  it("puts today's places after the kept ones, once each, and keeps the newest four", async () => {
    const kept = Array.from({ length: 4 }, (_, index) => ({ id: `kept-${index}`, name: `Kept ${index}` }));
    const { carePlan } = await samWithPlan({ places: kept });
    carePlan.takeOff('kept-0');
    const today = [
      resourceAt('new-a', 0.1),
      resourceAt('kept-1', 0.2, { name: 'Kept 1, today' }),
      resourceAt('new-b', 0.3),
    ];
    const saved = valueOf(await carePlan.save(today));
    expect(saved.places.map((place) => place.id)).toEqual(['kept-3', 'new-a', 'kept-1', 'new-b']);
    expect(saved.places).toHaveLength(MOST_PLACES_ON_A_PLAN);
    expect(saved.organisation?.name).toBe('Central Library');
  });

  it('says what is wrong with a detail before anything is saved', async () => {
    const { carePlan } = await samWithPlan(undefined);
    carePlan.nextPlace.value = 'Library\u202E';
    expect(carePlan.check([])).toBe(HIDDEN_CHARACTERS_REFUSED);
    carePlan.nextPlace.value = 'Library';
    expect(carePlan.check([])).toBeUndefined();
  });

  it('keeps a practice plan in memory only', async () => {
    const carePlan = createCarePlanStore(options);
    await carePlan.begin(undefined);
    carePlan.nextPlace.value = 'Central Library';
    expect(valueOf(await carePlan.save([])).nextSession).toEqual({ place: 'Central Library' });
    expect(carePlan.saved.value).toBeUndefined();
  });
});
