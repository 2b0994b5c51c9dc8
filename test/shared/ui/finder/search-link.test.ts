import { describe, expect, it } from 'vitest';
import { searchFromLink, searchLink } from '../../../../shared/ui/finder/search-link.ts';

const practicePage = 'https://www.example-practice.nhs.uk/help?tab=local#contact';

describe('a short link to a search', () => {
  it('holds the postcode district and the kinds of help, never the full postcode', () => {
    const link = searchLink(practicePage, { postcode: 's1 2he', categories: ['food', 'housing'] });
    expect(link).toBe('https://www.example-practice.nhs.uk/help?tab=local#signpost=S1/food,housing');
    expect(link).not.toContain('2HE');
  });

  it('keeps only the district of postcodes of every shape', () => {
    const districts = ['SW1A 1AA', 'M11AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', 'S1'].map(
      (postcode) => searchLink(practicePage, { postcode, categories: [] })?.split('#')[1],
    );
    expect(districts).toEqual([
      'signpost=SW1A/',
      'signpost=M1/',
      'signpost=B33/',
      'signpost=CR2/',
      'signpost=DN55/',
      'signpost=S1/',
    ]);
  });

  it('is not offered for a search by location, which has no postcode', () => {
    expect(searchLink(practicePage, { postcode: '', categories: ['food'] })).toBeUndefined();
  });

  it("is not offered on a page that isn't on the web, like an extension's panel", () => {
    expect(
      searchLink('chrome-extension://abcdef/sidepanel.html', { postcode: 'S1 2HE', categories: [] }),
    ).toBeUndefined();
  });

  it('opens as the same search', () => {
    const link = searchLink(practicePage, { postcode: 'S10 2HE', categories: ['digital-skills'] })!;
    expect(searchFromLink(link)).toEqual({ outcode: 'S10', categories: ['digital-skills'] });
  });

  it('opens a search for any kind of help when the link names none', () => {
    expect(searchFromLink('https://example.org/#signpost=s1/')).toEqual({ outcode: 'S1', categories: [] });
    expect(searchFromLink('https://example.org/#signpost=S1')).toEqual({ outcode: 'S1', categories: [] });
  });

  it('leaves out kinds of help it does not know, and repeats', () => {
    expect(searchFromLink('https://example.org/#signpost=S1/food,weapons,food')).toEqual({
      outcode: 'S1',
      categories: ['food'],
    });
  });

  it('ignores links that were not made by Signpost or were tampered with', () => {
    const hostile = [
      'https://example.org/',
      'https://example.org/#contact',
      'https://example.org/#signpost=',
      'https://example.org/#signpost=S1 2HE/food',
      'https://example.org/#signpost=S12HE/food',
      'https://example.org/#signpost=<img src=x onerror=alert(1)>/food',
      'https://example.org/#signpost=javascript:alert(1)',
      'https://example.org/#signpost=S1/food%3Cscript%3E',
      'https://example.org/#signpost=S1/food&x=1',
      `https://example.org/#signpost=S1/${'a,'.repeat(5000)}`,
    ];
    expect(hostile.map(searchFromLink)).toEqual(hostile.map(() => undefined));
  });
});
