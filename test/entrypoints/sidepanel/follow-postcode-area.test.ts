import { signal, type Signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { followPostcodeArea } from '../../../entrypoints/sidepanel/follow-postcode-area.ts';
import { createFinderStore } from '../../../shared/ui/finder/finder-store.ts';

function finderFollowing(area: Signal<string>) {
  const finder = createFinderStore(
    { searchSupport: async () => ({ ok: false, message: '', suggestions: [], remote: [] }) },
    () => area.peek(),
  );
  followPostcodeArea(finder, area);
  return finder;
}

describe('the postcode box following the area chosen on the options page', () => {
  it('shows the area once it has been read, and a new area chosen while the panel is open', () => {
    const area = signal('');
    const finder = finderFollowing(area);
    area.value = 'S';
    expect(finder.postcode.value).toBe('S');
    area.value = 'S1';
    expect(finder.postcode.value).toBe('S1');
  });

  it('never replaces a postcode the helper typed', () => {
    const area = signal('S');
    const finder = finderFollowing(area);
    finder.postcode.value = 'S10 2HE';
    area.value = 'M';
    expect(finder.postcode.value).toBe('S10 2HE');
  });

  it('leaves the box empty when the helper clears it', () => {
    const area = signal('S');
    const finder = finderFollowing(area);
    finder.postcode.value = '';
    expect(finder.postcode.value).toBe('');
  });

  it('starts the next person from the area chosen now, not the one when the panel opened', () => {
    const area = signal('S');
    const finder = finderFollowing(area);
    finder.postcode.value = 'S10 2HE';
    area.value = 'M';
    finder.forget();
    expect(finder.postcode.value).toBe('M');
  });
});
