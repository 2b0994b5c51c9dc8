import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { openLearnerStore } from '../../../../shared/store/open-learner-store.ts';
import { storeFailure } from '../../../../shared/store/store-result.ts';
import { createLearnerChoiceStore } from '../../../../shared/ui/learners/learner-choice-store.ts';
import { WhoIsLearning } from '../../../../shared/ui/learners/who-is-learning.tsx';
import { freshDatabaseName, TEST_NOW } from '../../store/test-store.ts';
import { buttonCalled, press, show } from '../render-for-test.tsx';

async function showOnFreshDevice() {
  const databaseName = freshDatabaseName();
  const store = createLearnerChoiceStore(() => openLearnerStore({ databaseName, now: () => TEST_NOW }));
  await store.load();
  const root = await show(<WhoIsLearning store={store} />);
  return { root, store };
}

async function typeName(root: HTMLElement, name: string): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('#signpost-learner-name')!;
  await act(() => {
    input.value = name;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('asking who is learning', () => {
  it('labels the name box and says what not to type', async () => {
    const { root } = await showOnFreshDevice();
    const input = root.querySelector('#signpost-learner-name')!;
    expect(root.querySelector('label[for="signpost-learner-name"]')?.textContent?.trim()).toBe(
      'First name or nickname',
    );
    expect(root.querySelector(`#${input.getAttribute('aria-describedby')}`)?.textContent).toContain(
      'Not a full name, email or phone number.',
    );
  });

  it('shows why a name was refused next to the box, and marks the box', async () => {
    const { root } = await showOnFreshDevice();
    await typeName(root, 'sam@example.com');
    await press(root, 'Save my progress');
    await vi.waitFor(() => expect(root.querySelector('.sp-error-message')).not.toBeNull());
    expect(root.querySelector('.sp-error-message')?.textContent).toBe(
      'Error: Please use a first name or nickname only.',
    );
    expect(root.querySelector('#signpost-learner-name')?.getAttribute('aria-invalid')).toBe('true');
  });

  it('offers to carry on as someone already learning on this computer', async () => {
    const { root, store } = await showOnFreshDevice();
    await typeName(root, 'Sam');
    await press(root, 'Save my progress');
    // Saving goes through IndexedDB, which can take more than one turn of the event loop.
    await vi.waitFor(() => expect(store.choice.value).toBeDefined());
    store.changeLearner();
    await act(() => undefined);
    expect(buttonCalled(root, 'Carry on as Sam')).toBeDefined();
  });

  it('offers only practice, saying why, when nothing can be saved', async () => {
    const store = createLearnerChoiceStore(async () => storeFailure('unavailable'));
    await store.load();
    const root = await show(<WhoIsLearning store={store} />);
    expect(root.querySelector('input')).toBeNull();
    expect(root.querySelector('.sp-notice')?.textContent).toContain('nothing will be saved');
    await press(root, 'Practise without saving');
    expect(store.choice.value?.kind).toBe('practice');
  });
});
