import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  allDataErased,
  defaultPostcodeArea,
  forgetAllSettings,
  lastSession,
  localDirectoryChanged,
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

  it('tells a watcher each time the options page announces a change, even the same one twice', async () => {
    const heard = vi.fn();
    const stop = localDirectoryChanged.watch(heard);
    expect(await localDirectoryChanged.announce()).toBe(true);
    expect(await localDirectoryChanged.announce()).toBe(true);
    stop();
    expect(heard).toHaveBeenCalledTimes(2);
  });

  it('says nobody was told when the browser cannot save the announcement', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('The disk is full.'));
    expect(await allDataErased.announce()).toBe(false);
  });
});
