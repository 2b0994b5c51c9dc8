import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { LearningPath } from '../../../shared/paths/learning-path.ts';
import { accessibilityViolations, launchWithExtension } from '../../browser/chromium.ts';
import { focused, focusedName, pressButton, tabTo } from '../../browser/keyboard.ts';
import { builtInPath } from '../../shared/paths/built-in-path.ts';

/*
 * The side panel as a resident and helper use it, in real Chromium with the built extension, by keyboard
 * alone: Tab to move, Enter or Space to press, typing for the name. No mouse clicks anywhere.
 */

const WALK_TIMEOUT = 120_000;

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

async function openSidePanel(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(sidePanelUrl);
  await page.getByRole('heading', { name: 'Who is learning?' }).waitFor();
  await page.getByRole('button', { name: 'Practise without saving' }).waitFor();
  return page;
}

async function expectStepHeadingFocused(page: Page, path: LearningPath, stepIndex: number): Promise<void> {
  const title = path.steps[stepIndex]?.title;
  await expect
    .poll(() => focused(page))
    .toEqual({ tag: 'H2', text: `Step ${stepIndex + 1} of ${path.steps.length}: ${title}` });
}

async function addLearnerByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, 'First name or nickname');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'What matters to you?' });
}

describe('learning paths in the side panel, by keyboard alone', () => {
  const path = builtInPath('seeing-your-gp-record');

  it(
    'adds a learner, checks what they need, walks every step to a printable summary, and resumes after a reload',
    async () => {
      const page = await openSidePanel();
      await addLearnerByKeyboard(page, 'Sam');
      expect(await page.getByText('Learning as Sam.').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);

      await pressButton(page, 'Seeing my GP');
      await pressButton(page, path.title);
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: path.title });
      const missing = path.needs[0]!;
      await pressButton(page, 'No', 'Space');
      await expect.poll(() => page.getByText(missing.ifMissing.say).count()).toBe(1);
      expect(await page.getByText('Local support can help with this too.').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Find local help' }).count()).toBeGreaterThan(0);

      await pressButton(page, 'Start step 1');
      await expectStepHeadingFocused(page, path, 0);
      expect(await accessibilityViolations(page)).toEqual([]);

      await tabTo(page, 'I did it');
      // NHS.UK's focus yellow, so a keyboard user can always see where they are.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement!).backgroundColor)).toBe(
        'rgb(255, 235, 59)',
      );
      await page.keyboard.press('Enter');
      await expectStepHeadingFocused(page, path, 1);
      await pressButton(page, 'I did it');
      await expectStepHeadingFocused(page, path, 2);

      await page.reload();
      await page.getByRole('button', { name: 'Carry on as Sam' }).waitFor();
      await pressButton(page, 'Carry on as Sam');
      // What matters is kept with the learner (issue 13), so it is still chosen and its paths suggested.
      await page.getByRole('button', { name: 'Seeing my GP', pressed: true }).waitFor();
      await pressButton(page, path.title);
      await expectStepHeadingFocused(page, path, 2);

      // Step 3 is hands-off: the panel says plainly the helper steps back, and why.
      expect(await page.getByText('Your helper steps back and does not look.').count()).toBe(1);
      expect(await page.getByText(path.steps[2]!.whyHandsOff!).count()).toBe(1);
      await pressButton(page, 'I need help');
      await expect.poll(() => focused(page)).toEqual({ tag: 'SUMMARY', text: "If you're stuck" });
      expect(await page.locator('details.sp-stuck').getAttribute('open')).not.toBeNull();
      await pressButton(page, 'I did it with help');
      await expectStepHeadingFocused(page, path, 3);
      await pressButton(page, 'Skip this step');
      await expectStepHeadingFocused(page, path, 4);
      await pressButton(page, 'I did it');
      await expectStepHeadingFocused(page, path, 5);
      await pressButton(page, 'I did it');

      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: `Well done! You finished: ${path.title}` });
      const practise = await page.locator('.sp-finish__practise li').allTextContents();
      expect(practise).toEqual([path.steps[2]!.title, path.steps[3]!.title]);
      expect(await page.getByText(`${path.steps[2]!.title} (with help)`).count()).toBe(1);
      const code = (await page.locator('.sp-resume__code').textContent()) ?? '';
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
      expect(await page.getByRole('img', { name: `QR code for ${code}` }).getAttribute('src')).toMatch(
        /^data:image\/svg\+xml,/,
      );
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print this page' }).isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'I did it' }).count()).toBe(0);
      expect(await page.getByRole('heading', { name: 'Find local help' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Things to practise' }).isVisible()).toBe(true);

      // Opened again after a reload, the finished path still knows what needed help and what to practise.
      await page.emulateMedia({ media: 'screen' });
      await page.reload();
      await page.getByRole('button', { name: 'Carry on as Sam' }).waitFor();
      await pressButton(page, 'Carry on as Sam');
      await page.getByRole('button', { name: 'Seeing my GP', pressed: true }).waitFor();
      await pressButton(page, path.title);
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: `Well done! You finished: ${path.title}` });
      expect(await page.getByText(`${path.steps[2]!.title} (with help)`).count()).toBe(1);
      expect(await page.locator('.sp-finish__practise li').allTextContents()).toEqual([
        path.steps[2]!.title,
        path.steps[3]!.title,
      ]);
      await page.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'saves a learner to a file, erases them after asking, and brings them back from the file',
    async () => {
      const page = await openSidePanel();
      await addLearnerByKeyboard(page, 'Robin');
      await pressButton(page, "Save or erase Robin's progress");
      const downloading = page.waitForEvent('download');
      await pressButton(page, "Save this learner's progress to a file");
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^signpost-learner-\d{4}-\d{2}-\d{2}\.json$/);
      const savedFile = await download.path();
      expect(
        JSON.parse(readFileSync(savedFile, 'utf8')).learners.map((learner: { name: string }) => learner.name),
      ).toEqual(['Robin']);

      await pressButton(page, 'Erase this learner');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H3', text: 'Erase Robin from this computer?' });
      expect(
        await page.getByText("This deletes Robin's name and every step they have done. You cannot undo it.").count(),
      ).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      await pressButton(page, 'Keep Robin');
      await expect.poll(() => focusedName(page)).toBe('Erase this learner');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H3', text: 'Erase Robin from this computer?' });
      await pressButton(page, 'Yes, erase');
      await expect
        .poll(() => focused(page))
        .toEqual({ tag: 'P', text: "Robin's name and progress are erased from this computer." });
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.reload();
      await page.getByRole('button', { name: 'Practise without saving' }).waitFor();
      await page.getByRole('button', { name: 'Open a saved file' }).waitFor();
      expect(await page.getByRole('button', { name: 'Carry on as Robin' }).count()).toBe(0);

      const choosing = page.waitForEvent('filechooser');
      await pressButton(page, 'Open a saved file');
      await (await choosing).setFiles(savedFile);
      await page.getByRole('button', { name: 'Carry on as Robin' }).waitFor();
      expect(await page.getByRole('status').filter({ hasText: 'Added 1 learner.' }).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'practises without saving, and the high contrast colours pass the contrast checks',
    async () => {
      const page = await openSidePanel();
      await pressButton(page, 'Practise without saving');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'What matters to you?' });
      expect(await page.getByText('Practising. Nothing is saved.').count()).toBe(1);
      const practice = builtInPath('practice-signing-in');
      await pressButton(page, 'Getting started');
      await pressButton(page, practice.title);
      // The start screen gives its heading the focus once drawn; a keyboard user starts from there.
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: practice.title });
      await pressButton(page, 'Start step 1');
      await expectStepHeadingFocused(page, practice, 0);
      // Bigger text and High contrast are folded into a menu beside "Choose another path", so the step comes first.
      await pressButton(page, 'Text and colours');
      await pressButton(page, 'High contrast', 'Space');
      expect(await page.getByRole('button', { name: 'High contrast', pressed: true }).count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'runs a whole session: learner, what matters, a path to the end, the checks before they go, and a large-print handover note',
    async () => {
      const video = builtInPath('video-calling-family');
      const page = await openSidePanel();
      await addLearnerByKeyboard(page, 'Ana');
      await pressButton(page, 'Keeping in touch with family', 'Space');
      expect(await page.getByRole('button', { name: 'Keeping in touch with family', pressed: true }).count()).toBe(1);
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: 'Suggested for "Keeping in touch with family", best first:' })
            .count(),
        )
        .toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);

      await pressButton(page, video.title);
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: video.title });
      await pressButton(page, 'Start step 1');
      for (const [index] of video.steps.entries()) {
        await expectStepHeadingFocused(page, video, index);
        await pressButton(page, index === 1 ? 'Skip this step' : 'I did it');
      }
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: `Well done! You finished: ${video.title}` });

      await pressButton(page, 'End the session');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Before they go' });
      expect(await accessibilityViolations(page)).toEqual([]);
      await pressButton(page, 'Make the handover note');
      await expect.poll(() => page.getByRole('alert').textContent()).toContain('Answer these 3 checks first');
      expect(await accessibilityViolations(page)).toEqual([]);
      // Radio buttons by keyboard: Tab into each group, Space ticks the first answer, an arrow key moves to the next.
      await tabTo(page, 'Yes, done');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      await page.keyboard.press('Tab');
      await page.keyboard.press('ArrowDown');
      expect(await page.getByRole('radio', { checked: true }).count()).toBe(3);
      expect(await page.getByRole('radio', { name: 'Not needed today', checked: true }).count()).toBe(1);
      await pressButton(page, 'Make the handover note');

      // The handover note is Ana's digital care plan (issue 13).
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Digital plan for Ana' });
      await expect
        .poll(() =>
          page
            .getByRole('status')
            .filter({ hasText: "Today's session is saved in Ana's history on this computer." })
            .count(),
        )
        .toBe(1);
      expect(
        await page.getByText(`${video.title}: 4 steps on your own, 1 step skipped. You finished it.`).count(),
      ).toBe(1);
      expect(await page.locator('.sp-handover').getByText(video.steps[1]!.title).count()).toBe(1);
      expect(await page.locator('.sp-handover .sp-resume__code').count()).toBe(1);
      expect(await accessibilityViolations(page)).toEqual([]);

      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print the handover note' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'Find local help' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { name: 'What we did today' }).isVisible()).toBe(true);
      // Large print: 16pt or more, and 16pt is 21.33 CSS pixels.
      expect(
        parseFloat(
          await page
            .locator('.sp-handover li')
            .first()
            .evaluate((item) => getComputedStyle(item).fontSize),
        ),
      ).toBeGreaterThanOrEqual(21.33);
      await page.emulateMedia({ media: 'screen' });

      await pressButton(page, 'Start with the next person');
      await expect.poll(() => focused(page)).toEqual({ tag: 'H2', text: 'Who is learning?' });
      await page.close();
    },
    WALK_TIMEOUT,
  );

  it(
    'refuses a full name with an email in it and says why, next to the box',
    async () => {
      const page = await openSidePanel();
      await tabTo(page, 'First name or nickname');
      await page.keyboard.type('sam@example.com');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByText('Please use a first name or nickname only.').count()).toBe(1);
      expect(await page.getByLabel('First name or nickname').getAttribute('aria-invalid')).toBe('true');
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.close();
    },
    WALK_TIMEOUT,
  );
});
