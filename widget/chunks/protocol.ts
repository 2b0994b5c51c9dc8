/**
 * How the widget's later parts ("chunks") talk to the first script, signpost.js: their names, what each
 * hands back, and the event a chunk announces itself with on its own <script> element (no page globals).
 * Types and one constant only, so it costs the first script nothing to share with every chunk.
 */
import type { renderFoundHelp } from '../finder-engine/render-found-help.tsx';
import type { widgetSupportFinder } from '../finder-engine/widget-support-finder.ts';
import type { LearnAtHomeOptions } from '../learn-at-home/options.ts';
import type { loadPack } from '../../shared/directory/load-pack.ts';
import type { CreateTextIndex } from '../../shared/find/create-text-index.ts';

/** What each chunk hands back once it has loaded. */
export interface Chunks {
  'finder-engine': { widgetSupportFinder: typeof widgetSupportFinder; renderFoundHelp: typeof renderFoundHelp };
  'learn-at-home': { mountLearnAtHome(container: HTMLElement, options: LearnAtHomeOptions): void };
  'pack-check': { loadPack: typeof loadPack };
  'word-search': { createTextIndex: CreateTextIndex };
}

export type ChunkName = keyof Chunks;

/** Where a chunk's file is, relative to signpost.js, and its SRI hash ("sha384-..."). */
export interface ChunkFile {
  file: string;
  integrity: string;
}

export type ChunkFiles = Partial<Record<ChunkName, ChunkFile>>;

/** The event a chunk fires on its own <script> element while it runs. */
export const ANNOUNCED = 'signpost:chunk';

export interface Announcement<N extends ChunkName> {
  name: N;
  api: Chunks[N];
}
