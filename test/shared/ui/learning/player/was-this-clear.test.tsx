import { describe, expect, it } from 'vitest';
import { WasThisClear } from '../../../../../shared/ui/learning/player/was-this-clear.tsx';
import { createPathStore } from '../../../../../shared/ui/learning/path-store.ts';
import { RunTimeProvider, type RunTime } from '../../../../../shared/ui/run-time.tsx';
import { examplePath } from '../../../paths/example-path.ts';
import { buttonCalled, nameOf, press, recordingServices, show } from '../../render-for-test.tsx';

async function asked(stepFeedback: RunTime['stepFeedback']) {
  const store = createPathStore(examplePath(), recordingServices().services);
  await store.open();
  store.beginSteps();
  const root = await show(
    <RunTimeProvider value={{ stepFeedback }}>
      <WasThisClear store={store} />
    </RunTimeProvider>,
  );
  return { root, store };
}

describe('"Was this clear?" under a step', () => {
  it('counts one answer for the step, with no name, thanks them, and asks again on the next step', async () => {
    const counted: [string, string, boolean][] = [];
    const { root, store } = await asked(async (pathId, stepId, clear) => {
      counted.push([pathId, stepId, clear]);
      return { ok: true };
    });
    expect(nameOf(root.querySelector('[role="group"]')!)).toMatch(/^Was this step clear\?/);
    await press(root, 'Not really');
    expect(counted).toEqual([['example-path', 'first', false]]);
    expect(buttonCalled(root, 'Not really')).toBeUndefined();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Thank you. We count the answers, with no names, to make the steps clearer.',
    );
    store.next();
    await new Promise((resolve) => setTimeout(resolve, 0));
    await press(root, 'Yes, it was clear');
    expect(counted).toEqual([
      ['example-path', 'first', false],
      ['example-path', 'second', true],
    ]);
  });

  it('says why an answer was not counted, and lets them answer again', async () => {
    const { root } = await asked(async () => ({ ok: false, message: 'Your device is full, so this was not saved.' }));
    await press(root, 'Yes, it was clear');
    expect(root.querySelector('.sp-error-message')?.textContent).toBe('Your device is full, so this was not saved.');
    expect(buttonCalled(root, 'Yes, it was clear')).toBeDefined();
  });

  it('is not asked where nothing counts the answers', async () => {
    const { root } = await asked(undefined);
    expect(root.textContent).toBe('');
  });
});
