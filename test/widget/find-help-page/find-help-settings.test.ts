import { describe, expect, it } from 'vitest';
import { findHelpSettings } from '../../../widget/find-help-page/find-help-settings.ts';

describe('the whole-page finder’s settings', () => {
  it('takes how the search starts and looks from its address, over the page’s own', () => {
    const warnings: string[] = [];
    const settings = findHelpSettings(
      { title: 'Help near Riverside', postcode: 'S2' },
      '?postcode=S1+2HE&categories=food,housing&radius=5&results=10&theme=dark&paths=no',
      (warning) => warnings.push(warning),
    );
    expect({ ...settings }).toEqual({
      title: 'Help near Riverside',
      postcode: 'S1 2HE',
      categories: 'food,housing',
      radius: '5',
      results: '10',
      theme: 'dark',
      paths: 'no',
    });
    expect(warnings).toEqual([]);
  });

  it('never lets a link choose where data comes from, where a postcode goes, or the words residents read', () => {
    const warnings: string[] = [];
    const settings = findHelpSettings(
      { directory: '/signpost/area/index.json' },
      '?directory=https://elsewhere.example/pack.json&postcodeLookup=https://elsewhere.example&postcode-lookup=x&title=Call+0900&offer=Ring+us&__proto__=x',
      (warning) => warnings.push(warning),
    );
    expect({ ...settings }).toEqual({ directory: '/signpost/area/index.json' });
    expect(Object.getPrototypeOf(settings)).toBeNull();
    expect(warnings).toHaveLength(6);
    expect(warnings[0]).toBe(
      'find-help.html ignores "directory" in its address: only postcode, categories, radius, results, theme, paths can be set there.',
    );
  });
});
