import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { PathPicker } from '../../../../shared/ui/learning/path-picker.tsx';
import { examplePath } from '../../paths/example-path.ts';
import { nameOf, press, show } from '../render-for-test.tsx';

describe('choosing a learning path', () => {
  it('offers every built-in path as a button named by its title, under its topic', async () => {
    const root = await show(<PathPicker paths={allPaths()} onPick={() => undefined} />);
    const buttons = [...root.querySelectorAll('.sp-path-choice__button')].map(nameOf);
    expect([...buttons].sort()).toEqual(
      allPaths()
        .map((path) => path.title)
        .sort(),
    );
    expect([...root.querySelectorAll('h3')].map(nameOf)).toContain('The NHS online');
  });

  it('opens the path whose button is pressed', async () => {
    const picked: string[] = [];
    const path = examplePath({ title: 'Say hello', minutes: 5 });
    const root = await show(<PathPicker paths={[path]} onPick={(id) => picked.push(id)} />);
    expect(root.textContent).toContain('About 5 minutes');
    await press(root, 'Say hello');
    expect(picked).toEqual(['example-path']);
  });

  it('leaves focus alone on a fresh page, and takes it to its heading when coming back', async () => {
    const fresh = await show(<PathPicker paths={[examplePath()]} onPick={() => undefined} />);
    expect(fresh.contains(document.activeElement)).toBe(false);
    const back = await show(<PathPicker paths={[examplePath()]} onPick={() => undefined} takeFocus />);
    expect(document.activeElement).toBe(back.querySelector('h2'));
  });

  it('marks a practice path as safe to practise on', async () => {
    const root = await show(<PathPicker paths={[examplePath({ practice: true })]} onPick={() => undefined} />);
    expect(root.querySelector('.sp-path-choice__meta')?.textContent).toBe(
      'About 5 minutes. Practice: nothing is sent anywhere',
    );
  });

  it("marks an organisation's own path with the organisation's name, beside the built-in ones", async () => {
    const ours = examplePath({ id: 'our-path', title: 'Our library app', madeBy: 'Sheffield Central Library' });
    const root = await show(<PathPicker paths={[examplePath(), ours]} onPick={() => undefined} />);
    const meta = [...root.querySelectorAll('.sp-path-choice__meta')].map((line) => line.textContent);
    expect(meta).toEqual(['About 5 minutes', 'About 5 minutes. Made by Sheffield Central Library']);
  });
});
