import { isCategoryId, type CategoryId } from '../../directory/categories.ts';

/** A search someone shared: the postcode district ("S1") and the kinds of help, nothing more. */
export interface SharedSearch {
  outcode: string;
  /** Empty means any kind of help. */
  categories: CategoryId[];
}

// Shape checks only: the search already checked the postcode, and the `postcode` package would weigh
// more than this whole file in the widget's first script. A full postcode is its outcode plus "9AA".
const POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)(\d[A-Z]{2})?$/;
const SHARED = /^signpost=([A-Z]{1,2}\d[A-Z\d]?)(?:\/([a-z-]+(?:,[a-z-]+)*)?)?$/i;

/**
 * The page's address with `#signpost=S1/food,housing`: a short link to the same list. Only the postcode
 * district goes in, never the full postcode, and a fragment is never sent to any server. Undefined when
 * the page is not a web page (an extension's panel) or the search had no postcode (a location search).
 */
export function searchLink(
  pageUrl: string,
  search: { postcode: string; categories: CategoryId[] },
): string | undefined {
  const outcode = POSTCODE.exec(search.postcode.toUpperCase().replace(/\s+/g, ''))?.[1];
  const url = new URL(pageUrl);
  if (!outcode || !/^https?:$/.test(url.protocol)) return undefined;
  url.hash = `signpost=${outcode}/${search.categories.join(',')}`;
  return url.href;
}

/**
 * The search in a link made by `searchLink`, to start it when the page opens. Anything else in the
 * fragment, or a malformed one, gives undefined; kinds of help we don't know are left out.
 */
export function searchFromLink(url: string): SharedSearch | undefined {
  const match = SHARED.exec(url.split('#')[1] ?? '');
  if (!match) return undefined;
  const categories = (match[2] ?? '').split(',').filter(isCategoryId);
  return { outcode: match[1]!.toUpperCase(), categories: [...new Set(categories)] };
}
