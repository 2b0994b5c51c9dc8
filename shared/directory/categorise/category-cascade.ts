import type { CategoryId } from '../categories.ts';
import { categoryLabel } from '../categories.ts';
import { asKey, categoryForTerm } from './category-for-term.ts';
import { categoriesFromWords } from './keyword-categories.ts';
import { categoryInVocabularies, type Vocabulary } from './known-vocabularies.ts';

/*
 * Which categories a record belongs to, from the best evidence it has. Never none: a service with a name
 * and a way to reach it is never left out for its category. In order:
 *   1. its taxonomy terms we know: the keeper's own terms file (--categories), Signpost's ids and labels and
 *      the documented mapping (category-for-term.ts), the LGA/esd service types by id, the OpenActive
 *      activity list, the DfE Family Hubs categories by label (known-vocabularies.ts);
 *   2. each level of a hierarchical local term, most specific first ("Creativity>Music>Singing");
 *   3. vendor audience fields (Placecube's pc_targetAudience: "Homeless");
 *   4. words: in its unmapped terms, then its name, then its description (keyword-categories.ts);
 *   5. otherwise "Other local help".
 * The first step that finds anything decides. Each category says where it came from, for the report.
 */

/** One taxonomy term as a feed gives it: any of these may be missing. */
export interface TermInput {
  id?: string;
  name?: string;
  /** The term's code (ORUK 3: taxonomy_term.term). */
  term?: string;
  /** The taxonomy or vocabulary it belongs to. */
  vocabulary?: string;
}

export interface RecordToCategorise {
  terms: readonly TermInput[];
  /** Who the service is for, from vendor fields ("Homeless", "Care leavers"). */
  audiences?: readonly string[];
  name: string;
  description?: string;
}

export type CategoryOrigin =
  | { kind: 'keeper' | 'signpost' | Vocabulary; term: string }
  | { kind: 'level'; term: string; level: string }
  | { kind: 'audience'; term: string }
  | { kind: 'words'; phrase: string; where: string }
  | { kind: 'other' };

export type OriginKind = CategoryOrigin['kind'];

export interface Categorised {
  categories: CategoryId[];
  /** Where each category came from, in the same order. */
  origins: CategoryOrigin[];
  /** The terms and audiences that mapped to nothing, for the report's "could not map" list. */
  unmapped: string[];
}

/** A keeper's own terms (term key, as asKey makes it → category), read from `--categories terms.csv`. */
export type KeeperTerms = ReadonlyMap<string, CategoryId>;

export function categorise(record: RecordToCategorise, keeper: KeeperTerms = new Map()): Categorised {
  const found = new Map<CategoryId, CategoryOrigin>();
  const add = (category: CategoryId, origin: CategoryOrigin) => {
    if (!found.has(category)) found.set(category, origin);
  };
  const unmapped: string[] = [];
  const unmappedText: string[] = [];
  for (const term of record.terms) {
    const label = term.name ?? term.term ?? term.id;
    if (label === undefined) continue;
    const match = knownTerm(term, keeper) ?? levelOf(term, keeper);
    if (match) add(match.category, match.origin);
    else {
      unmapped.push(label);
      unmappedText.push(label);
    }
  }
  if (found.size === 0) {
    for (const audience of record.audiences ?? []) {
      const category =
        keeper.get(asKey(audience)) ?? categoryForTerm(audience) ?? categoriesFromWords(audience, 1)[0]?.category;
      if (category) add(category, { kind: 'audience', term: audience });
      else unmapped.push(audience);
    }
  }
  if (found.size === 0) {
    const places: Array<[string, string, number]> = [
      ...unmappedText.map((text): [string, string, number] => [text, `the term "${text}"`, 1]),
      [record.name, 'its name', Infinity],
      [record.description ?? '', 'its description', 2],
    ];
    for (const [text, where, limit] of places) {
      for (const { category, phrase } of categoriesFromWords(text, limit))
        add(category, { kind: 'words', phrase, where });
      if (found.size > 0) break;
    }
  }
  if (found.size === 0) add('other', { kind: 'other' });
  return { categories: [...found.keys()], origins: [...found.values()], unmapped };
}

type Match = { category: CategoryId; origin: CategoryOrigin };

function knownTerm(term: TermInput, keeper: KeeperTerms): Match | undefined {
  const texts = [term.name, term.term, term.id].filter((text): text is string => text !== undefined);
  const label = term.name ?? term.term ?? term.id ?? '';
  for (const text of texts) {
    const kept = keeper.get(asKey(text));
    if (kept) return { category: kept, origin: { kind: 'keeper', term: label } };
  }
  for (const text of texts) {
    const ours = categoryForTerm(text);
    if (ours) return { category: ours, origin: { kind: 'signpost', term: label } };
  }
  const published = categoryInVocabularies(texts, term.name);
  return published && { category: published.category, origin: { kind: published.vocabulary, term: label } };
}

/** "Creativity>Music>Singing": Singing, then Music, then Creativity, each as a term of its own. */
function levelOf(term: TermInput, keeper: KeeperTerms): Match | undefined {
  const label = term.name ?? term.term ?? '';
  const levels = label.split(/\s*>\s*/).filter(Boolean);
  if (levels.length < 2) return undefined;
  for (const level of levels.reverse()) {
    const match = knownTerm({ name: level }, keeper);
    if (match) return { category: match.category, origin: { kind: 'level', term: label, level } };
  }
  return undefined;
}

/** Where a category came from, in plain words for the report: `guessed from the words "food bank" in its name`. */
export function originText(category: CategoryId, origin: CategoryOrigin): string {
  const what = `"${categoryLabel(category)}"`;
  switch (origin.kind) {
    case 'keeper':
      return `${what} from your categories file's row for "${origin.term}"`;
    case 'signpost':
      return `${what} from the term "${origin.term}"`;
    case 'esd':
      return `${what} from the LGA service type "${origin.term}"`;
    case 'openactive':
      return `${what} from the OpenActive activity "${origin.term}"`;
    case 'family-hubs':
      return `${what} from the Family Hubs category "${origin.term}"`;
    case 'level':
      return `${what} from "${origin.level}" in the term "${origin.term}"`;
    case 'audience':
      return `${what} from who it is for: "${origin.term}"`;
    case 'words':
      return `${what} guessed from the words "${origin.phrase}" in ${origin.where}`;
    case 'other':
      return `${what}: no term or words said what kind of help it is`;
  }
}
