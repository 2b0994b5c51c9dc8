import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { settingSignal } from '../../extension/setting-signal.ts';
import { organisationName, textSize } from '../../extension/settings.ts';

describe('a setting followed by the side panel', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('starts from the default, then shows what the options page saved', async () => {
    await organisationName.set('Hillsborough Library');
    const name = settingSignal(organisationName);
    expect(name.value).toBe('');
    await expect.poll(() => name.value).toBe('Hillsborough Library');
  });

  it('follows a change made on the options page while the panel is open', async () => {
    const size = settingSignal(textSize);
    await textSize.set('larger');
    await expect.poll(() => size.value).toBe('larger');
  });
});
