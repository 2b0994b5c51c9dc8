import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followElement } from '../../../shared/guide/follow-element.ts';

let button: HTMLButtonElement;
let top = 300;
const following: (() => void)[] = [];

/** Follows the button, and stops after the test. */
function follow(onMove: Parameters<typeof followElement>[1]): () => void {
  const stop = followElement(button, onMove);
  following.push(stop);
  return stop;
}

beforeEach(() => {
  vi.useFakeTimers();
  top = 300;
  button = Object.assign(document.createElement('button'), { textContent: 'Continue' });
  document.body.append(button);
  // happy-dom lays nothing out: the button is drawn wherever `top` says.
  button.getBoundingClientRect = () => new DOMRect(40, top, 120, 48);
});
afterEach(() => {
  following.splice(0).forEach((stop) => stop());
  document.body.replaceChildren();
  vi.useRealTimers();
});

const nextFrame = () => vi.advanceTimersByTimeAsync(20);

describe('following the highlighted element', () => {
  it('says where it is straight away', () => {
    const onMove = vi.fn();
    follow(onMove);
    expect(onMove).toHaveBeenCalledWith({ left: 40, top: 300, width: 120, height: 48 });
  });

  it('moves with it when the page scrolls', async () => {
    const onMove = vi.fn();
    follow(onMove);
    top = 100;
    window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(onMove).toHaveBeenLastCalledWith({ left: 40, top: 100, width: 120, height: 48 });
  });

  it('moves with it when a box inside the page scrolls', async () => {
    const list = document.createElement('div');
    document.body.append(list);
    const onMove = vi.fn();
    follow(onMove);
    top = 250;
    list.dispatchEvent(new Event('scroll')); // scroll events don't bubble
    await nextFrame();
    expect(onMove).toHaveBeenLastCalledWith({ left: 40, top: 250, width: 120, height: 48 });
  });

  it('measures a burst of scrolling once a frame, and says nothing when nothing moved', async () => {
    const onMove = vi.fn();
    follow(onMove);
    for (let count = 0; count < 10; count += 1) window.dispatchEvent(new Event('scroll'));
    await nextFrame();
    expect(onMove).toHaveBeenCalledTimes(1);
  });

  it('says it is gone when the page hides it or a single-page app takes it away', async () => {
    const onMove = vi.fn();
    follow(onMove);
    button.hidden = true;
    await vi.advanceTimersByTimeAsync(100);
    expect(onMove).toHaveBeenLastCalledWith(undefined);
    button.hidden = false;
    await vi.advanceTimersByTimeAsync(100);
    expect(onMove).toHaveBeenLastCalledWith({ left: 40, top: 300, width: 120, height: 48 });
    button.remove();
    await vi.advanceTimersByTimeAsync(100);
    expect(onMove).toHaveBeenLastCalledWith(undefined);
  });

  it('stops following when told to', async () => {
    const onMove = vi.fn();
    follow(onMove)();
    top = 100;
    window.dispatchEvent(new Event('scroll'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(onMove).toHaveBeenCalledTimes(1);
  });
});
