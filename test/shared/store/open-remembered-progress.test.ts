import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  forgetRememberedProgress,
  openRememberedProgress,
  rememberedProgressExists,
  type RememberedProgress,
} from '../../../shared/store/open-remembered-progress.ts';

const DATABASE = 'remembered-progress-test';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

async function opened(): Promise<RememberedProgress> {
  const result = await openRememberedProgress(DATABASE);
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

describe('remembered progress on a resident’s own device', () => {
  it('is not there until it is first opened, and looking does not create it', async () => {
    expect(await rememberedProgressExists(DATABASE)).toBe(false);
    expect(await indexedDB.databases()).toEqual([]);
    (await opened()).close();
    expect(await rememberedProgressExists(DATABASE)).toBe(true);
  });

  it('gives back how each step went, and nothing for a path never saved', async () => {
    const progress = await opened();
    await progress.save('setting-up-email', { 'choose-a-provider': 'done' });
    expect(await progress.get('setting-up-email')).toEqual({ ok: true, value: { 'choose-a-provider': 'done' } });
    expect(await progress.get('video-calling-family')).toEqual({ ok: true, value: {} });
  });

  it('adds progress made before, keeping the furthest the resident got on each step', async () => {
    const progress = await opened();
    await progress.save('setting-up-email', { 'choose-a-provider': 'needed-help', 'pick-a-name': 'done' });
    const added = await progress.addProgress(
      new Map([['setting-up-email', { 'choose-a-provider': 'done' as const, 'pick-a-name': 'skipped' as const }]]),
    );
    expect(added.ok).toBe(true);
    expect(await progress.get('setting-up-email')).toEqual({
      ok: true,
      value: { 'choose-a-provider': 'done', 'pick-a-name': 'done' },
    });
  });

  it('reads a record another script on the site spoiled as nothing saved', async () => {
    (await opened()).close();
    const db = await openDB(DATABASE);
    await db.put('progress', { 'choose-a-provider': '<img src=x onerror=alert(1)>' }, 'setting-up-email');
    db.close();
    expect(await (await opened()).get('setting-up-email')).toEqual({ ok: true, value: {} });
  });

  it('is gone, database and all, once forgotten', async () => {
    const progress = await opened();
    await progress.save('setting-up-email', { 'choose-a-provider': 'done' });
    progress.close();
    expect(await forgetRememberedProgress(DATABASE)).toEqual({ ok: true, value: undefined });
    expect(await rememberedProgressExists(DATABASE)).toBe(false);
  });
});
