import Papa from 'papaparse';
import { CATEGORIES, isCategoryId, type CategoryId } from '../categories.ts';
import { asKey } from './category-for-term.ts';
import type { KeeperTerms } from './category-cascade.ts';

/*
 * A keeper teaches Signpost their publisher's terms without touching code: a two-column spreadsheet of
 * term and category id (`signpost import … --categories terms.csv`), e.g.
 *
 *   term,category
 *   Free wifi and computers,wifi-and-computers
 *   Walking group,health-and-wellbeing
 *
 * A term matches a record's term by its name, code or id, ignoring case, spaces and punctuation; the
 * keeper's rows come before every other mapping.
 */

export type KeeperTermsRead = { ok: true; terms: KeeperTerms } | { ok: false; message: string };

export function readKeeperTerms(text: string, source: string): KeeperTermsRead {
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  const terms = new Map<string, CategoryId>();
  const wrong: string[] = [];
  rows.forEach((cells, index) => {
    const [term = '', category = ''] = cells.map((cell) => cell.trim());
    if (index === 0 && asKey(term) === 'term') return;
    const id = isCategoryId(category)
      ? category
      : CATEGORIES.find((known) => asKey(known.label) === asKey(category))?.id;
    if (term === '' || id === undefined) wrong.push(`row ${index + 1} ("${cells.join(',').slice(0, 60)}")`);
    else terms.set(asKey(term), id);
  });
  if (wrong.length > 0)
    return {
      ok: false,
      message: `${source}: each row needs a term and a category id, like "Walking group,health-and-wellbeing". Check ${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ` and ${wrong.length - 5} more` : ''}. The ids are: ${CATEGORIES.map((known) => known.id).join(', ')}.`,
    };
  return { ok: true, terms };
}
