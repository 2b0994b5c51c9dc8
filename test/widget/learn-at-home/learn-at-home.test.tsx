import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { mountLearnAtHome } from '../../../widget/learn-at-home/mount-learn-at-home.tsx';
import { buttonCalled, nameOf, press } from '../../shared/ui/render-for-test.tsx';

/*
 * Learn at home is read by someone on their own (issue 13): every path, every step, the start screen and
 * the help when stuck, as the widget draws them, say nothing about a helper and show no tip for one.
 */

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

async function openLearnAtHome(): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  await act(async () => {
    mountLearnAtHome(container, { idPrefix: 'signpost-1', findHelp: () => undefined });
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
  return container;
}

async function until(shown: () => boolean): Promise<void> {
  for (let turns = 0; turns < 50 && !shown(); turns++) {
    await act(() => new Promise((resolve) => setTimeout(resolve, 5)));
  }
  expect(shown()).toBe(true);
}

/** Every word on screen, tidied, for checking. */
function textOf(container: HTMLElement): string {
  return nameOf(container);
}

describe('Learn at home speaks to someone on their own', () => {
  for (const path of allPaths().filter((candidate) => !candidate.practice)) {
    it(`${path.id}: no helper in any step, its help or its start screen, and no helper tips`, async () => {
      const container = await openLearnAtHome();
      await until(() => buttonCalled(container, path.title) !== undefined);
      await press(container, path.title);
      await until(() => buttonCalled(container, 'Start step 1') !== undefined);
      // "No" to every need shows the other way forward, which they read too.
      for (const no of [...container.querySelectorAll('button')].filter((button) => nameOf(button) === 'No')) {
        await act(() => no.click());
      }
      expect(textOf(container), `${path.id}, start screen`).not.toMatch(/\bhelpers?\b/i);
      await press(container, 'Start step 1');
      for (const [index, step] of path.steps.entries()) {
        await until(() => nameOf(container.querySelector('h2') ?? container).startsWith(`Step ${index + 1} of`));
        await press(container, 'I need help');
        const words = textOf(container);
        expect(words, `${path.id}, step ${index + 1} (${step.id})`).not.toMatch(/\bhelpers?\b/i);
        expect(container.querySelector('.sp-helper-tip'), `${path.id}, step ${index + 1}`).toBeNull();
        if (step.alone?.say !== undefined) expect(words).toContain(step.alone.say);
        if (index < path.steps.length - 1) await press(container, 'Next to step ' + (index + 2));
      }
    });
  }
});

describe('the question about keeping progress', () => {
  const stepHeading = (container: HTMLElement) => container.querySelector('h2.sp-step__title');
  /** Whether the question is drawn before the step in the page (above it) or after it (below). */
  function questionPlace(container: HTMLElement): 'above' | 'below' | 'none' {
    const question = container.querySelector('[aria-label="Your progress"]');
    const heading = stepHeading(container);
    if (question === null || heading === null) return 'none';
    return question.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING ? 'above' : 'below';
  }

  async function openFirstStep(container: HTMLElement): Promise<void> {
    await until(() => buttonCalled(container, 'Use a touch screen') !== undefined);
    await press(container, 'Use a touch screen');
    await until(() => buttonCalled(container, 'Start step 1') !== undefined);
    await press(container, 'Start step 1');
  }

  it('sits above the step until it is answered, then waits below it with Forget my progress', async () => {
    const container = await openLearnAtHome();
    await openFirstStep(container);
    expect(questionPlace(container)).toBe('above');
    await press(container, 'Remember my progress on this device');
    await until(() => questionPlace(container) === 'below');
    // Focus follows the answer to where it is now drawn, so a screen reader reads it.
    expect(nameOf((container.getRootNode() as ShadowRoot).activeElement!)).toMatch(/^We are remembering/);
    await press(container, 'I did it');
    expect(questionPlace(container)).toBe('below');
    expect(buttonCalled(container, 'Forget my progress')).toBeDefined();
  });

  it('goes below the step after "Not now", keeps nothing, and still offers to remember from the list', async () => {
    const container = await openLearnAtHome();
    await openFirstStep(container);
    await press(container, 'Not now');
    expect(questionPlace(container)).toBe('below');
    expect(buttonCalled(container, 'Not now')).toBeUndefined();
    expect((await indexedDB.databases()).length).toBe(0);
    await press(container, 'Choose another path');
    expect(buttonCalled(container, 'Remember my progress on this device')).toBeDefined();
  });

  it('keeps asking above each step while progress from an earlier visit waits for an answer', async () => {
    const first = await openLearnAtHome();
    await press(first, 'Remember my progress on this device');
    await until(() => buttonCalled(first, 'Forget my progress') !== undefined);
    const next = await openLearnAtHome();
    await until(() => buttonCalled(next, 'Carry on where I left off') !== undefined);
    await openFirstStep(next);
    expect(questionPlace(next)).toBe('above');
  });
});
