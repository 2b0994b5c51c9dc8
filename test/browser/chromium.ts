/**
 * Real browser, real parts: Debian's Chromium driven by playwright-core, pages served from localhost.
 * Flags from ../shared/notes/toolchain.md: the closed network refuses Chromium's background calls.
 */
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import sirv from 'sirv';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
}

/**
 * Chromium with the built extension loaded unpacked, and the extension's id. A fresh profile unless one is
 * given: a test that updates the extension opens the same profile twice.
 */
export async function launchWithExtension(
  extensionDir = resolve('.output/chrome-mv3'),
  profileDir = mkdtempSync(join(tmpdir(), 'signpost-profile-')),
): Promise<{ context: BrowserContext; extensionId: string }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...FLAGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves folders on a free localhost port; `headers` lets a test play a strict host page (CSP), for every
 * file or, given as a function of the path asked for, file by file.
 */
export async function serveFolders(
  mounts: Record<string, string>,
  headers: Record<string, string> | ((path: string) => Record<string, string>) = {},
): Promise<StaticSite> {
  const handlers = Object.entries(mounts).map(([prefix, dir]) => ({ prefix, serve: sirv(dir, { dev: true }) }));
  const server: Server = createServer((request, response) => {
    const headersHere = typeof headers === 'function' ? headers(request.url ?? '/') : headers;
    for (const [name, value] of Object.entries(headersHere)) response.setHeader(name, value);
    const handler = handlers.find(({ prefix }) => request.url?.startsWith(prefix));
    if (!handler) {
      response.statusCode = 404;
      response.end('Not found');
      return;
    }
    request.url = request.url!.slice(handler.prefix.length - 1) || '/';
    handler.serve(request, response, () => {
      response.statusCode = 404;
      response.end('Not found');
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG 2.2 A/AA violations on the page (or in one frame), as "rule: target" lines (empty when clean). */
export async function accessibilityViolations(page: Page | Frame): Promise<string[]> {
  // page.evaluate, not addScriptTag: extension pages' CSP blocks added script tags.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() =>
    (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${JSON.stringify(node.target)}`),
  );
}
