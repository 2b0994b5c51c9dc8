import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchForDone } from '../../../shared/guide/watch-for-done.ts';
import type { OnPage } from '../../../shared/paths/learning-path.ts';
import { addToPage, byPerson, clickAsPerson, pressAsPerson, showPage } from './show-page.ts';

const SITE = 'http://localhost';
const clickStep: OnPage = { site: SITE, action: 'click', target: { role: 'button', name: 'Continue' } };

const byId = (id: string) => document.getElementById(id)!;
const press = pressAsPerson;
const changed = (element: Element) => element.dispatchEvent(byPerson(new Event('change', { bubbles: true })));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('noticing that the person did the step', () => {
  it('is done when they click the highlighted button, even on the words inside it', () => {
    showPage('<button id="go"><span id="words">Continue</span></button>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    clickAsPerson(byId('words'));
    expect(onDone).toHaveBeenCalledWith('clicked');
  });

  it.each(['Enter', ' '])('is done when they press %j on it', (key) => {
    showPage('<div role="button" tabindex="0" id="go">Continue</div>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    press(byId('go'), key);
    expect(onDone).toHaveBeenCalledWith('clicked');
  });

  it('says so once, although Enter on a button also clicks it', () => {
    showPage('<button id="go">Continue</button>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    press(byId('go'), 'Enter');
    clickAsPerson(byId('go'));
    expect(onDone).toHaveBeenCalledTimes(1);
  });

  it('is not done by a click somewhere else or another key', () => {
    showPage('<button id="go">Continue</button><button id="back">Back</button>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    clickAsPerson(byId('back'));
    press(byId('go'), 'Tab');
    expect(onDone).not.toHaveBeenCalled();
  });

  it("is not done by a page script's click, key press or change: only the person's own action counts", () => {
    showPage('<button id="go">Continue</button><input id="email">');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    watchForDone(document, byId('email'), { site: SITE, action: 'type', target: { label: 'Email' } }, onDone);
    byId('go').click();
    byId('go').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    byId('go').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    byId('email').dispatchEvent(new Event('change', { bubbles: true }));
    expect(onDone).not.toHaveBeenCalled();
    clickAsPerson(byId('go'));
    expect(onDone).toHaveBeenCalledWith('clicked');
  });

  it('still hears the click when the page stops it from spreading', () => {
    showPage('<button id="go">Continue</button>');
    byId('go').addEventListener('click', (event) => event.stopPropagation());
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone);
    clickAsPerson(byId('go'));
    expect(onDone).toHaveBeenCalledWith('clicked');
  });

  it('hears a click on a button inside a web component', () => {
    showPage('<sign-in id="host"></sign-in>');
    const button = Object.assign(document.createElement('button'), { textContent: 'Continue' });
    byId('host').attachShadow({ mode: 'open' }).append(button);
    const onDone = vi.fn();
    watchForDone(document, button, clickStep, onDone);
    clickAsPerson(button);
    expect(onDone).toHaveBeenCalledWith('clicked');
  });

  it('waits for a typing step until the text is in, not the first click into the box', () => {
    showPage('<input id="email">');
    const onDone = vi.fn();
    watchForDone(document, byId('email'), { site: SITE, action: 'type', target: { label: 'Email' } }, onDone);
    clickAsPerson(byId('email'));
    expect(onDone).not.toHaveBeenCalled();
    changed(byId('email'));
    expect(onDone).toHaveBeenCalledWith('typed');
  });

  it('waits for a choice from a list, not the click that opens it', () => {
    showPage('<select id="day"><option>Monday</option><option>Tuesday</option></select>');
    const onDone = vi.fn();
    watchForDone(document, byId('day'), { site: SITE, action: 'choose', target: { label: 'Day' } }, onDone);
    clickAsPerson(byId('day'));
    expect(onDone).not.toHaveBeenCalled();
    changed(byId('day'));
    expect(onDone).toHaveBeenCalledWith('chose');
  });

  it('leaves a reading step to the helper', () => {
    showPage('<h1 id="title">Sign in</h1>');
    const onDone = vi.fn();
    watchForDone(
      document,
      byId('title'),
      { site: SITE, action: 'read', target: { role: 'heading', name: 'Sign in' } },
      onDone,
    );
    clickAsPerson(byId('title'));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('is done when the step’s sign appears on the page', async () => {
    showPage('<button id="go">Continue</button>');
    const onDone = vi.fn();
    watchForDone(
      document,
      byId('go'),
      { ...clickStep, doneWhen: { appears: { role: 'heading', name: 'There is a problem' } } },
      onDone,
    );
    clickAsPerson(byId('go'));
    expect(onDone).not.toHaveBeenCalled();
    addToPage('<h2>There is a problem</h2>');
    await vi.advanceTimersByTimeAsync(100);
    expect(onDone).toHaveBeenCalledExactlyOnceWith('appeared');
  });

  it('leaves a step that ends on another address to the panel, so a click alone does not finish it', () => {
    showPage('<button id="go">Continue</button>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), { ...clickStep, doneWhen: { urlMatches: '*/login-error.html' } }, onDone);
    clickAsPerson(byId('go'));
    expect(onDone).not.toHaveBeenCalled();
  });

  it('hears nothing once stopped', async () => {
    showPage('<button id="go">Continue</button>');
    const onDone = vi.fn();
    watchForDone(document, byId('go'), clickStep, onDone)();
    watchForDone(document, byId('go'), { ...clickStep, doneWhen: { appears: { text: 'Thank you' } } }, onDone)();
    clickAsPerson(byId('go'));
    addToPage('<p>Thank you</p>');
    await vi.advanceTimersByTimeAsync(2000);
    expect(onDone).not.toHaveBeenCalled();
  });
});
