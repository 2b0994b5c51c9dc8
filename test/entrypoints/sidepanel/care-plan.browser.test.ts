import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { accessibilityViolations, launchWithExtension } from '../../browser/chromium.ts';
import { focused, focusedName, pressButton, tabTo } from '../../browser/keyboard.ts';
import { readPdf } from '../../browser/pdf-pages.ts';
import { MOST_PLACES_ON_A_PLAN } from '../../../shared/store/care-plan.ts';
import { builtInPath } from '../../shared/paths/built-in-path.ts';

/** The most their own words may be (care-plan.ts). */
const MOST_WORDS = 200;

/*
 * A learner's digital care plan over two sessions, in real Chromium with the built extension, by keyboard
 * (the browser's own date and time pickers are filled directly): the plan made in the first session opens
 * at the second, is extended there, and prints each time on at most two A4 pages with no text under 16pt.
 */

const TWO_SESSIONS = 180_000;

let context: BrowserContext;
let sidePanelUrl: string;

beforeAll(async () => {
  const launched = await launchWithExtension();
  context = launched.context;
  sidePanelUrl = `chrome-extension://${launched.extensionId}/sidepanel.html`;
});

afterAll(async () => {
  await context?.close();
});

const messages = builtInPath('messages-and-photos-with-family');

async function stepHeading(page: Page, stepIndex: number): Promise<void> {
  await expect
    .poll(() => focused(page))
    .toEqual({
      tag: 'H2',
      text: `Step ${stepIndex + 1} of ${messages.steps.length}: ${messages.steps[stepIndex]!.title}`,
    });
}

/** Searches the finder below the session by keyboard and puts the `nth` place found on the plan; gives its name. */
async function addPlaceFromFinder(page: Page, nth: number): Promise<string> {
  await typeInto(page, 'Your postcode', 'S1 2HE');
  await pressButton(page, 'Find help');
  await page.getByText(/^Found \d+ places near S1 2HE/).waitFor();
  const add = page
    .locator('#find-help .sp-card')
    .getByRole('button', { name: /^Add to handover note/ })
    .nth(nth);
  await add.waitFor();
  // Its text, as focusedName reads it: "Add to handover note: Computer help drop-in".
  const name = ((await add.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  await pressButton(page, name);
  await expect.poll(() => add.getAttribute('aria-pressed')).toBe('true');
  return name.replace(/^Add to handover note: /, '');
}

/**
 * The three checks by keyboard: Tab into each group, Space ticks the first answer. It waits for the screen's
 * heading to take the focus first: Tab pressed before that focus move would be undone by it.
 */
async function answerTheChecks(page: Page): Promise<void> {
  await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Before they go' });
  await tabTo(page, 'Yes, done');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect.poll(() => page.getByRole('radio', { name: 'Yes, done', checked: true }).count()).toBe(3);
}

async function typeInto(page: Page, label: string, text: string): Promise<void> {
  await tabTo(page, label);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** The text under a heading of the plan, up to the next heading. */
function sectionText(page: Page, heading: string): Promise<string> {
  return page.evaluate((wanted) => {
    const start = [...document.querySelectorAll('.sp-handover h3')].find((h3) => h3.textContent?.trim() === wanted);
    const texts: string[] = [];
    for (let node = start?.nextElementSibling; node && node.tagName !== 'H3'; node = node.nextElementSibling)
      texts.push((node.textContent ?? '').replace(/\s+/g, ' ').trim());
    return texts.join(' ');
  }, heading);
}

/** Prints the page as Chromium does on A4, and says how many pages and the smallest text on them. */
async function printed(page: Page): Promise<{ pages: number; smallest: number; sizes: number[] }> {
  const pdf = readPdf(await page.pdf({ format: 'A4' }));
  const smallest = Math.min(...pdf.textSizes);
  console.info(`The plan printed on ${pdf.pages} A4 page(s); its smallest text is ${smallest}pt.`);
  return { pages: pdf.pages, smallest, sizes: pdf.textSizes };
}

describe("a learner's digital care plan, kept and extended over two sessions", () => {
  it(
    'makes the plan in the first session, opens it at the second, extends it, and prints it large on two pages at most',
    async () => {
      const page = await context.newPage();
      await page.goto(sidePanelUrl);
      await page.getByRole('button', { name: 'Practise without saving' }).waitFor();

      // First session: what matters, in a choice and in her own words.
      await tabTo(page, 'First name or nickname');
      await page.keyboard.type('Nadia');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'What matters to you?' });
      await pressButton(page, 'Keeping in touch with family', 'Space');
      await typeInto(page, 'In your own words (optional)', 'I want to see photos of my grandson');
      await page.keyboard.press('Enter');
      await page
        .getByRole('status')
        .filter({ hasText: 'Suggested for "Keeping in touch with family" and "I want to see photos of my grandson"' })
        .waitFor();
      await page.getByRole('heading', { name: 'Help near you for this' }).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);

      // Two steps of a path, telling the organisation one was not clear.
      await pressButton(page, messages.title);
      // The champion sees when the path counts as completed.
      await page.getByText('Counts as completed when steps 2, 3 and 4 are done, on their own or with help.').waitFor();
      // The start screen gives its heading the focus once drawn; a keyboard user starts from there.
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: messages.title });
      await pressButton(page, 'Start step 1');
      await stepHeading(page, 0);
      await pressButton(page, 'Not really');
      await page.getByText('Thank you. We count the answers, with no names, to make the steps clearer.').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await pressButton(page, 'I did it');
      await stepHeading(page, 1);
      await pressButton(page, 'I did it');
      await stepHeading(page, 2);

      const firstPlace = await addPlaceFromFinder(page, 0);
      await tabTo(page, 'End the session', { backwards: true });
      await page.keyboard.press('Enter');
      await answerTheChecks(page);
      await page.getByLabel('Date of the next session').fill('2027-01-14');
      await page.getByLabel('Time of the next session').fill('10:30');
      await typeInto(page, 'Where you will meet', 'Central Library, first floor');
      await typeInto(page, 'How they can reach your organisation', 'Call 0114 273 4727, Monday to Friday');
      await typeInto(page, 'Where they can use their codes at home', 'our website, under Learn at home');
      expect(await accessibilityViolations(page)).toEqual([]);
      await pressButton(page, 'Make the handover note');

      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Digital plan for Nadia' });
      await page.getByRole('status').filter({ hasText: "Today's session is saved in Nadia's history" }).waitFor();
      expect(await sectionText(page, 'What matters to you')).toBe(
        'Keeping in touch with family. In your words: "I want to see photos of my grandson"',
      );
      expect(await sectionText(page, 'Next steps')).toContain(
        'Next session: Thursday 14 January 2027, 10:30am, Central Library, first floor.',
      );
      expect(await sectionText(page, 'Help near you')).toContain(firstPlace);
      expect(await sectionText(page, 'Your helper')).toBe('Call 0114 273 4727, Monday to Friday');
      expect(await sectionText(page, 'Carry on at home')).toContain(
        'Use your code here: our website, under Learn at home.',
      );
      expect(await accessibilityViolations(page)).toEqual([]);
      const firstPrint = await printed(page);
      expect(firstPrint.pages).toBeGreaterThanOrEqual(1);
      expect(firstPrint.pages).toBeLessThanOrEqual(2);
      expect(firstPrint.smallest, `text sizes: ${firstPrint.sizes.join(', ')}`).toBeGreaterThanOrEqual(16);

      // Second session: the plan opens, and today adds to it.
      await page.reload();
      await page.getByRole('button', { name: 'Carry on as Nadia' }).waitFor();
      await pressButton(page, 'Carry on as Nadia');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: "Nadia's plan so far" });
      const soFar = (await page.locator('.sp-care-plan--so-far').textContent()) ?? '';
      expect(soFar).toContain('In your words: "I want to see photos of my grandson"');
      expect(soFar).toContain('Next session: Thursday 14 January 2027, 10:30am, Central Library, first floor.');
      expect(soFar).toContain(firstPlace);
      expect(await page.getByRole('button', { name: 'Keeping in touch with family', pressed: true }).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);

      await pressButton(page, messages.title);
      await stepHeading(page, 2);
      for (const stepIndex of [2, 3, 4, 5]) {
        await stepHeading(page, stepIndex);
        await pressButton(page, 'I did it');
      }
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: `Well done! You finished: ${messages.title}` });

      const secondPlace = await addPlaceFromFinder(page, 1);
      await tabTo(page, 'End the session', { backwards: true });
      await page.keyboard.press('Enter');
      await answerTheChecks(page);
      // The details from last time are there to keep or change.
      expect(await page.getByLabel('Where you will meet').inputValue()).toBe('Central Library, first floor');
      expect(await page.getByLabel('Date of the next session').inputValue()).toBe('2027-01-14');
      await page.getByLabel('Date of the next session').fill('2027-01-21');
      await pressButton(page, 'Make the handover note');

      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Digital plan for Nadia' });
      await expect.poll(() => sectionText(page, 'What you now use')).toBe('Messages and photos with family');
      expect(await sectionText(page, 'What we did today')).toContain(
        `${messages.title}: 4 steps on your own. You finished it.`,
      );
      expect(await sectionText(page, 'Next steps')).toContain('Next session: Thursday 21 January 2027');
      const help = await sectionText(page, 'Help near you');
      expect(help).toContain(firstPlace);
      expect(help).toContain(secondPlace);
      expect(await sectionText(page, 'What matters to you')).toContain('I want to see photos of my grandson');
      expect(await accessibilityViolations(page)).toEqual([]);
      const secondPrint = await printed(page);
      expect(secondPrint.pages).toBeLessThanOrEqual(2);
      expect(secondPrint.smallest, `text sizes: ${secondPrint.sizes.join(', ')}`).toBeGreaterThanOrEqual(16);

      // The funders' log counts the skill gained and the answer to "Was this clear?", and nothing about Nadia.
      await pressButton(page, 'Start with the next person');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Who is learning?' });
      await pressButton(page, 'Session log for funders');
      const downloading = page.waitForEvent('download');
      await pressButton(page, 'Download for a spreadsheet (CSV)');
      const csv = readFileSync(await (await downloading).path(), 'utf8');
      const rows = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
      const header = rows[0]!;
      const all = rows.at(-1)!;
      expect(all.slice(0, 2)).toEqual(['All months', 'All paths']);
      expect(all[header.indexOf('Skills gained')]).toBe('1');
      expect(all[header.indexOf('Skills gained: Communicating')]).toBe('1');
      expect(all[header.indexOf('Was this clear? Not really')]).toBe('1');
      for (const personal of ['Nadia', 'grandson', 'S1', 'Central Library, first floor', '0114 273 4727'])
        expect(csv).not.toContain(personal);
      expect(await focusedName(page)).toBe('Download for a spreadsheet (CSV)');
      await page.close();
    },
    TWO_SESSIONS,
  );
});

describe('a plan as full as it gets', () => {
  it(
    'still prints on two A4 pages at most, with no text under 16pt',
    async () => {
      const page = await context.newPage();
      await page.goto(sidePanelUrl);
      await page.getByRole('button', { name: 'Practise without saving' }).waitFor();
      // Seeded straight into the learner database, as months of sessions would leave it.
      const words = 'I want to '
        .padEnd(MOST_WORDS, 'see my grandchildren on video and order my medicines online ')
        .trim();
      const hours = [
        'Monday to Friday: 9am to 5pm',
        'Saturday: 10am to 1pm',
        'Sunday: midday to 4pm (first Sunday of the month)',
      ];
      const places = Array.from({ length: MOST_PLACES_ON_A_PLAN }, (_, index) => ({
        id: `place-${index}`,
        name: `Community digital help centre number ${index + 1}`,
        address: `${index + 10} Long Street Name, Neighbourhood, Sheffield, S${index + 1} 2AB`,
        phone: `0114 273 44${index}0`,
        hours,
      }));
      const today = [messages, builtInPath('using-a-touch-screen'), builtInPath('setting-up-email')];
      const everyPath = allPaths().filter((path) => !path.practice && !today.includes(path));
      await page.evaluate(
        async ({ words, places, paths }) => {
          const db = await new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('signpost-learners');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const tx = db.transaction(['learners', 'progress', 'carePlans'], 'readwrite');
          tx.objectStore('learners').put({ id: 'full', name: 'Bartholomew', createdAt: '2026-01-01T10:00:00.000Z' });
          for (const [index, path] of paths.entries()) {
            // Half the paths completed with a step to practise, half started with steps skipped.
            const outcomes = Object.fromEntries(
              path.steps.map((step, stepIndex) => [
                step.id,
                index % 2 === 0 ? (stepIndex === 0 ? 'needed-help' : 'done') : 'skipped',
              ]),
            );
            tx.objectStore('progress').put({ learnerId: 'full', pathId: path.id, outcomes });
          }
          tx.objectStore('carePlans').put({
            learnerId: 'full',
            updatedAt: '2026-11-01T10:00:00.000Z',
            whatMatters: { choices: ['keeping-in-touch'], inTheirWords: words },
            nextSession: {
              date: '2027-01-14',
              time: '10:30',
              place: 'Central Library, first floor, the room by the lifts',
            },
            places,
            organisation: {
              contact:
                'Call 0114 273 4727 on weekdays from 9am to 5pm, or email help@example.org. Ask for the digital inclusion team at the front desk. '.slice(
                  0,
                  200,
                ),
            },
            codesAtHome:
              'Our website, www.example.org/signpost, under Learn at home, then Carry on with a code at the bottom of the list of paths',
          });
          await new Promise((resolve) => (tx.oncomplete = resolve));
          db.close();
        },
        {
          words,
          places,
          paths: everyPath.map((path) => ({ id: path.id, steps: path.steps.map((step) => ({ id: step.id })) })),
        },
      );
      await page.reload();
      await pressButton(page, 'Carry on as Bartholomew');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: "Bartholomew's plan so far" });
      // Today: a step on three paths.
      for (const path of today) {
        await page.locator('details.sp-all-paths').evaluate((details) => ((details as HTMLDetailsElement).open = true));
        await page.locator('details.sp-all-paths').getByRole('button', { name: path.title }).click();
        // A path begun before opens at its step; a new one at its start screen, drawn once its part has loaded.
        const start = page.getByRole('button', { name: 'Start step 1' });
        await start
          .or(page.getByRole('button', { name: 'I did it' }))
          .first()
          .waitFor();
        if (await start.isVisible()) await start.click();
        await page.getByRole('button', { name: 'I did it' }).click();
        await page.getByRole('button', { name: 'Choose another path' }).click();
      }
      await page.getByRole('button', { name: 'End the session' }).click();
      for (const radio of await page.getByRole('radio', { name: 'Yes, done' }).all()) await radio.check();
      await page.getByRole('button', { name: 'Make the handover note' }).click();
      await page.getByRole('heading', { name: 'Digital plan for Bartholomew' }).waitFor();
      const full = await printed(page);
      expect(full.pages).toBeLessThanOrEqual(2);
      expect(full.smallest).toBeGreaterThanOrEqual(16);
      await page.close();
    },
    TWO_SESSIONS,
  );
});
