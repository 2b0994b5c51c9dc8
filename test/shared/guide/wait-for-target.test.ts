import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { waitForTarget, type TargetSearch } from '../../../shared/guide/wait-for-target.ts';

const CONTINUE = { role: 'button', name: 'Continue' } as const;

function addButton(parent: ParentNode, words: string): HTMLButtonElement {
  const button = Object.assign(document.createElement('button'), { textContent: words });
  parent.append(button);
  return button;
}

/** What the wait has given so far: undefined while it is still waiting. */
async function settled(search: Promise<TargetSearch>): Promise<TargetSearch | undefined> {
  return Promise.race([search, Promise.resolve(undefined)]);
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('waiting for a target', () => {
  it('finds a target that is already on the page straight away', async () => {
    const button = addButton(document.body, 'Continue');
    expect(await waitForTarget(document, CONTINUE, { timeoutMs: 5000 })).toEqual({ kind: 'found', element: button });
  });

  it('finds a button the page adds after it has loaded', async () => {
    const search = waitForTarget(document, CONTINUE, { timeoutMs: 5000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(await settled(search)).toBeUndefined();
    const button = addButton(document.body, 'Continue');
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(search)).toEqual({ kind: 'found', element: button });
  });

  it('finds a button when a single-page app shows it, without a new page', async () => {
    const button = addButton(document.body, 'Continue');
    button.hidden = true;
    const search = waitForTarget(document, CONTINUE, { timeoutMs: 5000 });
    button.hidden = false;
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(search)).toEqual({ kind: 'found', element: button });
  });

  it('finds a button that appears inside a web component', async () => {
    const host = document.createElement('sign-in');
    document.body.append(host);
    const search = waitForTarget(document, CONTINUE, { timeoutMs: 5000 });
    const button = addButton(host.attachShadow({ mode: 'open' }), 'Continue');
    await vi.advanceTimersByTimeAsync(1100);
    expect(await settled(search)).toEqual({ kind: 'found', element: button });
  });

  it('says the target is missing when it has not appeared in time', async () => {
    addButton(document.body, 'Cancel');
    const search = waitForTarget(document, CONTINUE, { timeoutMs: 3000 });
    await vi.advanceTimersByTimeAsync(2999);
    expect(await settled(search)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(search)).toEqual({ kind: 'missing', waitedMs: 3000 });
  });

  it('stops waiting when called off, and ignores a button that appears afterwards', async () => {
    const calledOff = new AbortController();
    const search = waitForTarget(document, CONTINUE, { timeoutMs: 5000, signal: calledOff.signal });
    calledOff.abort();
    addButton(document.body, 'Continue');
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(search)).toEqual({ kind: 'cancelled' });
  });

  it('does not start when already called off', async () => {
    addButton(document.body, 'Continue');
    expect(await waitForTarget(document, CONTINUE, { timeoutMs: 5000, signal: AbortSignal.abort() })).toEqual({
      kind: 'cancelled',
    });
  });
});
