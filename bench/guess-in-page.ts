/**
 * The page guide's guess and finder for `npm run bench` (extension-guess.ts), bundled for a page's own
 * window: the same shared/guide code the teaching script runs in the extension.
 */
export { findTarget } from '../shared/guide/find-target.ts';
export { guessWhenSettled } from '../shared/guide/guess-target.ts';
