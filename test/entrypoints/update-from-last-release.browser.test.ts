import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LEARNER_DB_VERSION } from '../../shared/store/migrations.ts';
import { PREVIOUS_RELEASE, previousReleaseExtension } from '../../scripts/build-previous-release.ts';
import { launchWithExtension } from '../browser/chromium.ts';

/*
 * An update, as a library computer gets one: the extension built from the last release (its learner
 * database at version 3) is loaded unpacked into a profile, learners and progress are added through its own
 * side panel, then the current build replaces it in the same folder (so Chrome keeps the same extension id
 * and origin, as an update does) and opens the same profile. First an older Signpost page still holds the
 * database: the update waits, says what to do and changes nothing; then it goes ahead and every learner,
 * session and step is still there.
 */

const DATABASE = 'signpost-learners';

let profile: string;
let extension: string;

beforeAll(() => {
  profile = mkdtempSync(join(tmpdir(), 'signpost-update-profile-'));
  extension = mkdtempSync(join(tmpdir(), 'signpost-update-extension-'));
  // Built once and kept in .cache/ (scripts/build-previous-release.ts): about 10 to 20 seconds the first time.
  cpSync(previousReleaseExtension(), extension, { recursive: true });
}, 120_000);

afterAll(() => {
  rmSync(profile, { recursive: true, force: true });
  rmSync(extension, { recursive: true, force: true });
});

const launch = () => launchWithExtension(extension, profile);

interface Stored {
  version: number;
  stores: Record<string, unknown[]>;
}

/**
 * Everything in the learner database, read with IndexedDB itself, as stored: nothing goes through
 * Signpost's code. With `held`, through the connection the older page holds: while an update waits for it,
 * a new connection would wait too.
 */
function readDatabase(page: Page, { held = false } = {}): Promise<Stored> {
  return page.evaluate(
    async ({ name, held }) => {
      const db = held
        ? (window as unknown as { held: IDBDatabase }).held
        : await new Promise<IDBDatabase>((done, fail) => {
            const request = indexedDB.open(name);
            request.onsuccess = () => done(request.result);
            request.onerror = () => fail(request.error);
          });
      const stores: Record<string, unknown[]> = {};
      for (const store of [...db.objectStoreNames]) {
        stores[store] = await new Promise<unknown[]>((done) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => done(request.result);
        });
      }
      if (!held) db.close();
      return { version: db.version, stores };
    },
    { name: DATABASE, held },
  );
}

/** Adds a learner through the side panel and does the first steps of a path, as the release's panel asks. */
async function learnWithTheRelease(page: Page, name: string, answer: string, path: string, steps: string[]) {
  await page.getByLabel('First name or nickname').fill(name);
  await page.getByRole('button', { name: 'Save my progress' }).click();
  await page.getByRole('heading', { name: 'What matters to you?' }).waitFor();
  await page.getByRole('button', { name: answer }).click();
  await page.getByRole('button', { name: path }).first().click();
  await page.getByRole('button', { name: 'Start step 1' }).click();
  for (const [index, button] of steps.entries()) {
    await page.getByRole('heading', { name: new RegExp(`^Step ${index + 1} of`) }).waitFor();
    if (button === 'I did it with help') await page.getByRole('button', { name: 'I need help' }).click();
    await page.getByRole('button', { name: button }).click();
  }
  await page.getByRole('heading', { name: new RegExp(`^Step ${steps.length + 1} of`) }).waitFor();
  await page.getByRole('button', { name: 'End the session' }).click();
  for (const radio of await page.getByRole('radio', { name: 'Yes, done' }).all()) await radio.check();
  await page.getByRole('button', { name: 'Make the handover note' }).click();
  await page.getByText(`Today's session is saved in ${name}'s history on this computer.`).waitFor();
  await page.getByRole('button', { name: 'Start with the next person' }).click();
}

describe(`updating from the last release (${PREVIOUS_RELEASE})`, () => {
  it('waits for an older Signpost page to close, changing nothing, then keeps every learner, session and step', async () => {
    // The last release, with two learners.
    const release = await launch();
    const panel = await release.context.newPage();
    await panel.goto(`chrome-extension://${release.extensionId}/sidepanel.html`);
    await learnWithTheRelease(panel, 'Maureen', 'Seeing my GP', 'See your GP health record', [
      'I did it',
      'I did it',
      'I did it with help',
      'Skip this step',
    ]);
    await learnWithTheRelease(panel, 'Ade', 'Getting started', 'Use a touch screen', ['I did it', 'I did it']);
    const before = await readDatabase(panel);
    expect(before.version).toBe(3);
    expect(before.stores.learners).toHaveLength(2);
    expect(before.stores.sessions).toHaveLength(2);
    expect(before.stores.progress).toHaveLength(2);
    await release.context.close();

    // The update: the current build in the same folder, on the same profile.
    rmSync(extension, { recursive: true, force: true });
    cpSync(resolve('.output/chrome-mv3'), extension, { recursive: true });
    const current = await launch();
    expect(current.extensionId).toBe(release.extensionId);

    // An older Signpost page still holds the database at version 3, and does not let go.
    const olderPage = await current.context.newPage();
    await olderPage.goto(`chrome-extension://${current.extensionId}/options.html`);
    await olderPage.evaluate(
      (name) =>
        new Promise<void>((done) => {
          const request = indexedDB.open(name, 3);
          request.onsuccess = () => {
            (window as unknown as { held: IDBDatabase }).held = request.result;
            done();
          };
        }),
      DATABASE,
    );
    const updated = await current.context.newPage();
    await updated.goto(`chrome-extension://${current.extensionId}/sidepanel.html`);
    await updated.getByText('Close other Signpost pages, then try again.', { exact: false }).waitFor();
    expect(await updated.getByRole('button', { name: 'Try again' }).count()).toBe(1);
    expect(await updated.getByRole('button', { name: 'Carry on as Maureen' }).count()).toBe(0);
    const whileBlocked = await readDatabase(olderPage, { held: true });
    expect(whileBlocked).toEqual(before);

    // The older page closes, and Try again finishes the update.
    await olderPage.close();
    await updated.getByRole('button', { name: 'Try again' }).click();
    await updated.getByRole('button', { name: 'Carry on as Maureen' }).waitFor();
    expect(await updated.getByRole('button', { name: 'Carry on as Ade' }).count()).toBe(1);
    const after = await readDatabase(updated);
    expect(after.version).toBe(LEARNER_DB_VERSION);
    for (const store of ['learners', 'sessions', 'progress']) expect(after.stores[store]).toEqual(before.stores[store]);
    expect(after.stores.carePlans).toEqual([]);
    expect(after.stores.stepFeedback).toEqual([]);

    // Each learner opens their path where they left it, knowing what needed help.
    await updated.getByRole('button', { name: 'Carry on as Maureen' }).click();
    await updated.getByRole('button', { name: 'Seeing my GP' }).click();
    await updated.getByRole('button', { name: 'See your GP health record' }).first().click();
    await updated.getByRole('heading', { name: /^Step 5 of 6/ }).waitFor();
    await updated.getByRole('button', { name: 'Back to step 4' }).click();
    await updated.getByRole('button', { name: 'Back to step 3' }).click();
    await updated.getByRole('heading', { name: /^Step 3 of 6/ }).waitFor();
    await updated.getByRole('button', { name: 'Change who is learning' }).click();
    await updated.getByRole('button', { name: 'Carry on as Ade' }).click();
    await updated.getByRole('button', { name: 'Getting started' }).click();
    await updated.getByRole('button', { name: 'Use a touch screen' }).first().click();
    await updated.getByRole('heading', { name: /^Step 3 of 7/ }).waitFor();
    await current.context.close();
  }, 180_000);
});
