import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  defaultPostcodeArea,
  forgetAllSettings,
  lastSession,
  organisationName,
  resumeRequested,
  shownPathIds,
  textSize,
} from '../../extension/settings.ts';

describe('settings', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('gives the defaults when nothing has been saved', async () => {
    expect(await organisationName.get()).toBe('');
    expect(await defaultPostcodeArea.get()).toBe('');
    expect(await shownPathIds.get()).toBeNull();
    expect(await textSize.get()).toBe('normal');
    expect(await lastSession.get()).toBeNull();
    expect(await resumeRequested.get()).toBe(false);
  });

  it('reads back what was saved', async () => {
    await organisationName.set('Sheffield Central Library');
    await shownPathIds.set(['nhs-login']);
    await textSize.set('larger');
    await lastSession.set({ learnerId: 'l-1', pathId: 'nhs-login' });
    expect(await organisationName.get()).toBe('Sheffield Central Library');
    expect(await shownPathIds.get()).toEqual(['nhs-login']);
    expect(await textSize.get()).toBe('larger');
    expect(await lastSession.get()).toEqual({ learnerId: 'l-1', pathId: 'nhs-login' });
  });

  it('falls back to the default when what is stored is old or broken', async () => {
    await fakeBrowser.storage.local.set({
      organisationName: 42,
      textSize: 'huge',
      shownPathIds: ['nhs-login', 7],
      lastSession: { pathId: 'nhs-login' },
      resumeRequested: 'yes',
    });
    expect(await organisationName.get()).toBe('');
    expect(await textSize.get()).toBe('normal');
    expect(await shownPathIds.get()).toBeNull();
    expect(await lastSession.get()).toBeNull();
    expect(await resumeRequested.get()).toBe(false);
  });

  it('tells a watcher the checked new value when another page changes it', async () => {
    const seen: string[] = [];
    const stop = textSize.watch((size) => seen.push(size));
    await textSize.set('large');
    await fakeBrowser.storage.local.set({ textSize: 'enormous' });
    stop();
    expect(seen).toEqual(['large', 'normal']);
  });

  it('forgets every setting when asked to erase', async () => {
    await organisationName.set('Library');
    await lastSession.set({ learnerId: 'l-1' });
    await resumeRequested.set(true);
    await forgetAllSettings();
    expect(await organisationName.get()).toBe('');
    expect(await lastSession.get()).toBeNull();
    expect(await resumeRequested.get()).toBe(false);
  });
});
