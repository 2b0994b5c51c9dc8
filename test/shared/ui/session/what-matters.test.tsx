import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { WhatMatters } from '../../../../shared/ui/session/what-matters.tsx';
import { buttonCalled, nameOf, press, show } from '../render-for-test.tsx';

describe('"What matters to you?"', () => {
  it('offers plain choices, and no path until one is chosen', async () => {
    const root = await show(<WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} />);
    expect([...root.querySelectorAll('.sp-what-matters__answers button')].map(nameOf)).toEqual([
      'Seeing my GP',
      'My medicines',
      'Keeping in touch with family',
      'Staying safe online',
      'Getting started',
      'Local help',
    ]);
    expect(root.querySelectorAll('.sp-what-matters > .sp-path-list')).toHaveLength(0);
  });

  it('suggests the paths that fit the choice, best first, and keeps the choice pressed in', async () => {
    const chosen = signal<string | undefined>(undefined);
    const root = await show(<WhatMatters paths={allPaths()} chosen={chosen} onPick={() => undefined} />);
    await press(root, 'Seeing my GP');
    expect(chosen.value).toBe('seeing-my-gp');
    expect(buttonCalled(root, 'Seeing my GP')?.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Suggested for "Seeing my GP", best first:');
    const suggested = [...root.querySelectorAll('.sp-what-matters > .sp-path-list .sp-path-choice__button')].map(
      nameOf,
    );
    expect(suggested.slice(0, 2).sort()).toEqual([
      'Book or ask for a GP appointment online',
      'See your GP health record',
    ]);
    expect(suggested).not.toContain('Video call your family');
  });

  it('opens the suggested path that is pressed', async () => {
    const picked: string[] = [];
    const root = await show(
      <WhatMatters paths={allPaths()} chosen={signal('staying-safe')} onPick={(pathId) => picked.push(pathId)} />,
    );
    await press(root, 'Stay safe online and spot scams');
    expect(picked).toEqual(['staying-safe-online']);
  });

  it('keeps every path one step away, folded below', async () => {
    const root = await show(<WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} />);
    expect(nameOf(root.querySelector('details summary')!)).toBe('See every learning path');
    expect(root.querySelectorAll('details .sp-path-choice__button')).toHaveLength(allPaths().length);
  });

  it('takes focus to its heading when asked, so a screen reader starts there', async () => {
    const root = await show(
      <WhatMatters paths={allPaths()} chosen={signal(undefined)} onPick={() => undefined} takeFocus />,
    );
    expect(document.activeElement).toBe(root.querySelector('h2'));
    expect(nameOf(document.activeElement!)).toBe('What matters to you?');
  });
});
