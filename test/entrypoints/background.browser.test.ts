import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../browser/chromium.ts';

let context: BrowserContext;
let extensionId: string;

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

afterAll(async () => {
  await context?.close();
});

describe('the extension in Chrome', () => {
  it('opens the side panel from its toolbar button', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const behavior = await page.evaluate(() => (globalThis as unknown as { chrome: { sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick: boolean }> } } }).chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
    await page.close();
  });

  it('asks for no permission but the side panel, and no access to any website', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const manifest = await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { permissions?: string[]; host_permissions?: string[] } } } }).chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(['sidePanel']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    await page.close();
  });
});
