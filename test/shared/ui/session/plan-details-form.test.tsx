import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { createCarePlanStore } from '../../../../shared/ui/session/care-plan-store.ts';
import { PlanDetailsForm } from '../../../../shared/ui/session/plan-details-form.tsx';
import { resourceAt } from '../../find/resource-at.ts';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { nameOf, press, show } from '../render-for-test.tsx';

async function form() {
  const store = await openTestStore();
  const sam = valueOf(await store.addLearner('Sam'));
  valueOf(await store.saveCarePlan({ learnerId: sam.id, places: [{ id: 'lib', name: 'Central Library' }] }));
  const plan = createCarePlanStore({ now: () => TEST_NOW, organisation: () => '' });
  await plan.begin({ learner: sam, store });
  const root = await show(
    <PlanDetailsForm plan={plan} onNote={[resourceAt('bus', null, { name: 'Community bus' })]} />,
  );
  return { root, plan };
}

function typeInto(root: HTMLElement, label: string, text: string) {
  const input = [...root.querySelectorAll('input')].find((box) => box.labels?.[0]?.textContent?.trim() === label)!;
  input.value = text;
  input.dispatchEvent(new Event('input'));
}

describe('the details for their plan, before the handover note', () => {
  it('asks when and where next, how to reach you and where codes work at home, each optional and labelled', async () => {
    const { root, plan } = await form();
    const labels = [...root.querySelectorAll('label')].map(nameOf);
    expect(labels).toEqual([
      'Date of the next session',
      'Time of the next session',
      'Where you will meet',
      'How they can reach your organisation',
      'Where they can use their codes at home',
    ]);
    expect(root.querySelector<HTMLInputElement>('#sp-plan-next-date')?.type).toBe('date');
    expect(root.querySelector<HTMLInputElement>('#sp-plan-next-time')?.type).toBe('time');
    await act(() => typeInto(root, 'Where you will meet', 'Central Library'));
    expect(plan.nextPlace.value).toBe('Central Library');
  });

  it("lists the places on their plan, today's too, and takes an old one off", async () => {
    const { root, plan } = await form();
    expect([...root.querySelectorAll('.sp-plan-details__places li')].map(nameOf)).toEqual([
      'Central Library Take off the plan: Central Library',
      'Community bus (added today)',
    ]);
    await press(root, 'Take off the plan: Central Library');
    expect(plan.keptPlaces.value).toEqual([]);
  });
});
