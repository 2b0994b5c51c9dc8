import { deleteDB, openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  LOCAL_DIRECTORY_DATABASE,
  loadLocalDirectory,
  removeLocalDirectory,
  saveLocalDirectory,
  savedLocalDirectory,
} from '../../extension/local-directory.ts';
import type { Resource } from '../../shared/directory/resource.ts';

const NOW = new Date('2026-11-02T10:00:00Z');

function resource(id: string): Resource {
  return {
    id,
    name: `Drop-in ${id}`,
    description: 'Help with phones.',
    categories: ['digital-skills'],
    place: { latitude: 53.38, longitude: -1.47, postcode: 'S1 2HE' },
    contact: { website: 'https://example.org/' },
    free: true,
    lastVerified: '2026-10-01',
    source: 'Test',
  };
}

beforeEach(async () => {
  await deleteDB(LOCAL_DIRECTORY_DATABASE);
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the local directory on this device', () => {
  it('is empty until a list is saved', async () => {
    expect(await loadLocalDirectory()).toEqual([]);
    expect(await savedLocalDirectory()).toEqual({ ok: true, value: undefined });
  });

  it('gives back the saved list, its file name and when it was saved', async () => {
    const saved = await saveLocalDirectory({ fileName: 'library.csv', resources: [resource('a'), resource('b')] }, NOW);
    expect(saved.ok).toBe(true);
    expect((await loadLocalDirectory()).map((item) => item.id)).toEqual(['a', 'b']);
    const now = await savedLocalDirectory();
    expect(now.ok && now.value).toMatchObject({ fileName: 'library.csv', savedAt: '2026-11-02T10:00:00.000Z' });
  });

  it('replaces the list saved before', async () => {
    await saveLocalDirectory({ fileName: 'old.csv', resources: [resource('old')] }, NOW);
    await saveLocalDirectory({ fileName: 'new.csv', resources: [resource('new')] }, NOW);
    expect((await loadLocalDirectory()).map((item) => item.id)).toEqual(['new']);
  });

  it('removes the list, and removing twice is fine', async () => {
    await saveLocalDirectory({ fileName: 'library.csv', resources: [resource('a')] }, NOW);
    expect(await removeLocalDirectory()).toEqual({ ok: true, value: undefined });
    expect(await removeLocalDirectory()).toEqual({ ok: true, value: undefined });
    expect(await loadLocalDirectory()).toEqual([]);
  });

  it('says kindly that the device is full, and keeps the list saved before', async () => {
    await saveLocalDirectory({ fileName: 'old.csv', resources: [resource('old')] }, NOW);
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const saved = await saveLocalDirectory({ fileName: 'new.csv', resources: [resource('new')] }, NOW);
    vi.restoreAllMocks();
    expect(saved).toMatchObject({ ok: false, kind: 'full', message: expect.stringContaining('Free some space') });
    expect((await loadLocalDirectory()).map((item) => item.id)).toEqual(['old']);
  });

  it('leaves out saved records that are broken, and reads a record of an unknown version as nothing saved', async () => {
    await saveLocalDirectory({ fileName: 'library.csv', resources: [resource('good')] }, NOW);
    const db = await openDB(LOCAL_DIRECTORY_DATABASE, 1);
    const record = await db.get('directory', 'saved');
    await db.put('directory', { ...record, resources: [...record.resources, { id: 'broken', name: 42 }] }, 'saved');
    expect((await loadLocalDirectory()).map((item) => item.id)).toEqual(['good']);
    await db.put('directory', { ...record, version: 9 }, 'saved');
    db.close();
    expect(await loadLocalDirectory()).toEqual([]);
  });
});
