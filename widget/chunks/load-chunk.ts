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
 * Loads a chunk once and gives back its functions. A failure (offline, a changed file refused by its
 * integrity hash, a chunk missing from this build) comes back as a message for the site owner, and is
 * forgotten, so the next call tries again.
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
    let api: Chunks[N] | undefined;
    script.addEventListener(ANNOUNCED, (event) => {
      const announced = (event as CustomEvent<Announcement<ChunkName>>).detail;
      if (announced.name === name) api = announced.api as Chunks[N];
    });
    // 'error' is also what a browser fires when the file does not match its integrity hash: it refuses to run it.
    const settle = () => {
      if (api) return resolve({ ok: true, api });
      script.remove();
      resolve({
        ok: false,
        message: `Signpost: ${chunk.file} could not be loaded (offline, moved, or not matching its integrity hash).`,
      });
    };
    script.addEventListener('load', settle);
    script.addEventListener('error', settle);
    script.src = new URL(chunk.file, scriptUrl).href;
    script.integrity = chunk.integrity;
    script.crossOrigin = 'anonymous';
    document.head.append(script);
  });
}
