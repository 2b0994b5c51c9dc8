import { describe, expect, it } from 'vitest';
import {
  checkChoices,
  createConfiguratorChoices,
  defaultValues,
  POSTCODES_IO,
  type ConfiguratorValues,
} from '../../../widget/configurator/configurator-choices.ts';

/** The form as it starts, with `changes` made. */
function values(changes: Partial<ConfiguratorValues> = {}): ConfiguratorValues {
  return { ...defaultValues(), ...changes };
}

describe('the configurator’s choices as widget settings', () => {
  it('sets nothing when every choice is the widget’s default', () => {
    expect(checkChoices(values())).toEqual({ settings: {}, errors: {}, folder: '/signpost/' });
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

  it('asks for a full web address for the directory and for the files', () => {
    const checked = checkChoices(values({ directory: 'javascript:alert(1)', filesAddress: 'signpost.js' }));
    expect(checked.errors.directory).toBe(
      'Type the full web address of your directory, starting with https://, or leave this empty.',
    );
    expect(checked.errors.filesAddress).toBe(
      'Type the web address of the signpost folder on your website, like https://www.your-practice.nhs.uk/signpost/ or /signpost/',
    );
    expect(checked.settings.directory).toBeUndefined();
    expect(checked.folder).toBeUndefined();
  });

  it('takes the folder of the files, or of signpost.js, and needs a full address for a shared copy', () => {
    expect(checkChoices(values({ filesAddress: 'https://www.riverside.example/signpost' })).folder).toBe(
      'https://www.riverside.example/signpost/',
    );
    expect(checkChoices(values({ filesAddress: ' /widgets/signpost.js ' })).folder).toBe('/widgets/');
    const shared = checkChoices(values({ filesPlace: 'shared', filesAddress: '/signpost/' }));
    expect(shared.errors.filesAddress).toBe(
      'Type the full web address of the shared copy, starting with https://. Whoever looks after it can tell you.',
    );
    expect(checkChoices(values({ filesPlace: 'shared', filesAddress: 'https://icb.example/signpost/' })).folder).toBe(
      'https://icb.example/signpost/',
    );
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
    const choices = createConfiguratorChoices();
    choices.fields.title.value = 'Help near Riverside';
    expect(choices.checked.value.settings).toEqual({ title: 'Help near Riverside' });
  });
});
