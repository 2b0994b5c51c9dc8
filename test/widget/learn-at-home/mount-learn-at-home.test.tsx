import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LEARN_AT_HOME_DATABASE, mountLearnAtHome } from '../../../widget/learn-at-home/mount-learn-at-home.tsx';
import { buttonCalled, nameOf, press } from '../../shared/ui/render-for-test.tsx';

const hosts: HTMLElement[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

afterEach(() => {
  for (const host of hosts.splice(0)) {
    const container = host.shadowRoot?.firstElementChild;
    if (container instanceof HTMLElement) render(null, container);
    host.remove();
  }
});

/** Opens Learn at home as the widget does: in a container inside a shadow root. */
async function openLearnAtHome(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  await act(async () => {
    mountLearnAtHome(container, { idPrefix: 'signpost-1' });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

/** Waits (IndexedDB answers take a few turns) until `shown` holds, letting the page update in between. */
async function until(shown: () => boolean): Promise<void> {
  for (let turns = 0; turns < 50 && !shown(); turns++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  expect(shown()).toBe(true);
}

/** Presses the button called `name` once it shows. */
async function pressWhenShown(container: HTMLElement, name: string): Promise<void> {
  await until(() => buttonCalled(container, name) !== undefined);
  await press(container, name);
}

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map((database) => database.name);
}

/** What has focus inside the widget's shadow root. */
function focused(container: HTMLElement): Element {
  const active = (container.getRootNode() as ShadowRoot).activeElement;
  if (active === null) throw new Error('Nothing in the widget has focus.');
  return active;
}

function says(container: HTMLElement): string {
  return nameOf(container.querySelector('[aria-label="Your progress"] p')!);
}

/** Opens "Use a touch screen" and does its first step. */
async function doFirstStep(container: HTMLElement): Promise<void> {
  await pressWhenShown(container, 'Use a touch screen');
  await pressWhenShown(container, 'Start step 1');
  await pressWhenShown(container, 'I did it');
}

describe('Learn at home in the widget', () => {
  it('offers every learning path but the practice one, which needs the extension’s test pages', async () => {
    const container = await openLearnAtHome();
    const titles = [...container.querySelectorAll('.sp-path-choice__button')].map(nameOf);
    expect(titles).toContain('Use a touch screen');
    expect(titles).toContain('Find local help with Signpost');
    expect(titles).not.toContain('Practice: sign in to a health website');
  });

  it('says progress is not saved, and saves nothing while the resident learns', async () => {
    const container = await openLearnAtHome();
    expect(says(container)).toBe('We are not saving your progress. If you leave this page, you will start again.');
    await doFirstStep(container);
    expect(nameOf(container.querySelector('h2')!)).toContain('Step 2 of 7');
    expect(await databaseNames()).toEqual([]);
  });

  it('remembers the steps done so far once asked, and offers to carry on next time', async () => {
    const container = await openLearnAtHome();
    await doFirstStep(container);
    await press(container, 'Remember my progress on this device');
    await until(() => says(container).startsWith('We are remembering'));
    expect(says(container)).toBe(
      'We are remembering your progress on this device. It stays in this web browser and is not sent anywhere.',
    );
    expect(await databaseNames()).toEqual([LEARN_AT_HOME_DATABASE]);

    const nextVisit = await openLearnAtHome();
    await until(() => buttonCalled(nextVisit, 'Carry on where I left off') !== undefined);
    expect(says(nextVisit)).toBe('You asked us to remember your progress on this device before.');
    await press(nextVisit, 'Carry on where I left off');
    await pressWhenShown(nextVisit, 'Use a touch screen');
    // The path opens after its saved progress is read: until then there is no step heading.
    await until(() => nameOf(nextVisit.querySelector('h2') ?? nextVisit).includes('Step 2 of 7'));
  });

  it('asks before forgetting, and keeps everything when the resident says keep', async () => {
    const container = await openLearnAtHome();
    await press(container, 'Remember my progress on this device');
    await pressWhenShown(container, 'Forget my progress');
    expect(nameOf(focused(container))).toBe('Forget your progress on this device?');
    await press(container, 'Keep my progress');
    expect(nameOf(focused(container))).toBe('Forget my progress');
    expect(await databaseNames()).toEqual([LEARN_AT_HOME_DATABASE]);
  });

  it('erases the progress on "Yes, erase", closes the open path and says so', async () => {
    const container = await openLearnAtHome();
    await press(container, 'Remember my progress on this device');
    await doFirstStep(container);
    await press(container, 'Forget my progress');
    await press(container, 'Yes, erase');
    await until(() => says(container).startsWith('We have forgotten'));
    expect(says(container)).toBe('We have forgotten your progress. Nothing is saved on this device.');
    expect(nameOf(focused(container))).toBe(says(container));
    expect(nameOf(container.querySelector('h2')!)).toBe('Learning paths');
    expect(await databaseNames()).toEqual([]);
  });
});
