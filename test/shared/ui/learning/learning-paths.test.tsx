import { describe, expect, it } from 'vitest';
import { LearningPaths } from '../../../../shared/ui/learning/learning-paths.tsx';
import { examplePath } from '../../paths/example-path.ts';
import { nameOf, press, recordingServices, show } from '../render-for-test.tsx';

describe('learning paths, from the list to the player and back', () => {
  it('opens a chosen path on its start screen and comes back to the list with focus on its heading', async () => {
    const root = await show(<LearningPaths paths={[examplePath()]} services={recordingServices().services} />);
    await press(root, 'Say hello');
    expect(nameOf(document.activeElement!)).toBe('Say hello');
    expect(document.activeElement?.tagName).toBe('H2');
    await press(root, 'Choose another path');
    expect(nameOf(document.activeElement!)).toBe('Learning paths');
  });

  it('picks a path up where it was left when it is opened again', async () => {
    const root = await show(<LearningPaths paths={[examplePath()]} services={recordingServices().services} />);
    await press(root, 'Say hello');
    await press(root, 'Start step 1');
    await press(root, 'I did it');
    await press(root, 'Choose another path');
    await press(root, 'Say hello');
    expect(nameOf(root.querySelector('h2')!)).toBe('Step 2 of 3: Wave');
  });

  it('keeps bigger text on from one path to the next', async () => {
    const root = await show(<LearningPaths paths={[examplePath()]} services={recordingServices().services} />);
    await press(root, 'Say hello');
    await press(root, 'Bigger text');
    await press(root, 'Choose another path');
    await press(root, 'Say hello');
    expect(root.querySelector('.sp-player')?.classList.contains('sp-large-text')).toBe(true);
  });

  it('offers paths from the picker it is given, and says which path was opened', async () => {
    const opened: string[] = [];
    const root = await show(
      <LearningPaths
        paths={[examplePath()]}
        services={recordingServices().services}
        picker={(onPick) => (
          <button type="button" onClick={() => onPick('example-path')}>
            Suggested: say hello
          </button>
        )}
        onPathOpened={(pathId) => opened.push(pathId)}
      />,
    );
    expect(root.textContent).not.toContain('Learning paths');
    await press(root, 'Suggested: say hello');
    expect(nameOf(root.querySelector('h2')!)).toBe('Say hello');
    expect(opened).toEqual(['example-path']);
  });

  it('opens the path it is asked to open straight away, as when carrying on the last session', async () => {
    const root = await show(
      <LearningPaths
        paths={[examplePath()]}
        services={recordingServices({ 'example-path': { first: 'done' } }).services}
        openPathId="example-path"
      />,
    );
    await press(root, 'Choose another path');
    await press(root, 'Say hello');
    expect(nameOf(root.querySelector('h2')!)).toBe('Step 2 of 3: Wave');
  });
});
