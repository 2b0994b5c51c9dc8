import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launchWithExtension } from '../browser/chromium.ts';

let context: BrowserContext;
let extensionId: string;

interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  action?: { default_popup?: string };
}

beforeAll(async () => {
  ({ context, extensionId } = await launchWithExtension());
});

afterAll(async () => {
  await context?.close();
});

async function builtManifest(): Promise<Manifest> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const manifest = await page.evaluate(() =>
    (globalThis as unknown as { chrome: { runtime: { getManifest(): Manifest } } }).chrome.runtime.getManifest(),
  );
  await page.close();
  return manifest;
}

describe('the extension in Chrome', () => {
  it('leaves the toolbar button to the popup, not to opening the side panel by itself', async () => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/sidepanel.html`);
    const behavior = await page.evaluate(() =>
      (
        globalThis as unknown as {
          chrome: { sidePanel: { getPanelBehavior(): Promise<{ openPanelOnActionClick: boolean }> } };
        }
      ).chrome.sidePanel.getPanelBehavior(),
    );
    expect(behavior.openPanelOnActionClick).toBe(false);
    await page.close();
  });

  it('asks only for storage, the side panel and putting the guide into a tab, and no website at install', async () => {
    const manifest = await builtManifest();
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'scripting', 'sidePanel', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
  });

  it('may ask, at run time, for the sites the paths point at, including the practice pages on this computer', async () => {
    const manifest = await builtManifest();
    expect(manifest.optional_host_permissions).toContain('http://localhost/*');
    expect(manifest.optional_host_permissions?.every((pattern) => /^https?:\/\/[^/]+\/\*$/.test(pattern))).toBe(true);
  });
});
