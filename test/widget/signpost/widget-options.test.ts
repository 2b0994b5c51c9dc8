import { afterEach, describe, expect, it, vi } from 'vitest';
import { widgetOptions } from '../../../widget/signpost/widget-options.ts';
import { optionsFromAttributes } from '../../../widget/signpost/options-from-attributes.ts';

/** A placeholder as a site owner would paste it: `<div data-signpost data-…>`. */
function placeholder(attributes: Record<string, string>): HTMLElement {
  const element = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

function warnings(): string[] {
  return vi.mocked(console.warn).mock.calls.map((call) => String(call[0]));
}

describe("the site owner's settings", () => {
  afterEach(() => vi.restoreAllMocks());

  it('reads every documented data- attribute', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = placeholder({
      'data-signpost': '',
      'data-directory': 'https://example.org/shards/index.json',
      'data-postcode': ' S1 2HE ',
      'data-categories': 'digital-skills, food',
      'data-radius': '5',
      'data-results': '8',
      'data-title': 'Help near the surgery',
      'data-lang': 'en',
      'data-theme': 'dark',
      'data-paths': 'no',
      'data-offer': 'Ask at reception, Tuesdays 2-4pm',
      'data-postcode-lookup': 'https://api.postcodes.io',
    });
    expect(optionsFromAttributes(element)).toEqual({
      directory: 'https://example.org/shards/index.json',
      postcode: 'S1 2HE',
      categories: ['digital-skills', 'food'],
      radiusMiles: 5,
      results: 8,
      title: 'Help near the surgery',
      lang: 'en',
      theme: 'dark',
      showPaths: false,
      offer: 'Ask at reception, Tuesdays 2-4pm',
      postcodeLookup: 'https://api.postcodes.io/',
    });
    expect(warnings()).toEqual([]);
  });

  it("uses the defaults when nothing is set: every category, English, the visitor's light or dark setting, Learn at home shown", () => {
    expect(widgetOptions({})).toEqual({ lang: 'en-GB', theme: 'auto', showPaths: true });
  });

  it('takes the same settings as values from Signpost.mount', () => {
    const options = widgetOptions({ radius: 2.5, results: 3, categories: ['housing'], paths: false });
    expect(options).toMatchObject({ radiusMiles: 2.5, results: 3, categories: ['housing'], showPaths: false });
  });

  it('reads a relative directory address against the page', () => {
    expect(widgetOptions({ directory: '/signpost/area-shards/index.json' }).directory).toBe(
      new URL('/signpost/area-shards/index.json', document.baseURI).href,
    );
  });

  it('warns the site owner about each bad value and keeps the default, without breaking', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const options = widgetOptions({
      directory: 'javascript:alert(1)',
      radius: 'far',
      results: '2.5',
      theme: 'purple',
      lang: 'English please',
      paths: 'maybe',
      postcodeLookup: 'mailto:someone@example.org',
    });
    expect(options).toEqual({ lang: 'en-GB', theme: 'auto', showPaths: true });
    expect(warnings()).toEqual([
      'Signpost: ignoring data-directory="javascript:alert(1)": not a web address (https://...).',
      'Signpost: ignoring data-radius="far": expected a number from 0.5 to 50.',
      'Signpost: ignoring data-results="2.5": expected a whole number from 1 to 50.',
      'Signpost: ignoring data-lang="English please": not a language tag such as en-GB.',
      'Signpost: ignoring data-theme="purple": expected auto, light or dark.',
      'Signpost: ignoring data-paths="maybe": expected yes or no.',
      'Signpost: ignoring data-postcode-lookup="mailto:someone@example.org": not a web address (https://...).',
    ]);
  });

  it('refuses a radius too small or too large to be useful', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(widgetOptions({ radius: '0' }).radiusMiles).toBeUndefined();
    expect(widgetOptions({ radius: '500' }).radiusMiles).toBeUndefined();
    expect(warnings()).toHaveLength(2);
  });

  it('leaves out unknown categories, and offers every category when none is left', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(widgetOptions({ categories: 'Food, cake, food' }).categories).toEqual(['food']);
    expect(widgetOptions({ categories: 'cake' }).categories).toBeUndefined();
    expect(warnings()).toEqual([
      'Signpost: ignoring data-categories="cake": not a category id (see the README).',
      'Signpost: ignoring data-categories="cake": not a category id (see the README).',
    ]);
  });

  it('treats blank text as not set', () => {
    expect(widgetOptions({ title: '   ', offer: '', postcode: ' ' })).toEqual({
      lang: 'en-GB',
      theme: 'auto',
      showPaths: true,
    });
  });

  it('refuses numbers that are not plain decimals, such as hex and exponents, and keeps the default', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = placeholder({ 'data-radius': '0x10', 'data-results': '-1e0' });
    expect(optionsFromAttributes(element)).toEqual({ lang: 'en-GB', theme: 'auto', showPaths: true });
    expect(widgetOptions({ radius: '1e1', results: ' 0x5 ' })).toEqual({
      lang: 'en-GB',
      theme: 'auto',
      showPaths: true,
    });
    expect(widgetOptions({ radius: ' 2.5 ', results: '12' })).toMatchObject({ radiusMiles: 2.5, results: 12 });
    expect(warnings()).toEqual([
      'Signpost: ignoring data-radius="0x10": expected a number from 0.5 to 50.',
      'Signpost: ignoring data-results="-1e0": expected a whole number from 1 to 50.',
      'Signpost: ignoring data-radius="1e1": expected a number from 0.5 to 50.',
      'Signpost: ignoring data-results=" 0x5 ": expected a whole number from 1 to 50.',
    ]);
  });

  it('says at once that a plain http postcode lookup would never be used, and leaves it off', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(widgetOptions({ postcodeLookup: 'http://postcodes.example.org' }).postcodeLookup).toBeUndefined();
    expect(widgetOptions({ postcodeLookup: 'http://127.0.0.1:8080' }).postcodeLookup).toBe('http://127.0.0.1:8080/');
    expect(warnings()).toEqual([
      'Signpost: ignoring data-postcode-lookup="http://postcodes.example.org/": a postcode is only sent over https.',
    ]);
  });

  describe('on a page that added settings to Object.prototype', () => {
    const inherited = ['postcodeLookup', 'directory', 'radius', 'categories', 'paths', 'title'] as const;
    afterEach(() => {
      for (const name of inherited) delete (Object.prototype as Record<string, unknown>)[name];
    });

    it('uses only the settings the site owner gave, enumerable or not', () => {
      const values = {
        postcodeLookup: 'https://lookup.example.org',
        directory: 'https://elsewhere.example.org/pack.json',
        radius: '50',
        categories: 'food',
        paths: 'no',
      };
      for (const [name, value] of Object.entries(values)) {
        Object.defineProperty(Object.prototype, name, {
          value,
          configurable: true,
          writable: true,
          enumerable: name !== 'radius',
        });
      }
      (Object.prototype as Record<string, unknown>).title = 'Not the heading';
      const defaults = { lang: 'en-GB', theme: 'auto', showPaths: true };
      expect(optionsFromAttributes(placeholder({ 'data-signpost': '' }))).toEqual(defaults);
      expect(widgetOptions({})).toEqual(defaults);
      expect(optionsFromAttributes(placeholder({ 'data-postcode': 'S1' })).postcodeLookup).toBeUndefined();
    });
  });
});
