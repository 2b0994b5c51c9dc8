import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  createConfiguratorChoices,
  defaultValues,
  POSTCODES_IO,
  type ConfiguratorValues,
} from '../../../widget/configurator/configurator-choices.ts';

const SCRIPT_URL = 'http://localhost:8080/signpost.js';

/** The form as it starts, with `changes` made. */
function values(changes: Partial<ConfiguratorValues> = {}): ConfiguratorValues {
  return { ...defaultValues(SCRIPT_URL), ...changes };
}

describe('the configurator’s choices as widget settings', () => {
  it('sets nothing when every choice is the widget’s default', () => {
    expect(checkChoices(values())).toEqual({ settings: {}, errors: {} });
  });

  it('tidies a postcode or area the way residents will see it', () => {
    expect(checkChoices(values({ postcode: ' s12he ' })).settings.postcode).toBe('S1 2HE');
    expect(checkChoices(values({ postcode: 's1' })).settings.postcode).toBe('S1');
  });

  it('says what is wrong with a postcode, and leaves it out of the preview', () => {
    const checked = checkChoices(values({ postcode: 'hello' }));
    expect(checked.errors.postcode).toBe(
      "That doesn't look like a postcode. A postcode looks like S1 2HE. Or leave this empty.",
    );
    expect(checked.settings.postcode).toBeUndefined();
  });

  it('asks for a full web address for the directory and for signpost.js', () => {
    const checked = checkChoices(values({ directory: 'javascript:alert(1)', scriptUrl: 'signpost.js' }));
    expect(checked.errors.directory).toBe(
      'Type the full web address of your directory, starting with https://, or leave this empty.',
    );
    expect(checked.errors.scriptUrl).toBe('Type the web address where signpost.js will be, starting with https://');
    expect(checked.settings.directory).toBeUndefined();
  });

  it('accepts an address on the same website, starting with /', () => {
    expect(checkChoices(values({ directory: '/signpost/shards/index.json' })).settings.directory).toBe(
      '/signpost/shards/index.json',
    );
  });

  it('turns hiding the learning paths and the online lookup into their settings', () => {
    const { settings } = checkChoices(
      values({ showPaths: false, postcodeLookup: true, theme: 'dark', radius: '5', categories: ['food'] }),
    );
    expect(settings).toEqual({
      paths: 'no',
      postcodeLookup: POSTCODES_IO,
      theme: 'dark',
      radius: '5',
      categories: ['food'],
    });
  });

  it('checks again whenever one choice changes', () => {
    const choices = createConfiguratorChoices(SCRIPT_URL);
    choices.fields.title.value = 'Help near Riverside';
    expect(choices.checked.value.settings).toEqual({ title: 'Help near Riverside' });
  });
});
