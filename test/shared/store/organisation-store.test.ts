import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import type { StepFix } from '../../../shared/paths/step-fix.ts';
import { ORGANISATION_DB_VERSION } from '../../../shared/store/organisation-migrations.ts';
import { organisationStore, type SavedPath } from '../../../shared/store/organisation-store.ts';
import { exampleFix, examplePath } from '../paths/example-path.ts';
import { valueOf } from './test-store.ts';

let databases = 0;
const freshStore = () => organisationStore(`signpost-organisation-test-${(databases += 1)}`);

const fix = exampleFix();
const ready: SavedPath = {
  id: 'our-path',
  json: examplePath({ id: 'our-path' }),
  savedAt: '2026-12-01T10:00:00Z',
  ready: true,
};
const draft: SavedPath = {
  id: 'half-done',
  json: { id: 'half-done', title: 'Not yet' },
  savedAt: '2026-12-02T10:00:00Z',
  ready: false,
};

describe("the organisation's paths and fixes on this computer", () => {
  it('keeps paths, ready or not, so a half-written path is never lost', async () => {
    const store = freshStore();
    valueOf(await store.savePath(ready));
    valueOf(await store.savePath(draft));
    expect(valueOf(await store.listPaths())).toEqual([draft, ready]);
    valueOf(await store.removePath('half-done'));
    expect(valueOf(await store.listPaths())).toEqual([ready]);
  });

  it('keeps one fix per step, and notes the day Show me last found it', async () => {
    const store = freshStore();
    valueOf(await store.saveFix(fix));
    valueOf(await store.saveFix({ ...fix, taught: '2026-12-03' }));
    valueOf(await store.seenWorking(fix.pathId, fix.stepId, '2026-12-06'));
    expect(valueOf(await store.listFixes())).toEqual([{ ...fix, taught: '2026-12-03', lastSeenWorking: '2026-12-06' }]);
    valueOf(await store.removeFix(fix.pathId, fix.stepId));
    expect(valueOf(await store.listFixes())).toEqual([]);
  });

  it('saves paths and fixes from a file together, and erases them all', async () => {
    const store = freshStore();
    valueOf(await store.saveTogether([ready], [fix]));
    expect(valueOf(await store.listPaths())).toHaveLength(1);
    expect(valueOf(await store.listFixes())).toHaveLength(1);
    valueOf(await store.eraseAll());
    expect(valueOf(await store.listPaths())).toEqual([]);
    expect(valueOf(await store.listFixes())).toEqual([]);
  });

  it('saves nothing from a file when one record cannot be saved', async () => {
    const store = freshStore();
    const broken = { ...fix, pathId: undefined } as unknown as StepFix;
    const saved = await store.saveTogether([ready], [fix, broken]);
    expect(saved.ok).toBe(false);
    expect(valueOf(await store.listPaths())).toEqual([]);
    expect(valueOf(await store.listFixes())).toEqual([]);
  });

  it('leaves out a damaged fix record, and keeps the good ones', async () => {
    const name = `signpost-organisation-test-${(databases += 1)}`;
    const store = organisationStore(name);
    valueOf(await store.saveFix(fix));
    const db = await openDB(name, ORGANISATION_DB_VERSION);
    await db.put('fixes', { pathId: 'a', stepId: 'b', onPage: 'broken', taught: 'yesterday' });
    db.close();
    expect(valueOf(await store.listFixes())).toEqual([fix]);
  });

  it('says kindly when the computer holds paths from a newer Signpost', async () => {
    const name = `signpost-organisation-test-${(databases += 1)}`;
    (await openDB(name, ORGANISATION_DB_VERSION + 1)).close();
    const listed = await organisationStore(name).listPaths();
    expect(listed).toMatchObject({ ok: false, message: expect.stringContaining('newer version of Signpost') });
  });
});
