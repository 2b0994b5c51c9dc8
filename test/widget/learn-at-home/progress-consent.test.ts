import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { createProgressConsent } from '../../../widget/learn-at-home/progress-consent.ts';

const DATABASE = 'signpost-learn-at-home';

beforeEach(() => {
  // A fresh, empty device for each test.
  globalThis.indexedDB = new IDBFactory();
});

async function databaseNames(): Promise<(string | undefined)[]> {
  return (await indexedDB.databases()).map((database) => database.name);
}

/** A consent as a page would make it: checked for an earlier visit first. */
async function freshConsent() {
  const consent = createProgressConsent(DATABASE);
  await consent.check();
  return consent;
}

describe('progress in Learn at home, and the resident’s say in it', () => {
  it('stores nothing at all before the resident agrees: no database, no cookie, no localStorage', async () => {
    const consent = await freshConsent();
    await consent.services.saveProgress('getting-the-nhs-app', { 'download-the-app': 'done' });
    expect(await consent.services.loadProgress('getting-the-nhs-app')).toEqual({
      ok: true,
      outcomes: { 'download-the-app': 'done' },
    });
    expect(consent.state.value).toBe('not-asked');
    expect(await databaseNames()).toEqual([]);
    expect(document.cookie).toBe('');
    expect(localStorage.length).toBe(0);
  });

  it('keeps what was done so far once the resident agrees, and on the next visit', async () => {
    const consent = await freshConsent();
    await consent.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done', 'pick-a-name': 'skipped' });
    await consent.remember();
    expect(consent.state.value).toBe('remembering');
    expect(await databaseNames()).toEqual([DATABASE]);
    await consent.services.saveProgress('video-calling-family', { 'install-the-app': 'needed-help' });

    const nextVisit = await freshConsent();
    expect(nextVisit.state.value).toBe('kept-before');
    await nextVisit.remember();
    expect(await nextVisit.services.loadProgress('setting-up-email')).toEqual({
      ok: true,
      outcomes: { 'choose-a-provider': 'done', 'pick-a-name': 'skipped' },
    });
    expect(await nextVisit.services.loadProgress('video-calling-family')).toEqual({
      ok: true,
      outcomes: { 'install-the-app': 'needed-help' },
    });
  });

  it('does not open what was kept before until the resident chooses to carry on', async () => {
    const first = await freshConsent();
    await first.remember();
    await first.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done' });

    const nextVisit = await freshConsent();
    expect(await nextVisit.services.loadProgress('setting-up-email')).toEqual({ ok: true, outcomes: {} });
  });

  it('joins steps done on this visit with those kept before when the resident carries on', async () => {
    const first = await freshConsent();
    await first.remember();
    await first.services.saveProgress('setting-up-email', { 'choose-a-provider': 'needed-help' });

    const nextVisit = await freshConsent();
    await nextVisit.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done', 'pick-a-name': 'done' });
    await nextVisit.remember();
    expect(await nextVisit.services.loadProgress('setting-up-email')).toEqual({
      ok: true,
      outcomes: { 'choose-a-provider': 'done', 'pick-a-name': 'done' },
    });
  });

  it('keeps a step saved while the database is still opening', async () => {
    const consent = await freshConsent();
    const agreeing = consent.remember();
    const saving = consent.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done' });
    await Promise.all([agreeing, saving]);

    const nextVisit = await freshConsent();
    await nextVisit.remember();
    expect(await nextVisit.services.loadProgress('setting-up-email')).toEqual({
      ok: true,
      outcomes: { 'choose-a-provider': 'done' },
    });
  });

  it('erases the database when the resident says forget, and starts every path afresh', async () => {
    const consent = await freshConsent();
    await consent.remember();
    await consent.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done' });
    await consent.forget();
    expect(consent.state.value).toBe('not-asked');
    expect(consent.forgotten.value).toBe(1);
    expect(await databaseNames()).toEqual([]);
    expect(await consent.services.loadProgress('setting-up-email')).toEqual({ ok: true, outcomes: {} });

    const nextVisit = await freshConsent();
    expect(nextVisit.state.value).toBe('not-asked');
  });

  it('forgets progress from an earlier visit without opening it, even with another tab still using it', async () => {
    const first = await freshConsent();
    await first.remember();
    await first.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done' });

    const nextVisit = await freshConsent();
    await nextVisit.forget();
    expect(await databaseNames()).toEqual([]);
    expect(nextVisit.state.value).toBe('not-asked');
  });

  it('says plainly when this browser will not save, and carries on in memory', async () => {
    const consent = await freshConsent();
    await consent.services.saveProgress('setting-up-email', { 'choose-a-provider': 'done' });
    const refusing = new IDBFactory();
    refusing.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    globalThis.indexedDB = refusing;
    await consent.remember();
    expect(consent.state.value).toBe('not-asked');
    expect(consent.problem.value).toBe(
      'This browser is not letting Signpost save anything. It may be in private mode. You can carry on, but nothing will be saved.',
    );
    expect(await consent.services.loadProgress('setting-up-email')).toEqual({
      ok: true,
      outcomes: { 'choose-a-provider': 'done' },
    });
  });
});
