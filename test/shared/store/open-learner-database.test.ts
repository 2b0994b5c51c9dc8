import { openDB } from 'idb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LEARNER_DB_VERSION } from '../../../shared/store/migrations.ts';
import { openLearnerDatabase } from '../../../shared/store/open-learner-database.ts';
import { freshDatabaseName, openOldDatabase, openTestStore, valueOf } from './test-store.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('openLearnerDatabase', () => {
  it('says another tab is in the way, at once, when an older Signpost there will not let go', async () => {
    const name = freshDatabaseName();
    // The other tab: the first release, which never closes its connection for an upgrade.
    const otherTab = await openOldDatabase(name, 1);
    expect(await openLearnerDatabase(name)).toEqual({
      ok: false,
      kind: 'blocked',
      message:
        'Another Signpost page is open with an older version, so Signpost cannot update your saved learners yet. They are safe. Close other Signpost pages, then try again.',
    });
    otherTab.close();
  });

  it('opens once the other tab has closed', async () => {
    const name = freshDatabaseName();
    const otherTab = await openOldDatabase(name, 1);
    await openLearnerDatabase(name);
    otherTab.close();
    const opened = valueOf(await openLearnerDatabase(name));
    expect(opened.version).toBe(LEARNER_DB_VERSION);
    opened.close();
  });

  it('lets go when a newer Signpost in another tab upgrades, and then says so plainly', async () => {
    const name = freshDatabaseName();
    const store = await openTestStore(name);
    const newerTab = await openDB(name, LEARNER_DB_VERSION + 1);
    expect(await store.listLearners()).toEqual({
      ok: false,
      kind: 'closed',
      message: 'Signpost was updated in another tab. Close this tab and open Signpost again.',
    });
    newerTab.close();
  });

  it('says it cannot save on a device holding data from a newer Signpost', async () => {
    const name = freshDatabaseName();
    (await openDB(name, LEARNER_DB_VERSION + 1)).close();
    expect(await openLearnerDatabase(name)).toMatchObject({
      ok: false,
      kind: 'unavailable',
      message: expect.stringContaining('Update Signpost'),
    });
  });

  it('says it cannot save when the browser refuses to open any database', async () => {
    vi.stubGlobal('indexedDB', {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    expect(await openLearnerDatabase(freshDatabaseName())).toMatchObject({ ok: false, kind: 'unavailable' });
  });
});
