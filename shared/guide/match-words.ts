/** How well a page's words fit the words a step asks for. `exact` beats `starts` (the step names the start). */
export type WordMatch = 'exact' | 'starts';

// Curly quotes and apostrophes are the same letter to a reader ("What’s" and "What's").
const CURLY_QUOTES = /[\u2018\u2019\u201B\u2032]/g;
const CURLY_DOUBLE_QUOTES = /[\u201C\u201D\u201F\u2033]/g;

/** Words as a reader compares them: case, curly quotes and runs of spaces or line breaks don't count. */
export function tidyWords(text: string): string {
  return text.replace(CURLY_QUOTES, "'").replace(CURLY_DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Whether `actual` (words on the page) fits `wanted` (words in the step): the same words, or words that start
 * with them at a word boundary ("Continue" fits "Continue to sign in", not "Continued"). Undefined when they
 * don't fit, or when `wanted` is empty.
 */
export function matchWords(actual: string, wanted: string): WordMatch | undefined {
  const page = tidyWords(actual);
  const step = tidyWords(wanted);
  if (step === '') return undefined;
  if (page === step) return 'exact';
  if (page.startsWith(step) && !/[\p{L}\p{N}]/u.test(page.charAt(step.length))) return 'starts';
  return undefined;
}
