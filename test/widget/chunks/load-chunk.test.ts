import { beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ChunkModule from '../../../widget/chunks/load-chunk.ts';
import { registerChunk } from '../../../widget/chunks/register-chunk.ts';

const FILES = {
  'finder-engine': { file: 'signpost-finder-engine.js', integrity: 'sha384-engine' },
  'learn-at-home': { file: 'signpost-learn.js', integrity: 'sha384-learn' },
};

let chunk: typeof ChunkModule;
let inserted: HTMLElement;

beforeEach(async () => {
  // A fresh module each time: it remembers what it loaded.
  vi.resetModules();
  chunk = await import('../../../widget/chunks/load-chunk.ts');
  // Kept out of the document, as happy-dom loads no script files: the test plays the browser's part.
  inserted = document.createElement('div');
  vi.spyOn(document.head, 'append').mockImplementation((...nodes) => inserted.append(...nodes));
  // A failed load asks for the file again to say why: offline here, unless a test says otherwise.
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.reject(new TypeError('Failed to fetch'))),
  );
  return () => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  };
});

/** The chunk scripts the widget has put in the page and not taken out again. */
function insertedScripts(): HTMLScriptElement[] {
  return [...inserted.querySelectorAll('script')];
}

/** What the browser does with a chunk's file: runs it (the chunk registers itself), then fires load. */
function runChunk(script: HTMLScriptElement, register: () => void): void {
  Object.defineProperty(document, 'currentScript', { value: script, configurable: true });
  register();
  Object.defineProperty(document, 'currentScript', { value: null, configurable: true });
  script.dispatchEvent(new Event('load'));
}

const engine = {
  widgetSupportFinder: () => ({
    searchSupport: async () => ({ ok: false as const, message: 'test', suggestions: [], remote: [] }),
  }),
  renderFoundHelp: () => {},
};

describe('loading a part of the widget on first use', () => {
  it('inserts the chunk once, with its integrity hash, and hands back what the chunk registered', async () => {
    const first = chunk.loadChunk('finder-engine', FILES);
    const second = chunk.loadChunk('finder-engine', FILES);
    const [script] = insertedScripts();
    expect(insertedScripts()).toHaveLength(1);
    expect(script!.src).toBe(new URL('signpost-finder-engine.js', document.baseURI).href);
    expect(script!.integrity).toBe('sha384-engine');
    expect(script!.crossOrigin).toBe('anonymous');
    runChunk(script!, () => registerChunk('finder-engine', engine));
    expect(await first).toEqual({ ok: true, api: engine });
    expect(await second).toEqual({ ok: true, api: engine });
    expect(await chunk.loadChunk('finder-engine', FILES)).toEqual({ ok: true, api: engine });
    expect(insertedScripts()).toHaveLength(1);
  });

  it('says which file failed when it cannot be fetched or does not match its hash, and tries again on the next call', async () => {
    const failed = chunk.loadChunk('learn-at-home', FILES);
    insertedScripts()[0]!.dispatchEvent(new Event('error'));
    const answer = await failed;
    expect(answer.ok).toBe(false);
    expect(!answer.ok && answer.message).toContain('signpost-learn.js could not be loaded');
    expect(insertedScripts()).toHaveLength(0);

    const mountLearnAtHome = vi.fn();
    const retried = chunk.loadChunk('learn-at-home', FILES);
    runChunk(insertedScripts()[0]!, () => registerChunk('learn-at-home', { mountLearnAtHome }));
    expect(await retried).toEqual({ ok: true, api: { mountLearnAtHome } });
  });

  it('refuses a file that loads but is not the chunk it should be', async () => {
    const loaded = chunk.loadChunk('finder-engine', FILES);
    runChunk(insertedScripts()[0]!, () => registerChunk('learn-at-home', { mountLearnAtHome: vi.fn() }));
    expect((await loaded).ok).toBe(false);
  });

  it('says so when this build has no such chunk', async () => {
    expect(await chunk.loadChunk('learn-at-home', {})).toEqual({
      ok: false,
      message: 'Signpost: this build has no learn-at-home part.',
    });
    expect(insertedScripts()).toHaveLength(0);
  });

  it.each([
    ['was not found', () => new Response('Not found', { status: 404 }), 'could not be loaded: it answered 404.'],
    [
      'came back as a web page',
      () => new Response('<!doctype html>', { headers: { 'Content-Type': 'text/html' } }),
      'could not be loaded: a web page came back instead.',
    ],
    [
      'is there but refused (a changed file, or the page’s policy)',
      () => new Response('console.log(1)', { headers: { 'Content-Type': 'text/javascript' } }),
      "could not be loaded: its integrity hash does not match, or the page's Content Security Policy blocks it.",
    ],
    [
      'cannot be fetched from another site',
      () => Promise.reject(new TypeError('Failed to fetch')),
      'could not be loaded: offline, or its server does not send Access-Control-Allow-Origin.',
    ],
  ])('tells the site owner which it was when the file %s', async (_, answer, reason) => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => answer()),
    );
    const failed = chunk.loadChunk('finder-engine', FILES);
    insertedScripts()[0]!.dispatchEvent(new Event('error'));
    const answered = await failed;
    expect(!answered.ok && answered.message).toContain('signpost-finder-engine.js could not be loaded: ');
    expect(!answered.ok && answered.message).toContain(reason);
  });
});
