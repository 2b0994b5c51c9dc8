import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchPageChanges } from '../../../shared/guide/watch-page-changes.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('watching the page for changes', () => {
  it('hears a burst of changes once, after the page settles', async () => {
    const onChange = vi.fn();
    const stop = watchPageChanges(document, onChange, 60_000);
    for (let count = 0; count < 20; count += 1) document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('hears changes inside a web component that was already there', async () => {
    const host = document.createElement('search-box');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const onChange = vi.fn();
    const stop = watchPageChanges(document, onChange, 60_000);
    shadow.append(document.createElement('input'));
    await vi.advanceTimersByTimeAsync(100);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
  });

  it('looks again every so often, for changes no observer reports', async () => {
    const onChange = vi.fn();
    const stop = watchPageChanges(document, onChange, 1000);
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).toHaveBeenCalledTimes(3);
    stop();
  });

  it('hears nothing once stopped', async () => {
    const onChange = vi.fn();
    watchPageChanges(document, onChange, 1000)();
    document.body.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(onChange).not.toHaveBeenCalled();
  });
});
