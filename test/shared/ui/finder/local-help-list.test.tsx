import { describe, expect, it } from 'vitest';
import { createFinderStore } from '../../../../shared/ui/finder/finder-store.ts';
import { LocalHelpList } from '../../../../shared/ui/finder/local-help-list.tsx';
import type { SupportResults } from '../../../../shared/ui/services.ts';
import { resourceAt } from '../../find/resource-at.ts';
import { show } from '../render-for-test.tsx';

const results: SupportResults = {
  ok: true,
  placeLabel: 'S1 2HE',
  radiusMiles: 10,
  nearby: [
    { resource: resourceAt('food', 0.2, { name: 'Pantry', categories: ['food'] }), miles: 0.2 },
    ...[1, 2, 3, 4].map((miles) => ({
      resource: resourceAt(`skills-${miles}`, miles, {
        name: `Computer club ${miles}`,
        place: { latitude: 53.38, longitude: -1.47, address: ['1 High Street'], postcode: 'S1 1AA' },
      }),
      miles,
    })),
  ],
  remote: [
    {
      resource: resourceAt('line', null, {
        name: 'Helpline',
        categories: ['digital-skills'],
        contact: { phone: '0800 000 0000' },
      }),
    },
  ],
};

function finderWith(answer: SupportResults | undefined) {
  const finder = createFinderStore({ searchSupport: async () => answer! });
  finder.results.value = answer;
  return finder;
}

describe('local help on a summary', () => {
  it('lists the three nearest places that fit the path, and phone help, from the last search', async () => {
    const root = await show(
      <LocalHelpList finder={finderWith(results)} categories={['digital-skills']} findHref="#find-help" />,
    );
    const items = [...root.querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toEqual([
      'Computer club 1, 1 mile away. 1 High Street, S1 1AA. Phone 0114 273 4400',
      'Computer club 2, 2 miles away. 1 High Street, S1 1AA. Phone 0114 273 4400',
      'Computer club 3, 3 miles away. 1 High Street, S1 1AA. Phone 0114 273 4400',
      'Helpline. Phone 0800 000 0000',
    ]);
    expect(root.textContent).toContain('Near S1 2HE:');
    expect(root.querySelector('a')?.textContent).toBe('Find more local help');
  });

  it('offers the finder, not "more", when nothing from the last search fits the path', async () => {
    const root = await show(
      <LocalHelpList finder={finderWith(results)} categories={['housing']} findHref="#find-help" />,
    );
    expect(root.querySelectorAll('li')).toHaveLength(0);
    expect(root.querySelector('a')?.textContent).toBe('Find local help');
  });

  it('offers the finder when there has been no search yet', async () => {
    const root = await show(
      <LocalHelpList finder={finderWith(undefined)} categories={['food']} findHref="#find-help" />,
    );
    expect(root.querySelectorAll('li')).toHaveLength(0);
    expect(root.querySelector('a')?.getAttribute('href')).toBe('#find-help');
    expect(root.querySelector('a')?.textContent).toBe('Find local help');
  });

  it('lists the places the helper chose first, and never twice', async () => {
    const chosen = [
      results.nearby[1]!.resource,
      resourceAt('bus', null, { name: 'Community bus', contact: { phone: '0114 000 0000' } }),
    ];
    const root = await show(
      <LocalHelpList
        finder={finderWith(results)}
        categories={['digital-skills']}
        findHref="#find-help"
        chosen={chosen}
      />,
    );
    const items = [...root.querySelectorAll('li')].map((item) => item.textContent);
    expect(items.slice(0, 2)).toEqual([
      'Computer club 1. 1 High Street, S1 1AA. Phone 0114 273 4400',
      'Community bus. Phone 0114 000 0000',
    ]);
    expect(items.filter((item) => item?.startsWith('Computer club 1'))).toHaveLength(1);
    expect(root.textContent).toContain('More places near S1 2HE:');
  });

  it('lists the places the helper chose even before any search', async () => {
    const root = await show(
      <LocalHelpList
        finder={finderWith(undefined)}
        categories={[]}
        findHref="#find-help"
        chosen={[results.remote[0]!.resource]}
      />,
    );
    expect([...root.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Helpline. Phone 0800 000 0000']);
    expect(root.querySelector('a')?.textContent).toBe('Find more local help');
  });

  it('keeps the link to the finder off paper, where it goes nowhere, but prints the places', async () => {
    const listed = await show(
      <LocalHelpList finder={finderWith(results)} categories={['digital-skills']} findHref="#find-help" />,
    );
    expect(listed.querySelector('a')?.closest('.sp-no-print')).not.toBeNull();
    expect(listed.querySelector('li')?.closest('.sp-no-print')).toBeNull();
    const empty = await show(
      <LocalHelpList finder={finderWith(undefined)} categories={['food']} findHref="#find-help" />,
    );
    expect(empty.querySelector('a')?.closest('.sp-no-print')).not.toBeNull();
  });
});
