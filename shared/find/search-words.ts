/*
 * The words of a search, without the word index itself (MiniSearch, create-text-index.ts): the finder asks
 * whether a query has words before it loads the index, which the widget fetches only for a word search.
 */

/** Where MiniSearch's default tokenizer splits words (its SPACE_OR_PUNCTUATION), so both split alike. */
const WORD_BREAK = /[\n\r\p{Z}\p{P}]+/u;

/*
 * Words that say nothing about which help someone wants ("help with my phone"): left out of the index and
 * of queries, so every other word of a query must match, and the index stays a third smaller.
 */
const FILLER = new Set([
  'a',
  'an',
  'and',
  'the',
  'of',
  'for',
  'to',
  'in',
  'on',
  'with',
  'at',
  'by',
  'is',
  'are',
  'you',
  'your',
  'my',
  'me',
  'i',
  'we',
  'our',
  'near',
  'help',
  'support',
  'find',
  'get',
]);

/**
 * Whether a query has any word worth searching for: "help near me" has none, and is no filter at all
 * rather than a search that matches nothing.
 */
export function hasSearchWords(query: string): boolean {
  return query.split(WORD_BREAK).some((word) => word !== '' && foldWord(word) !== null);
}

/**
 * One form per word, for the index and the query alike: lower case, accents off (people type "cafe" for
 * "café", "ty" for "tŷ"), and a plural made singular ("libraries" finds "library"); filler gives null.
 */
export function foldWord(word: string): string | null {
  const plain = word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  if (FILLER.has(plain)) return null;
  if (plain.length > 4 && plain.endsWith('ies')) return `${plain.slice(0, -3)}y`;
  if (plain.length > 3 && plain.endsWith('s') && !/(ss|us|is)$/.test(plain)) return plain.slice(0, -1);
  return plain;
}
