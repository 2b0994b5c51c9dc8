import type { CreateTextIndex } from './create-text-index.ts';

/**
 * The word index's builder as a later import, for the extension and the command line: their bundles load
 * MiniSearch only for a word search. (The widget's engine loads it as a later part of its own instead.)
 */
export const loadTextIndex = (): Promise<CreateTextIndex> =>
  import('./create-text-index.ts').then((module) => module.createTextIndex);
