import { describe, expect, it } from 'vitest';
import type { LearningPath } from '../../../../../shared/paths/learning-path.ts';
import { createDisplayChoices } from '../../../../../shared/ui/learning/player/display-choices.ts';
import { PathPlayer } from '../../../../../shared/ui/learning/player/path-player.tsx';
import { RunTimeProvider } from '../../../../../shared/ui/run-time.tsx';
import { browserSpeaker, type Speaker } from '../../../../../shared/ui/learning/player/speaker.ts';
import { createPathStore } from '../../../../../shared/ui/learning/path-store.ts';
import type { StepOutcomes } from '../../../../../shared/store/progress.ts';
import { examplePath, exampleStep } from '../../../paths/example-path.ts';
import { buttonCalled, nameOf, press, recordingServices, show } from '../../render-for-test.tsx';

const now = () => new Date('2026-11-21T10:00:00.000Z');

interface PlayOptions {
  path?: LearningPath;
  /** Learn at home: someone on their own. */
  alone?: boolean;
  saved?: Record<string, StepOutcomes>;
  speaker?: Speaker;
  print?: () => void;
  paths?: readonly LearningPath[];
  opened?: string[];
}

/** Opens a path in the player as the side panel would, with progress kept in memory. */
async function play({
  path = examplePath(),
  saved = {},
  speaker,
  print,
  paths = [path],
  opened = [],
  alone,
}: PlayOptions = {}) {
  const { services, saves } = recordingServices(saved);
  const store = createPathStore(path, services, now);
  await store.open();
  const display = createDisplayChoices();
  const root = await show(
    <RunTimeProvider
      value={{
        speaker,
        localHelp: (categories) => <a href="#find-help">Find local help for {categories.join(', ') || 'anything'}</a>,
        print,
        alone,
      }}
    >
      <PathPlayer
        store={store}
        display={display}
        paths={paths}
        onOpenPath={(id) => opened.push(id)}
        onClose={() => undefined}
      />
    </RunTimeProvider>,
  );
  return { root, store, saves, display };
}

async function playFromStep1(options: PlayOptions = {}) {
  const played = await play(options);
  await press(played.root, 'Start step 1');
  return played;
}

function heading(root: HTMLElement): string {
  return nameOf(root.querySelector('h2')!);
}

/** A speaker that writes down what it was asked to do. */
function recordingSpeaker() {
  const said: string[] = [];
  let stops = 0;
  const speaker: Speaker = { speak: (text) => said.push(text), stop: () => (stops += 1) };
  return { speaker, said, stops: () => stops };
}

describe('the path player', () => {
  it('shows "Step 1 of 3" with the step title in the heading, and a progress bar at 1 of 3', async () => {
    const { root } = await playFromStep1();
    expect(heading(root)).toBe('Step 1 of 3: Wave');
    const progress = root.querySelector('progress')!;
    expect([progress.value, progress.max, progress.getAttribute('aria-label')]).toEqual([1, 3, 'Step 1 of 3']);
  });

  it('moves focus to the next step heading after "I did it", so a screen reader reads it', async () => {
    const { root } = await playFromStep1();
    await press(root, 'I did it');
    expect(document.activeElement?.tagName).toBe('H2');
    expect(nameOf(document.activeElement!)).toBe('Step 2 of 3: Wave');
  });

  it('records "I did it", "I did it with help" and "Skip this step" as the steps\' outcomes', async () => {
    const { root, store } = await playFromStep1();
    await press(root, 'I did it');
    await press(root, 'I need help');
    await press(root, 'I did it with help');
    await press(root, 'Skip this step');
    expect(store.progress.value.outcomes).toEqual({ first: 'done', second: 'needed-help', third: 'skipped' });
  });

  it('opens "If you\'re stuck" and moves focus there after "I need help"', async () => {
    const { root } = await playFromStep1();
    await press(root, 'I need help');
    const details = root.querySelector<HTMLDetailsElement>('details.sp-stuck')!;
    expect(details.open).toBe(true);
    expect(document.activeElement?.tagName).toBe('SUMMARY');
    expect(details.textContent).toContain(examplePath().steps[0]!.ifStuck.say);
    expect(buttonCalled(root, 'I need help')).toBeUndefined();
  });

  it('has no Back button on step 1 and no Next button on the last step', async () => {
    const { root } = await playFromStep1();
    const moves = () => [...root.querySelectorAll('.sp-step-actions__moves button')].map(nameOf);
    expect(moves()).toEqual(['Next to step 2']);
    await press(root, 'Next to step 2');
    await press(root, 'Next to step 3');
    expect(heading(root)).toBe('Step 3 of 3: Wave');
    expect(moves()).toEqual(['Back to step 2']);
    await press(root, 'Back to step 2');
    expect(heading(root)).toBe('Step 2 of 3: Wave');
  });

  it('says who does each step, and on a hands-off step that the helper steps back and why', async () => {
    const path = examplePath({
      steps: [
        exampleStep('together', { who: 'together' }),
        exampleStep('private', { who: 'hands-off', whyHandsOff: 'Your password is yours alone.' }),
      ],
    });
    const { root } = await playFromStep1({ path });
    expect(root.querySelector('.sp-who')?.textContent).toBe('You do this step together.');
    await press(root, 'I did it');
    expect(root.querySelector('.sp-who')?.textContent).toBe(
      'You do this step on your own. Your helper steps back and does not look. Your password is yours alone.',
    );
  });

  it('shows the helper tip apart, labelled for the helper', async () => {
    const { root } = await playFromStep1();
    const tip = root.querySelector('.sp-helper-tip')!;
    expect(nameOf(tip.querySelector('h3')!)).toBe('Tip for the helper');
    expect(tip.textContent).toContain('Let them do it.');
  });

  it('shows another way forward and local help when a need is missing, and still lets them start', async () => {
    const { root } = await play();
    expect(root.textContent).not.toContain('Ask at the library.');
    await press(root, 'No');
    expect(root.textContent).toContain('Ask at the library.');
    expect(root.textContent).toContain('Local support can help with this too.');
    expect(root.querySelector('a')?.textContent).toBe('Find local help for devices-and-data');
    expect(buttonCalled(root, 'No')?.getAttribute('aria-pressed')).toBe('true');
    await press(root, 'Start step 1');
    expect(heading(root)).toBe('Step 1 of 3: Wave');
  });

  it('hides the other way forward again when the resident says they have the thing', async () => {
    const { root } = await play();
    await press(root, 'No');
    await press(root, 'Yes, I have this');
    expect(root.textContent).not.toContain('Ask at the library.');
  });

  it('picks up at the first step not done', async () => {
    const { root } = await play({ saved: { 'example-path': { first: 'done' } } });
    expect(heading(root)).toBe('Step 2 of 3: Wave');
  });

  it('still lists what needed help and what to practise when a finished path is opened again', async () => {
    const path = examplePath({
      steps: [
        exampleStep('first', { title: 'Wave' }),
        exampleStep('second', { title: 'Smile' }),
        exampleStep('third', { title: 'Nod' }),
      ],
    });
    const { root } = await play({
      path,
      saved: { 'example-path': { first: 'done', second: 'needed-help', third: 'skipped' } },
    });
    expect(heading(root)).toBe('Well done! You finished: Say hello');
    const lists = [...root.querySelectorAll('.sp-finish__list')].map((list) =>
      [...list.querySelectorAll('li')].map(nameOf),
    );
    expect(lists).toEqual([
      ['Wave', 'Smile (with help)'],
      ['Smile', 'Nod'],
    ]);
  });

  it('ends on a summary listing what was done, what to practise and what to learn next', async () => {
    const next = examplePath({ id: 'using-a-touch-screen', title: 'Use a touch screen' });
    const path = examplePath({ next: ['using-a-touch-screen'] });
    const opened: string[] = [];
    const { root } = await playFromStep1({ path, paths: [path, next], opened });
    await press(root, 'I did it');
    await press(root, 'I need help');
    await press(root, 'I did it with help');
    await press(root, 'Skip this step');
    expect(heading(root)).toBe('Well done! You finished: Say hello');
    expect(document.activeElement?.tagName).toBe('H2');
    const lists = [...root.querySelectorAll('.sp-finish__list')].map((list) =>
      [...list.querySelectorAll('li')].map(nameOf),
    );
    expect(lists).toEqual([
      ['Wave', 'Wave (with help)'],
      ['Wave', 'Wave'],
      ['Use a touch screen Start Use a touch screen'],
    ]);
    await press(root, 'Start Use a touch screen');
    expect(opened).toEqual(['using-a-touch-screen']);
  });

  it('offers the resume code with its QR code as an image, and a Print button', async () => {
    const path = examplePath({ id: 'using-a-touch-screen' });
    let printed = 0;
    const { root } = await play({
      path,
      saved: { 'using-a-touch-screen': { first: 'done', second: 'done', third: 'done' } },
      print: () => (printed += 1),
    });
    const code = root.querySelector('.sp-resume__code')?.textContent ?? '';
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]+$/);
    const qr = root.querySelector('img')!;
    expect(qr.getAttribute('alt')).toBe(`QR code for ${code}`);
    expect(qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml,%3Csvg/);
    await press(root, 'Print this page');
    expect(printed).toBe(1);
  });

  it('says why there is no code for a path that cannot make one', async () => {
    const { root } = await play({ saved: { 'example-path': { first: 'done', second: 'done', third: 'done' } } });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.sp-resume')?.textContent).toContain('This path cannot be saved as a code.');
  });

  it('hides "Read aloud" when the browser cannot speak', async () => {
    const { root } = await playFromStep1({ speaker: browserSpeaker({}) });
    expect(buttonCalled(root, 'I did it')).toBeDefined();
    expect(buttonCalled(root, 'Read aloud')).toBeUndefined();
  });

  it('reads the step aloud, and stops reading when the step changes', async () => {
    const { speaker, said, stops } = recordingSpeaker();
    const { root } = await playFromStep1({ speaker });
    await press(root, 'Read aloud');
    expect(said).toEqual(['Wave. Lift your hand. Wave it from side to side. Smile at your friend. You do this step.']);
    expect(buttonCalled(root, 'Stop reading')).toBeDefined();
    const stopsBefore = stops();
    await press(root, 'I did it');
    expect(stops()).toBeGreaterThan(stopsBefore);
    expect(buttonCalled(root, 'Read aloud')).toBeDefined();
  });

  it('turns bigger text and high contrast on as pressed buttons', async () => {
    const { root, display } = await playFromStep1();
    await press(root, 'Bigger text');
    await press(root, 'High contrast');
    expect(buttonCalled(root, 'Bigger text')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('.sp-player')?.className).toBe('sp-player sp-large-text sp-high-contrast');
    expect([display.largeText.value, display.highContrast.value]).toEqual([true, true]);
    await press(root, 'High contrast');
    expect(root.querySelector('.sp-player')?.className).toBe('sp-player sp-large-text');
  });

  it('shows a problem saving progress as a status message, and keeps going', async () => {
    const store = createPathStore(examplePath(), recordingServices({}, true).services, now);
    await store.open();
    const root = await show(
      <PathPlayer
        store={store}
        display={createDisplayChoices()}
        paths={[]}
        onOpenPath={() => undefined}
        onClose={() => undefined}
      />,
    );
    await press(root, 'Start step 1');
    await press(root, 'I did it');
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Your device is full, so this was not saved. Free some space and try again.',
    );
    expect(heading(root)).toBe('Step 2 of 3: Wave');
  });
});

describe('what the champion sees, and what someone alone sees instead', () => {
  it('says on the start screen which steps make the path count as completed', async () => {
    const { root } = await play({ path: examplePath({ keySteps: ['first', 'third'] }) });
    expect(nameOf(root.querySelector('.sp-start__completion')!)).toBe(
      'Counts as completed when steps 1 and 3 are done, on their own or with help.',
    );
  });

  it('leaves out the count, the helper tip and the helper for someone on their own', async () => {
    const path = examplePath({
      steps: [
        exampleStep('talk', { who: 'together' }),
        exampleStep('secret', { who: 'hands-off', whyHandsOff: 'It is yours.' }),
      ],
    });
    const { root } = await play({ path, alone: true });
    expect(root.querySelector('.sp-start__completion')).toBeNull();
    await press(root, 'Start step 1');
    expect(root.querySelector('.sp-helper-tip')).toBeNull();
    expect(nameOf(root.querySelector('.sp-who')!)).toBe(
      'Read this, then do it your way. A friend or a local group can help if you want.',
    );
    await press(root, 'I need help');
    expect(nameOf(root.querySelector('.sp-stuck__asked')!)).toBe(
      'Here are some ideas. When you have done the step, choose "I did it with help".',
    );
    await press(root, 'I did it with help');
    expect(nameOf(root.querySelector('.sp-who')!)).toBe('You do this step on your own. Let no one watch. It is yours.');
  });
});

describe('the finish, for the champion', () => {
  it('says whether the path counts as completed, and which key steps are still to do', async () => {
    const path = examplePath({ keySteps: ['first', 'second'] });
    const completed = await play({
      path,
      saved: { 'example-path': { first: 'done', second: 'needed-help', third: 'skipped' } },
    });
    expect(nameOf(completed.root.querySelector('.sp-finish__completion')!)).toBe(
      'This path counts as completed: its key steps are done.',
    );
    const notYet = await play({ path, saved: { 'example-path': { first: 'done', second: 'skipped', third: 'done' } } });
    expect(nameOf(notYet.root.querySelector('.sp-finish__completion')!)).toBe(
      'Not completed yet. Key step still to do: Wave.',
    );
    const alone = await play({
      path,
      alone: true,
      saved: { 'example-path': { first: 'done', second: 'done', third: 'done' } },
    });
    expect(alone.root.querySelector('.sp-finish__completion')).toBeNull();
  });
});
