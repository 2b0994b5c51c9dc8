/**
 * The chunks' side of widget/chunk.ts, in a file of its own so a chunk carries none of the loader.
 */
import type { ChunkName, Chunks } from './chunk.ts';

export const ANNOUNCED = 'signpost:chunk';

export interface Announcement<N extends ChunkName> {
  name: N;
  api: Chunks[N];
}

/**
 * Called once, at the top level of a chunk's entry file: hands the chunk's functions to the widget that
 * inserted its script. Must run while the chunk's script runs, as document.currentScript is only set then.
 */
export function registerChunk<N extends ChunkName>(name: N, api: Chunks[N]): void {
  const detail: Announcement<N> = { name, api };
  document.currentScript?.dispatchEvent(new CustomEvent(ANNOUNCED, { detail }));
}
