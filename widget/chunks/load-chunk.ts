/**
 * Loads the widget's later parts ("chunks") when a resident first needs them, so the first script stays
 * within its size budget. Ships in signpost.js. A chunk is a classic script beside signpost.js,
 * inserted with its Subresource Integrity hash (baked into signpost.js at build time), so a strict
 * Content Security Policy and SRI both hold. It announces itself with an event on its own <script>
 * element: no globals on the host page.
 */
import { widgetScriptUrl } from './script-address.ts';
import {
  ANNOUNCED,
  type Announcement,
  type ChunkFile,
  type ChunkFiles,
  type ChunkName,
  type Chunks,
} from './protocol.ts';

export type ChunkLoaded<N extends ChunkName> = { ok: true; api: Chunks[N] } | { ok: false; message: string };

/** Filled in by the widget build (widget/widget.vite.config.ts) with every chunk's file and hash. */
declare const __SIGNPOST_CHUNKS__: ChunkFiles;

// Read while signpost.js itself runs: later, document.currentScript is null.
const scriptUrl = widgetScriptUrl(document.currentScript);
const loading = new Map<ChunkName, Promise<ChunkLoaded<ChunkName>>>();

/**
 * Loads a chunk once and gives back its functions. A failure (offline, no Access-Control-Allow-Origin on
 * another host, not found, a web page in its place, a changed file refused by its integrity hash, blocked
 * by the page's policy, a chunk missing from this build) comes back as a message for the site owner saying
 * which, and is forgotten, so the next call tries again.
 */
export function loadChunk<N extends ChunkName>(
  name: N,
  files: ChunkFiles = __SIGNPOST_CHUNKS__,
): Promise<ChunkLoaded<N>> {
  let pending = loading.get(name);
  if (!pending) {
    pending = insertChunkScript(name, files[name]);
    loading.set(name, pending);
    void pending.then((loaded) => loaded.ok || loading.delete(name));
  }
  return pending as Promise<ChunkLoaded<N>>;
}

function insertChunkScript<N extends ChunkName>(name: N, chunk: ChunkFile | undefined): Promise<ChunkLoaded<N>> {
  if (!chunk) return Promise.resolve({ ok: false, message: `Signpost: this build has no ${name} part.` });
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const src = new URL(chunk.file, scriptUrl).href;
    let api: Chunks[N] | undefined;
    script.addEventListener(ANNOUNCED, (event) => {
      const announced = (event as CustomEvent<Announcement<ChunkName>>).detail;
      if (announced.name === name) api = announced.api as Chunks[N];
    });
    // 'error' is also what a browser fires when the file does not match its integrity hash: it refuses to run it.
    const settle = async () => {
      if (api) return resolve({ ok: true, api });
      script.remove();
      resolve({
        ok: false,
        message: `Signpost: ${src} could not be loaded: ${await whyNotLoaded(src)}.`,
      });
    };
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
    script.src = src;
    script.integrity = chunk.integrity;
    script.crossOrigin = 'anonymous';
    document.head.append(script);
  });
}

/**
 * Why a later part did not run, for the site owner: a script's error event gives no reason, so the file is
 * asked for once more, from the same place, and the answer read.
 */
async function whyNotLoaded(src: string): Promise<string> {
  const response = await fetch(src).catch(() => undefined);
  if (!response) return 'offline, or its server does not send Access-Control-Allow-Origin';
  if (!response.ok) return `it answered ${response.status}`;
  if (/html/.test(response.headers.get('content-type') ?? '')) return 'a web page came back instead';
  // The file is there, so the browser refused it.
  return "its integrity hash does not match, or the page's Content Security Policy blocks it";
}
