import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OnPage } from '../../../shared/paths/learning-path.ts';
import { buildOrganisationFile } from '../../../shared/paths/organisation-file.ts';
import { allowSite } from '../../browser/allow-site.ts';
import { launchWithExtension, serveFolders, type StaticSite } from '../../browser/chromium.ts';
import { expectRingAround, guideBubble, ringIsAround } from '../../browser/guide-ring.ts';
import { examplePath, exampleStep } from '../../shared/paths/example-path.ts';

/*
 * The page guide on a page whose own scripts and styles try to read it, hide it, move it, or finish the
 * step for the person (test/fixtures/late-pages/library/hostile.html), in real Chromium with the built
 * extension. The step comes from an organisation's own path, opened from a file on the options page.
 */

const renewButton: OnPage = {
  site: 'http://localhost',
  page: '/library/*',
  action: 'click',
  target: { role: 'button', name: 'Renew my books' },
};

const path = examplePath({
  id: 'renew-on-a-hostile-page',
  title: 'Renew on a hostile page',
  goal: 'I want to renew my library books at home.',
  topic: 'local-help',
  practice: true,
  needs: [],
  steps: [
    exampleStep('renew', {
      title: 'Renew your books',
      say: 'Press the button that renews your books.',
      onPage: renewButton,
    }),
    exampleStep('then', { title: 'Well done', say: 'You renewed your books.', onPage: renewButton }),
  ],
});

let site: StaticSite;

beforeAll(async () => {
  site = await serveFolders({ '/library/': 'test/fixtures/late-pages/library' });
});

afterAll(async () => {
  await site?.close();
});

function stepHeading(panel: Page): Promise<string> {
  return panel
    .locator('h2')
    .first()
    .textContent()
    .then((text) => (text ?? '').replace(/\s+/g, ' ').trim());
}

describe('the page guide on a hostile page', () => {
  it('stays closed, drawn and in place whatever the page does, and only the person’s own click finishes the step', async () => {
    const { context, extensionId } = await launchWithExtension();
    try {
      await allowSite(context, extensionId, 'http://localhost/*');
      const file = join(mkdtempSync(join(tmpdir(), 'signpost-hostile-')), 'paths.json');
      writeFileSync(file, JSON.stringify(buildOrganisationFile('Riverside Library', [path], [], new Date())));
      const options = await context.newPage();
      await options.goto(`chrome-extension://${extensionId}/options.html`);
      await options.locator('section[aria-labelledby="own-paths"] input[type="file"]').setInputFiles(file);
      await options.locator('.sp-directory-report').getByRole('button', { name: 'Save', exact: true }).click();
      await options.getByText(/^Saved 1 path/).waitFor();

      const page = await context.newPage();
      await page.goto(`http://localhost:${new URL(site.url).port}/library/hostile.html`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
      await panel.getByRole('button', { name: 'Practise without saving' }).click();
      await panel.getByText('See every learning path').click();
      await panel.getByRole('button', { name: path.title }).click();
      await panel.getByRole('button', { name: 'Start step 1' }).click();
      await panel.getByRole('button', { name: 'Show me on the page' }).click();

      const renew = page.getByRole('button', { name: 'Renew my books' });
      // Drawn and in place although the page's CSS hides, moves and fades the layer with !important.
      await expectRingAround(page, renew);
      expect((await guideBubble(page))?.words).toBe('Press the button that renews your books.');

      // The page's scripts see a closed shadow root with no words in it, and no animation of ours.
      const seen = await page.evaluate(() => {
        const host = document.querySelector('signpost-guide')!;
        const hostile = (window as unknown as { hostile: { shadowRoots: string[]; textSeen: string[] } }).hostile;
        return {
          shadowRoot: host.shadowRoot,
          text: host.textContent,
          animations: document.getAnimations().length,
          ...hostile,
        };
      });
      expect(seen).toEqual({
        shadowRoot: null,
        text: '',
        animations: 0,
        shadowRoots: expect.arrayContaining(['closed']),
        textSeen: expect.arrayContaining(['']),
      });
      expect(seen.shadowRoots).not.toContain('open');

      // Its made-up clicks, key presses, messages and events neither finish the step nor send the ring away.
      await page.evaluate(() => {
        const button = document.getElementById('renew')!;
        button.click();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        window.postMessage({ type: 'hideTarget' }, '*');
        window.postMessage(
          { type: 'showTarget', stepKey: 'x', onPage: { site: 'http://localhost', action: 'click' } },
          '*',
        );
        for (const name of ['wxt:content-script-started', 'signpost.guide', 'guide:wxt:content-script-started'])
          document.dispatchEvent(
            new CustomEvent(name, { detail: { contentScriptName: 'guide', messageId: 'hostile' } }),
          );
      });
      await page.waitForTimeout(300);
      expect(await stepHeading(panel)).toBe('Step 1 of 2: Renew your books');
      expect(await ringIsAround(page, renew)).toBe(true);

      // Taking the layer off the page doesn't last: it is put back at once.
      await page.evaluate(() => document.querySelector('signpost-guide')!.remove());
      await expectRingAround(page, renew);

      // The person's own click does it.
      await page.bringToFront();
      await renew.click();
      await expect.poll(() => stepHeading(panel)).toBe('Step 2 of 2: Well done');
      expect(await page.locator('#said').textContent()).toBe('Renewed.');
    } finally {
      await context.close();
    }
  }, 60_000);
});
