import MiniSearch from 'minisearch';
import { categoryLabel } from '../directory/categories.ts';
import type { Resource } from '../directory/resource.ts';

/** The resources, indexed for search by words. */
export type TextIndex = { resources: readonly Resource[]; words: MiniSearch<IndexedText> };

type IndexedText = { position: number; name: string; organisation: string; description: string; categories: string };

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
 * Builds a word index over names, organisations, descriptions and category labels: about 30 ms for 3,000
 * resources, 2 to 3 seconds for 100,000 (2 cores), so build it when someone first searches by words, not
 * on page load. Never fails; duplicate ids are fine, as documents are numbered by position.
 *
 * Fuzziness, in edits (a letter added, dropped or changed): words of 1 to 3 letters must be exact ("gp"
 * must not find "go"), 4 to 6 letters allow one ("libary" finds "library"), 7 or more allow two
 * ("prescripton"; and "recieve", as swapped letters count as two edits). More would let short words
 * match unrelated ones. Every word is also a prefix, so results come as you type.
 */
export function createTextIndex(resources: readonly Resource[]): TextIndex {
  const words = new MiniSearch<IndexedText>({
    idField: 'position',
    fields: ['name', 'organisation', 'description', 'categories'],
    processTerm: foldWord,
    searchOptions: {
      boost: { name: 3, organisation: 2, categories: 1.5 },
      prefix: true,
      fuzzy: (term) => (term.length <= 3 ? false : term.length <= 6 ? 1 : 2),
      combineWith: 'AND',
    },
  });
  words.addAll(
    resources.map((resource, position) => ({
      position,
      name: resource.name,
      organisation: resource.organisation ?? '',
      description: resource.description ?? '',
      categories: resource.categories.map(categoryLabel).join(' '),
    })),
  );
  return { resources, words };
}

/**
 * Whether a query has any word worth searching for: "help near me" has none, and is no filter at all
 * rather than a search that matches nothing.
 */
export function hasSearchWords(query: string): boolean {
  return MiniSearch.getDefault('tokenize')(query).some((word: string) => word !== '' && foldWord(word) !== null);
}

/**
 * One form per word, for the index and the query alike: lower case, accents off (people type "cafe" for
 * "café", "ty" for "tŷ"), and a plural made singular ("libraries" finds "library"); filler gives null.
 */
function foldWord(word: string): string | null {
  const plain = word
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  if (FILLER.has(plain)) return null;
  if (plain.length > 4 && plain.endsWith('ies')) return `${plain.slice(0, -3)}y`;
  if (plain.length > 3 && plain.endsWith('s') && !/(ss|us|is)$/.test(plain)) return plain.slice(0, -1);
  return plain;
}
