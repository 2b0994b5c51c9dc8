import { describe, expect, it } from 'vitest';
import { resultsAnnouncement } from '../../../../shared/ui/finder/results-announcement.ts';
import type { SupportResults } from '../../../../shared/ui/services.ts';
import { resourceAt } from '../../find/resource-at.ts';

const near = (places: number, remote: number): SupportResults => ({
  ok: true,
  placeLabel: 'S1 2HE',
  radiusMiles: 10,
  nearby: Array.from({ length: places }, (_, index) => ({ resource: resourceAt(`p${index}`, index), miles: index })),
  remote: Array.from({ length: remote }, (_, index) => ({ resource: resourceAt(`r${index}`, null) })),
});

describe('what a screen reader hears when results arrive', () => {
  it('counts places and phone or online help in plain words', () => {
    expect(resultsAnnouncement(near(3, 2))).toBe(
      'Found 3 places near S1 2HE, and 2 ways to get help by phone or online.',
    );
    expect(resultsAnnouncement(near(1, 1))).toBe(
      'Found 1 place near S1 2HE, and 1 way to get help by phone or online.',
    );
  });

  it('does not mention phone help when there is none', () => {
    expect(resultsAnnouncement(near(2, 0))).toBe('Found 2 places near S1 2HE.');
  });

  it('reads out the problem when the postcode could not be used', () => {
    expect(
      resultsAnnouncement({ ok: false, message: 'Did you mean S1 2HE?', suggestions: ['S1 2HE'], remote: [] }),
    ).toBe('Did you mean S1 2HE?');
  });
});
