import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createOwnPathsStore } from '../../../entrypoints/options/own-paths-store.ts';
import { OwnPathsSection } from '../../../entrypoints/options/own-paths-section.tsx';
import type { PointedAt } from '../../../extension/point-in-new-tab.ts';
import { checkPath } from '../../../shared/paths/check-path.ts';
import type { LearningPath } from '../../../shared/paths/learning-path.ts';
import { buildOrganisationFile, checkOrganisationFile } from '../../../shared/paths/organisation-file.ts';
import type { StepFix } from '../../../shared/paths/step-fix.ts';
import { organisationStore, type OrganisationStore } from '../../../shared/store/organisation-store.ts';
import { examplePath, exampleStep } from '../../shared/paths/example-path.ts';
import { TEST_NOW, valueOf } from '../../shared/store/test-store.ts';
import { buttonCalled, nameOf, press, show } from '../../shared/ui/render-for-test.tsx';

const builtIn: LearningPath = examplePath({
  id: 'press-the-button',
  title: 'Press the button',
  steps: [
    exampleStep('read-first'),
    exampleStep('press-it', { onPage: { site: 'http://localhost', action: 'click' }, title: 'Press it' }),
  ],
});
const fix: StepFix = {
  pathId: 'press-the-button',
  stepId: 'press-it',
  onPage: {
    site: 'http://localhost',
    page: '/late.html',
    action: 'click',
    target: { role: 'button', name: 'Continue' },
  },
  taught: '2025-06-01',
};

let databases = 0;

/** The Paths section over a fresh database holding what `before` saves, with a file saver and a pointer the test controls. */
async function showSection(
  pointed: PointedAt = { ok: false, message: 'Nothing to point at.' },
  before: (store: OrganisationStore) => Promise<unknown> = async () => undefined,
) {
  const store = organisationStore(`own-paths-test-${(databases += 1)}`);
  await before(store);
  const files: { fileName: string; text: string }[] = [];
  const announced = vi.fn(async () => true);
  const paths = createOwnPathsStore({
    store,
    builtIn: [builtIn],
    organisationName: async () => 'Central Library',
    announce: announced,
    saveFile: (fileName, text) => files.push({ fileName, text }),
    now: () => TEST_NOW,
  });
  const pointAt = vi.fn(async () => pointed);
  const root = await show(<OwnPathsSection store={paths} pointAt={pointAt} />);
  await settle();
  return { root, store, files, announced, pointAt };
}

async function type(root: HTMLElement, id: string, text: string): Promise<void> {
  const box = root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)!;
  await act(() => {
    box.value = text;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Lets the editor's part (with the readability libraries) and the database finish loading. */
const settle = () => act(() => new Promise((done) => setTimeout(done, 50)));

async function openEditor(root: HTMLElement, button: string): Promise<void> {
  await press(root, button);
  await vi.waitFor(() => expect(root.querySelector('#path-title')).not.toBeNull());
}

async function fillInGoodPath(root: HTMLElement): Promise<void> {
  await type(root, 'path-title', 'Find our library app');
  await type(root, 'path-goal', 'I want to find the library app on my phone.');
  await type(root, 'step-1-title', 'Open the app');
  await type(root, 'step-1-say', 'Tap the library app. It has a blue book on it.');
  await type(root, 'step-1-tip', 'Let them find it.');
  await type(root, 'step-1-stuck', 'Ask your helper to show you once.');
}

beforeEach(() => fakeBrowser.reset());

describe("the options page's Paths section", () => {
  it('makes a new path, shows the reading age as each step is typed, and saves it ready for the side panel', async () => {
    const { root, store, announced } = await showSection();
    expect(root.textContent).toContain('You have no paths of your own yet.');
    await openEditor(root, 'Make a new path');
    await fillInGoodPath(root);
    expect(nameOf(root.querySelector('#step-1-say-hint')!)).toMatch(/^Reading age [\d.]+: good\.$/);
    await type(root, 'step-1-say', 'Subsequently, authenticate utilising multifactor verification methodology.');
    expect(nameOf(root.querySelector('#step-1-say-hint')!)).toMatch(/: too hard\./);
    await type(root, 'step-1-say', 'Tap the library app. It has a blue book on it.');

    await press(root, 'Save this path');
    await settle();
    expect(root.textContent).toContain('Saved. "Find our library app" is ready: the side panel offers it now.');
    const [saved] = valueOf(await store.listPaths());
    expect(saved).toMatchObject({ id: 'find-our-library-app', ready: true });
    expect(checkPath(saved!.json, { knownPathIds: ['press-the-button'], metAlone: false }).ok).toBe(true);
    expect((saved!.json as LearningPath).madeBy).toBe('Central Library');
    expect(announced).toHaveBeenCalled();
  });

  it('saves a half-done path as not ready, keeping what was typed, and says what to fix and where', async () => {
    const { root, store } = await showSection();
    await openEditor(root, 'Make a new path');
    await type(root, 'path-title', 'Half done');
    await press(root, 'Save this path');
    await settle();
    expect(root.textContent).toContain("Saved, but not ready yet. Learners won't see it until you fix");
    const problems = [...root.querySelectorAll('.sp-path-problems li')].map(nameOf);
    expect(problems).toContain('Step 1, What to say: What to say is empty.');
    expect(problems).toContain('Step 1, If they are stuck: The help text is empty.');
    expect(root.querySelector<HTMLInputElement>('#path-title')!.value).toBe('Half done');
    expect(valueOf(await store.listPaths())).toMatchObject([{ id: 'half-done', ready: false }]);
    await press(root, 'Back to your paths');
    expect(root.textContent).toContain('Half done. Not ready yet: it has problems to fix.');
  });

  it('teaches a step its place on the web by pointing, and keeps what was pointed at', async () => {
    const { root, store, pointAt } = await showSection({
      ok: true,
      target: { role: 'button', name: 'Continue', alsoNamed: ['Go on'] },
      page: { site: 'http://localhost', page: '/late.html' },
    });
    await openEditor(root, 'Make a new path');
    await fillInGoodPath(root);
    await type(root, 'step-1-address', 'http://localhost:8080/late.html');
    await press(root, 'Open the page and point to it for step 1');
    expect(pointAt).toHaveBeenCalledWith(
      'http://localhost:8080/late.html',
      expect.stringContaining('Teach Signpost step 1, Open the app'),
    );
    expect(root.textContent).toContain("Learnt: the 'Continue' button on localhost.");
    await press(root, 'Save this path');
    await settle();
    const json = valueOf(await store.listPaths())[0]!.json as LearningPath;
    expect(json.steps[0]!.onPage).toEqual({
      site: 'http://localhost',
      page: '/late.html',
      action: 'click',
      target: { role: 'button', name: 'Continue', alsoNamed: ['Go on'] },
    });
  });

  it('says plainly when pointing did not work, and keeps the step as it was', async () => {
    const { root } = await showSection({ ok: false, message: 'Signpost may not use example.org.' });
    await openEditor(root, 'Make a new path');
    await type(root, 'step-1-address', 'https://example.org/');
    await press(root, 'Open the page and point to it for step 1');
    expect(root.textContent).toContain('Signpost may not use example.org.');
    expect(buttonCalled(root, 'Take this step off the web (step 1)')).toBeUndefined();
  });

  it('starts from a copy of a built-in path, with what helpers taught Signpost in its steps', async () => {
    const { root, store } = await showSection(undefined, (store) => store.saveFix(fix));
    await openEditor(root, 'Copy it');
    expect(root.querySelector<HTMLInputElement>('#path-title')!.value).toBe('Press the button');
    expect(root.querySelector<HTMLInputElement>('#step-2-address')!.value).toBe('http://localhost/late.html');
    await press(root, 'Save this path');
    await settle();
    const [copy] = valueOf(await store.listPaths());
    expect(copy!.id).toBe('press-the-button-our-copy');
    expect((copy!.json as LearningPath).steps[1]!.onPage?.target).toEqual({ role: 'button', name: 'Continue' });
  });

  it('lists what helpers taught, and goes back to the built-in step when asked', async () => {
    const { root, store } = await showSection(undefined, (store) =>
      store.saveFix({ ...fix, lastSeenWorking: '2025-06-20' }),
    );
    expect(root.textContent).toContain(
      "Press the button, step 2 (Press it): the 'Continue' button on localhost. Taught on 1 June 2025. Show me last found it on 20 June 2025.",
    );
    await press(
      root,
      "Go back to the built-in step for Press the button, step 2 (Press it): the 'Continue' button on localhost. Taught on 1 June 2025. Show me last found it on 20 June 2025.",
    );
    await settle();
    expect(valueOf(await store.listFixes())).toEqual([]);
  });

  it('saves the ready paths and every fix in one file that check-path accepts, naming a path left out', async () => {
    const { root, files } = await showSection(undefined, async (store) => {
      await store.savePath({
        id: 'ours',
        json: examplePath({ id: 'ours', madeBy: 'Central Library' }),
        savedAt: '',
        ready: true,
      });
      await store.savePath({ id: 'draft', json: { id: 'draft', title: 'Still writing' }, savedAt: '', ready: false });
      await store.saveFix(fix);
    });
    await press(root, 'Save your paths to a file');
    await settle();
    expect(files).toHaveLength(1);
    expect(files[0]!.fileName).toBe('signpost-paths-2025-06-30.json');
    const checked = checkOrganisationFile(JSON.parse(files[0]!.text), [builtIn], checkPath);
    expect(checked.problems).toEqual([]);
    expect(checked.paths.map((path) => path.id)).toEqual(['ours']);
    expect(checked.fixes).toEqual([fix]);
    expect(checked.organisation).toBe('Central Library');
    expect(root.textContent).toContain('Not ready yet, so left out: "Still writing".');
  });

  it('opens a file: says what it holds first, asks which to keep when something is already here, then saves', async () => {
    const { root, store } = await showSection(undefined, (store) =>
      store.savePath({ id: 'ours', json: examplePath({ id: 'ours', title: 'Mine' }), savedAt: '', ready: true }),
    );
    const file = buildOrganisationFile(
      'Highfield Library',
      [examplePath({ id: 'ours', title: 'Theirs' }), examplePath({ id: 'new-one', title: 'New one' })],
      [fix],
      TEST_NOW,
    );
    const broken = { ...file, paths: [...file.paths, { id: 'broken' }] };
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', {
      value: [new File([JSON.stringify(broken)], 'from-highfield.json')],
      configurable: true,
    });
    await act(() => void input.dispatchEvent(new Event('change')));
    await vi.waitFor(() => expect(root.querySelector('.sp-directory-report')).not.toBeNull());
    const report = nameOf(root.querySelector('.sp-directory-report')!);
    expect(report).toContain('From Highfield Library: 2 paths and 1 fix ready to use.');
    expect(report).toContain('Left out, and why');
    expect(report).toContain('You already have the path "Theirs". Which do you keep?');
    expect(valueOf(await store.listPaths()).map((path) => path.id)).toEqual(['ours']);

    const useFile = [...root.querySelectorAll('label')].find(
      (label) => label.textContent === 'Use the one in the file',
    )!;
    await act(() => void useFile.querySelector('input')!.click());
    await press(root, 'Save');
    await settle();
    expect(root.textContent).toContain('Saved 2 paths and 1 fix from from-highfield.json.');
    const saved = valueOf(await store.listPaths());
    expect(saved.map((path) => [path.id, (path.json as LearningPath).title])).toEqual([
      ['new-one', 'New one'],
      ['ours', 'Theirs'],
    ]);
    expect(valueOf(await store.listFixes())).toEqual([fix]);
  });

  it('keeps its own path in a clash unless asked, and refuses a file that is not one of paths', async () => {
    const { root, store } = await showSection();
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    Object.defineProperty(input, 'files', { value: [new File(['{ not json'], 'notes.txt')], configurable: true });
    await act(() => void input.dispatchEvent(new Event('change')));
    await vi.waitFor(() => expect(root.querySelector('[role="alert"] p')).not.toBeNull());
    expect(root.textContent).toContain("notes.txt is not a file of Signpost paths: Signpost can't read it.");
    expect(valueOf(await store.listPaths())).toEqual([]);
  });
});
