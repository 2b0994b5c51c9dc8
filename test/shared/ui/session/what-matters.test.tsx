import { signal } from '@preact/signals';
import { describe, expect, it, vi } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { RunTimeProvider } from '../../../../shared/ui/run-time.tsx';
import { createCarePlanStore } from '../../../../shared/ui/session/care-plan-store.ts';
import { WhatMatters } from '../../../../shared/ui/session/what-matters.tsx';
import { openTestStore, TEST_NOW, valueOf } from '../../store/test-store.ts';
import { buttonCalled, nameOf, press, show } from '../render-for-test.tsx';

describe('"What matters to you?"', () => {
  it('offers plain choices, and no path until one is chosen', async () => {
    const root = await show(<WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} />);
    expect([...root.querySelectorAll('.sp-what-matters__answers button')].map(nameOf)).toEqual([
      'Seeing my GP',
      'My medicines',
      'Keeping in touch with family',
      'Staying safe online',
      'Getting started',
      'Local help',
    ]);
    expect(root.querySelectorAll('.sp-what-matters > .sp-path-list')).toHaveLength(0);
  });

  it('suggests the paths that fit the choice, best first, and keeps the choice pressed in', async () => {
    const chosen = signal<string | undefined>(undefined);
    const root = await show(<WhatMatters paths={allPaths()} chosen={chosen} onPick={() => undefined} />);
    await press(root, 'Seeing my GP');
    expect(chosen.value).toBe('seeing-my-gp');
    expect(buttonCalled(root, 'Seeing my GP')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Suggested for "Seeing my GP", best first:');
    const suggested = [...root.querySelectorAll('.sp-what-matters > .sp-path-list .sp-path-choice__button')].map(
      nameOf,
    );
    expect(suggested.slice(0, 2).sort()).toEqual([
      'Book or ask for a GP appointment online',
      'See your GP health record',
    ]);
    expect(suggested).not.toContain('Video call your family');
  });

  it('opens the suggested path that is pressed', async () => {
    const picked: string[] = [];
    const root = await show(
      <WhatMatters paths={allPaths()} chosen={signal('staying-safe')} onPick={(pathId) => picked.push(pathId)} />,
    );
    await press(root, 'Stay safe online and spot scams');
    expect(picked).toEqual(['staying-safe-online']);
  });

  it('keeps every path one step away, folded below', async () => {
    const root = await show(<WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} />);
    expect(nameOf(root.querySelector('details summary')!)).toBe('See every learning path');
    expect(root.querySelectorAll('details .sp-path-choice__button')).toHaveLength(allPaths().length);
  });

  it('takes focus to its heading when asked, so a screen reader starts there', async () => {
    const root = await show(
      <WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} takeFocus />,
    );
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(nameOf(document.activeElement!)).toBe('What matters to you?');
  });
});

describe('"What matters to you?" in their own words, kept with their plan', () => {
  async function withPlan() {
    const store = await openTestStore();
    const sam = valueOf(await store.addLearner('Sam'));
    const plan = createCarePlanStore({ now: () => TEST_NOW, organisation: () => '' });
    await plan.begin({ learner: sam, store });
    const asked: string[][] = [];
    const root = await show(
      <RunTimeProvider value={{ localHelp: (categories) => <p class="local-help">Help for {categories.join(' ')}</p> }}>
        <WhatMatters paths={allPaths()} chosen={plan.whatMatters} onPick={() => undefined} plan={plan} />
      </RunTimeProvider>,
    );
    return { root, plan, store, sam, asked };
  }

  it('suggests paths from their words, and keeps the words with the learner', async () => {
    const { root, plan, store, sam } = await withPlan();
    plan.inTheirWords.value = 'I want to see photos of my grandson';
    await press(root, 'Find paths for this');
    await vi.waitFor(async () =>
      expect(valueOf(await store.getCarePlan(sam.id))?.whatMatters?.inTheirWords).toBe(
        'I want to see photos of my grandson',
      ),
    );
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Suggested for "I want to see photos of my grandson", best first:',
    );
    const suggested = [...root.querySelectorAll('.sp-what-matters > .sp-path-list .sp-path-choice__button')].map(
      nameOf,
    );
    expect(suggested[0]).toBe('Send messages and photos to family');
  });

  it('offers local help for the answer, from the choice and the paths that fit it', async () => {
    const { root } = await withPlan();
    expect(root.querySelector('.local-help')).toBeNull();
    await press(root, 'My medicines');
    expect(root.querySelector('.local-help')?.textContent).toMatch(/^Help for nhs-app health-and-wellbeing/);
  });

  it('says why their words were not kept, next to the box, and keeps them there', async () => {
    const { root, plan } = await withPlan();
    plan.inTheirWords.value = 'Email me at sam@example.com';
    await press(root, 'Find paths for this');
    await vi.waitFor(() =>
      expect(root.querySelector('.sp-error-message')?.textContent).toContain(
        'These words cannot hold email addresses, phone numbers or NHS numbers.',
      ),
    );
    expect((root.querySelector('#sp-what-matters-words') as HTMLInputElement).value).toBe(
      'Email me at sam@example.com',
    );
  });
});
