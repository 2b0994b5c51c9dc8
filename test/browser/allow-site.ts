import type { BrowserContext } from 'playwright-core';

interface DeveloperPrivate {
  addHostPermission(extensionId: string, host: string): Promise<void>;
}

/**
 * Lets the extension use a site, as a person does on its details page (chrome://extensions, "Site access",
 * add a site). Headless Chromium cannot answer the permission prompt; once the site is allowed,
 * permissions.request answers yes at once, as it does for a helper who chose Allow before.
 * `pattern` is a match pattern such as "http://localhost/*".
 */
export async function allowSite(context: BrowserContext, extensionId: string, pattern: string): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto(`chrome://extensions/?id=${extensionId}`);
    await page.evaluate(
      ([id, host]) =>
        (
          globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }
        ).chrome.developerPrivate.addHostPermission(id, host),
      [extensionId, pattern] as const,
    );
  } finally {
    await page.close();
  }
}
