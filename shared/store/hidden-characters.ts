/*
 * Characters that cannot be seen but change what is shown: control characters (a line break or a bell
 * inside a name), the bidirectional controls that turn text round ("RIGHT-TO-LEFT OVERRIDE", U+202E, makes
 * "Sam" show as "maS" and can disguise a file name), and other invisible format characters such as the
 * Unicode tag letters that can smuggle hidden words. Zero-width joiner and non-joiner (U+200D, U+200C) are
 * allowed: Arabic, Persian and Indian scripts, and many emoji, need them.
 * Unicode categories from the Unicode Standard, chapter 4 (Cc, Cf) and 23.2 (bidirectional controls).
 */
const HIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
const ALLOWED_JOINERS = /[\u200C\u200D]/gu;

/** True when `text` holds a control, bidirectional or other invisible format character (joiners aside). */
export function hasHiddenCharacters(text: string): boolean {
  return HIDDEN.test(text.replace(ALLOWED_JOINERS, ''));
}

/** Said when a name or note is refused for one: what is wrong, and what to do. */
export const HIDDEN_CHARACTERS_REFUSED =
  'This has a hidden character in it, which can make words show the wrong way round. Please type it again.';
