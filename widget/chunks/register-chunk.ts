/** The chunks' side of the protocol (widget/chunks/protocol.ts): a chunk carries none of the loader. */
import { ANNOUNCED, type Announcement, type ChunkName, type Chunks } from './protocol.ts';

/**
 * Called once, at the top level of a chunk's entry file: hands the chunk's functions to the widget that
 * inserted its script. Must run while the chunk's script runs, as document.currentScript is only set then.
 */
export function registerChunk<N extends ChunkName>(name: N, api: Chunks[N]): void {
  const detail: Announcement<N> = { name, api };
  document.currentScript?.dispatchEvent(new CustomEvent(ANNOUNCED, { detail }));
}
