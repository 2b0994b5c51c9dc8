/**
 * Real Firefox, real add-on: Debian's firefox-esr (scripts/ensure-firefox.ts) driven by puppeteer-core over
 * WebDriver BiDi, with the built add-on (.output/firefox-mv2) installed as a temporary add-on, as
 * about:debugging's "Load Temporary Add-on" does. No browser download. The README ("The Firefox check")
 * says why each flag and pref is here.
 *
 * Firefox's BiDi sends no events for extension pages and does not list the sidebar's page as a context,
 * so pages are read and pressed from Firefox's own chrome code (allowed by --remote-allow-system-access):
 * a frame script reads the page inside a tab's or the sidebar's <browser>, and mouse events sent to the
 * browser window reach the page as a person's clicks do (trusted, counted as the person's action).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = '/usr/bin/firefox-esr';
const ADD_ON_ID = 'signpost-for-champions@signpost';
/** Fixed before launch, so the add-on's pages have a known address (Firefox picks a random one per profile). */
const ADD_ON_UUID = '3a1f6c1e-5b7d-4c2a-9e0f-51c9a0d4e7b2';

/** Where a page lives: Firefox's sidebar, or the tab whose address starts with this. */
export type Place = 'sidebar' | `${string}/${string}`;

export interface FirefoxWithAddOn {
  /** The add-on's pages' origin: moz-extension://<uuid>. */
  base: string;
  /** Lines Firefox printed about script errors in `files`' scripts ("JavaScript error: <url>, line N: ..."). */
  printedErrors(files: string[]): string[];
  /** One WebDriver BiDi command. */
  bidi<T = unknown>(method: string, params: object): Promise<T>;
  /** The browser window's chrome-scope context. */
  window: string;
  close(): Promise<void>;
}

/** Puppeteer's BiDi connection: public in its JavaScript, left out of its types. Pinned version. */
interface WithBidiConnection {
  connection: { send(method: string, params: object): Promise<{ result: unknown }> };
}

/** Firefox with the built add-on installed and its sidebar open (Firefox opens it at install). */
export async function launchFirefoxWithAddOn(addOn = resolve('.output/firefox-mv2')): Promise<FirefoxWithAddOn> {
  if (!existsSync(FIREFOX))
    throw new Error('The Firefox check needs Firefox ESR: run "npx tsx scripts/ensure-firefox.ts".');
  const browser: Browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    protocol: 'webDriverBiDi',
    // Lets this test client (not the add-on or any page) navigate tabs to moz-extension:// and run chrome code.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [ADD_ON_ID]: ADD_ON_UUID }) },
  });
  const printed: string[] = [];
  try {
    for (const stream of [browser.process()?.stdout, browser.process()?.stderr]) {
      let partLine = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (partLine + String(chunk)).split('\n');
        partLine = lines.pop()!;
        printed.push(...lines.filter((line) => /^JavaScript (error|warning)/.test(line)));
      });
    }
    const connection = (browser as unknown as WithBidiConnection).connection;
    const bidi = async <T>(method: string, params: object) => (await connection.send(method, params)).result as T;
    const installed = await browser.installExtension(addOn);
    if (installed !== ADD_ON_ID) throw new Error(`Firefox installed ${installed}, not ${ADD_ON_ID}.`);
    const tree = await bidi<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', {
      'moz:scope': 'chrome',
      maxDepth: 0,
    });
    const window = tree.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml')?.context;
    if (window === undefined) throw new Error('Firefox has no browser window.');
    return {
      base: `moz-extension://${ADD_ON_UUID}`,
      printedErrors: (files) => printed.filter((line) => files.some((file) => line.includes(file))),
      bidi,
      window,
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** Opens `url` in a new tab, waiting for it to load, and returns the tab's context. */
export async function openTab(firefox: FirefoxWithAddOn, url: string): Promise<string> {
  const { context } = await firefox.bidi<{ context: string }>('browsingContext.create', { type: 'tab' });
  // BiDi's own navigate: puppeteer's page.goto waits for load events Firefox never sends for extension pages.
  await firefox.bidi('browsingContext.navigate', { context, url, wait: 'complete' });
  return context;
}

/** Brings a tab to the front, as a person clicking it would. */
export async function showTab(firefox: FirefoxWithAddOn, context: string): Promise<void> {
  await firefox.bidi('browsingContext.activate', { context });
}

/*
 * Chrome code. Each function below runs in Firefox's browser window, serialised by its source text, so it
 * uses nothing from this file; `browserAt` comes in as an argument. Firefox's own objects are typed here
 * only as far as they are used.
 */

interface BrowserElement extends Element {
  messageManager: {
    addMessageListener(name: string, listener: (message: { data: Record<string, string> }) => void): void;
    removeMessageListener(name: string, listener: (message: { data: Record<string, string> }) => void): void;
    loadFrameScript(url: string, allowDelayedLoad: boolean): void;
  };
  currentURI: { spec: string };
  ownerDocument: Document & {
    defaultView: Window & {
      synthesizeMouseEvent(type: string, x: number, y: number, event: object, options: object): void;
    };
  };
}

interface ChromeWindow extends Window {
  gBrowser: { browsers: BrowserElement[] };
}

/** The <browser> element showing `place`'s page. */
function browserAt(place: Place): BrowserElement {
  const window = globalThis as unknown as ChromeWindow;
  const found =
    place === 'sidebar'
      ? (window.document.getElementById('sidebar') as HTMLIFrameElement | null)?.contentDocument?.getElementById(
          'webext-panels-browser',
        )
      : window.gBrowser.browsers.find((browser) => browser.currentURI.spec.startsWith(place));
  if (!found) throw new Error(`Firefox shows no page at ${place}.`);
  return found as BrowserElement;
}

/** Runs `fn(arg, browserAt)` as chrome code in the browser window; its result comes back through JSON. */
export async function inChrome<A, T>(
  firefox: FirefoxWithAddOn,
  fn: (arg: A, find: typeof browserAt) => T | Promise<T>,
  arg: A,
): Promise<T> {
  const result = await firefox.bidi<{ type: string; result?: { value: string }; exceptionDetails?: { text: string } }>(
    'script.callFunction',
    {
      functionDeclaration: `async (json) => JSON.stringify((await (${fn.toString()})(JSON.parse(json), ${browserAt.toString()})) ?? null)`,
      arguments: [{ type: 'string', value: JSON.stringify(arg) }],
      target: { context: firefox.window },
      awaitPromise: true,
      resultOwnership: 'none',
    },
  );
  if (result.type !== 'success') throw new Error(`Chrome code failed: ${result.exceptionDetails?.text}`);
  return JSON.parse(result.result!.value) as T;
}

let replies = 0;

/** A frame script's way to answer chrome code (a global of frame scripts only). */
declare const sendAsyncMessage: (name: string, data: object) => void;

/**
 * Runs `fn(page, arg)` in the page at `place`, as a frame script: chrome code in the page's own process,
 * which sees the page as it is (closed shadow roots too) and changes nothing. Its result comes back
 * through JSON.
 */
export async function inPage<A, T>(
  firefox: FirefoxWithAddOn,
  place: Place,
  fn: (page: Window, arg: A) => T | Promise<T>,
  arg: A,
): Promise<T> {
  const reply = `signpost-test:${(replies += 1)}`;
  const script = `Promise.resolve().then(() => (${fn.toString()})(content, ${JSON.stringify(arg)}))
    .then((value) => sendAsyncMessage(${JSON.stringify(reply)}, { value: JSON.stringify(value ?? null) }),
          (error) => sendAsyncMessage(${JSON.stringify(reply)}, { error: String(error) }));`;
  const json = await inChrome(
    firefox,
    ({ place, reply, script }, find) =>
      new Promise<string>((answer, fail) => {
        const { messageManager } = find(place);
        const listener = ({ data }: { data: Record<string, string> }) => {
          messageManager.removeMessageListener(reply, listener);
          if (data.error !== undefined) fail(new Error(data.error));
          else answer(data.value!);
        };
        messageManager.addMessageListener(reply, listener);
        setTimeout(() => fail(new Error(`no answer from the page at ${place}`)), 10_000);
        messageManager.loadFrameScript(`data:,${encodeURIComponent(script)}`, false);
      }),
    { place, reply, script },
  );
  return JSON.parse(json) as T;
}

/** Polls `probe` until it gives a truthy value, or fails after `ms` saying what it last saw. */
export async function until<T>(what: string, probe: () => Promise<T>, ms = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      last = await probe();
      if (last) return last as NonNullable<T>;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what} (last saw: ${JSON.stringify(last)})`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The page's text as a person reads it, in one line. */
export function pageText(firefox: FirefoxWithAddOn, place: Place): Promise<string> {
  return inPage(firefox, place, (page) => page.document.body?.innerText.replace(/\s+/g, ' ').trim() ?? '', null);
}

/**
 * A person's click on the button named `name` at `place`: mouse events sent to the browser window at the
 * button's place on screen, which Firefox routes into the page as a pointer's. They arrive trusted, and
 * count as the person's action (permissions.request and sidebarAction.open need one). Checks that the
 * click reached that button, and tries again if a scroll was not yet painted.
 */
export async function press(firefox: FirefoxWithAddOn, place: Place, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const centre = await until(`a button "${name}" at ${place}`, () =>
      inPage(
        firefox,
        place,
        async (page, wanted) => {
          const spoken = (element: Element) =>
            (element.getAttribute('aria-label') ?? element.textContent ?? '').replace(/\s+/g, ' ').trim();
          const button = [...page.document.querySelectorAll('button')].find(
            (element) => spoken(element) === wanted && !element.disabled,
          );
          if (!button) return null;
          button.scrollIntoView({ block: 'center', behavior: 'instant' });
          // Two frames, so the scrolled page is painted before Firefox hit-tests the click.
          await new Promise((done) => page.requestAnimationFrame(() => page.requestAnimationFrame(done)));
          const box = button.getBoundingClientRect();
          const x = box.x + box.width / 2;
          const y = box.y + box.height / 2;
          if (!button.contains(page.document.elementFromPoint(x, y))) return null;
          page.addEventListener(
            'click',
            (event) =>
              sendAsyncMessage('signpost-test:clicked', {
                hit: button.contains(event.target as Node),
                trusted: event.isTrusted,
              }),
            { capture: true, once: true },
          );
          return { x, y };
        },
        name,
      ),
    );
    const landed = await inChrome(
      firefox,
      ({ place, x, y }, find) =>
        new Promise<{ hit: boolean; trusted: boolean } | null>((answer) => {
          const browser = find(place);
          const listener = ({ data }: { data: Record<string, string> }) => {
            browser.messageManager.removeMessageListener('signpost-test:clicked', listener);
            answer(data as unknown as { hit: boolean; trusted: boolean });
          };
          browser.messageManager.addMessageListener('signpost-test:clicked', listener);
          setTimeout(() => answer(null), 3000);
          const at = browser.getBoundingClientRect();
          for (const [type, buttons] of [
            ['mousemove', 0],
            ['mousedown', 1],
            ['mouseup', 0],
          ] as const) {
            browser.ownerDocument.defaultView.synthesizeMouseEvent(
              type,
              at.x + x,
              at.y + y,
              { button: 0, buttons, clickCount: type === 'mousemove' ? 0 : 1 },
              { isDOMEventSynthesized: true, isWidgetEventSynthesized: false, isAsyncEnabled: false },
            );
          }
        }),
      { place, ...centre },
    );
    if (landed?.hit && landed.trusted) return;
    if (attempt === 3) throw new Error(`3 clicks on "${name}" at ${place} did not reach it: ${JSON.stringify(landed)}`);
  }
}

interface WithSidebarController {
  SidebarController: { isOpen: boolean; hide(): void };
}

/** Whether Firefox's sidebar is open. */
export function sidebarIsOpen(firefox: FirefoxWithAddOn): Promise<boolean> {
  return inChrome(firefox, () => (globalThis as unknown as WithSidebarController).SidebarController.isOpen, null);
}

/** Closes Firefox's sidebar, as its close button does. */
export async function closeSidebar(firefox: FirefoxWithAddOn): Promise<void> {
  await inChrome(firefox, () => (globalThis as unknown as WithSidebarController).SidebarController.hide(), null);
}

/** Firefox's prompt for more of an add-on's permissions: what it said, and the button pressed. */
export interface PermissionPrompt {
  words: string[];
  pressed: string;
}

/**
 * Waits for Firefox's own prompt asking for more of the add-on's permissions and presses Allow (its main
 * button), as a person would. Firefox ignores a press in the prompt's first half second
 * (security.notification_enable_delay), so this waits that out first.
 */
export function allowInPrompt(firefox: FirefoxWithAddOn): Promise<PermissionPrompt> {
  return inChrome(
    firefox,
    async () => {
      type Prompt = HTMLElement & { button: HTMLButtonElement & { label: string } };
      const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
      const chrome = globalThis as unknown as {
        PopupNotifications: { panel: { state: string } };
        Services: { prefs: { getIntPref(name: string, fallback: number): number } };
      };
      const showing = (): Prompt | undefined => {
        const prompt = document.getElementById('addon-webext-permissions-notification');
        return prompt && chrome.PopupNotifications.panel.state === 'open' ? (prompt as Prompt) : undefined;
      };
      for (let tries = 0; tries < 100 && !showing(); tries += 1) await sleep(100);
      const prompt = showing();
      if (!prompt) throw new Error('Firefox showed no permission prompt.');
      const words = [...prompt.querySelectorAll('description, li')]
        .map((element) => element.textContent?.trim() ?? '')
        .filter(Boolean);
      await sleep(chrome.Services.prefs.getIntPref('security.notification_enable_delay', 500) + 200);
      prompt.button.click();
      return { words: [...new Set(words)], pressed: prompt.button.label };
    },
    null,
  );
}

/**
 * Errors and warnings from scripts at `files` in the process showing `place`: uncaught errors, CSP and
 * other script errors (Firefox's console service) and console.error/warn calls (its console API store),
 * each with the file it came from. BiDi reports neither for extension pages. A page's console calls are
 * forgotten when it closes, so keep pages open until this has read them.
 */
export function scriptProblems(firefox: FirefoxWithAddOn, place: Place, files: string[]): Promise<string[]> {
  return inPage(
    firefox,
    place,
    (_page, starts) => {
      const chrome = globalThis as unknown as {
        Services: { console: { getMessageArray(): object[] | null } };
        Ci: { nsIScriptError: { infoFlag: number; warningFlag: number } & object; nsIConsoleAPIStorage: object };
        Cc: Record<string, { getService(type: object): { getEvents(): ConsoleEvent[] } }>;
      };
      interface ScriptError {
        flags: number;
        errorMessage: string;
        sourceName: string;
        lineNumber: number;
      }
      interface ConsoleEvent {
        level: string;
        filename: string;
        lineNumber: number;
        arguments: unknown[];
      }
      const ours = (url: unknown) => starts.some((start) => String(url ?? '').startsWith(start));
      const { nsIScriptError } = chrome.Ci;
      const found: string[] = [];
      for (const message of chrome.Services.console.getMessageArray() ?? []) {
        if (!(message instanceof (nsIScriptError as unknown as typeof Object))) continue;
        const error = message as ScriptError;
        if (error.flags & nsIScriptError.infoFlag || !ours(error.sourceName)) continue;
        const kind = error.flags & nsIScriptError.warningFlag ? 'warning' : 'error';
        found.push(`${kind}: ${error.errorMessage} (${error.sourceName}:${error.lineNumber})`);
      }
      const store = chrome.Cc['@mozilla.org/consoleAPI-storage;1']!.getService(chrome.Ci.nsIConsoleAPIStorage);
      for (const event of store.getEvents()) {
        if ((event.level === 'error' || event.level === 'warn') && ours(event.filename)) {
          found.push(
            `console.${event.level}: ${[...event.arguments].map(String).join(' ')} (${event.filename}:${event.lineNumber})`,
          );
        }
      }
      return found;
    },
    files,
  );
}
