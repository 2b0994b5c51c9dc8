import { isPlainObject } from '../check-resource.ts';

/*
 * The page shapes live Open Referral UK feeds serve (../shared/notes/real-feeds.md), told apart by the
 * body, never the address:
 *   v1 (legacy API): { totalElements, totalPages, number, size, first, last, content[] }
 *   v3 (UK profile): { total_items, total_pages, page_number, size, first_page, last_page, empty, contents[] }
 * Some feeds leave the totals out; then the last page is the one that says so, or the first empty one.
 */

export type FeedVersion = 'v1' | 'v3';

export interface FeedPage {
  version: FeedVersion;
  records: unknown[];
  /** How many pages the feed says it has, when it says. */
  totalPages?: number;
  /** The page says it is the last. */
  last: boolean;
}

/** The page a feed answered, or undefined when the body is not an ORUK page at all. */
export function readFeedPage(body: unknown): FeedPage | undefined {
  if (!isPlainObject(body)) return undefined;
  const whole = (value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;
  if (Array.isArray(body.contents) || 'total_items' in body || 'page_number' in body) {
    const records = Array.isArray(body.contents) ? body.contents : [];
    return {
      version: 'v3',
      records,
      ...(whole(body.total_pages) === undefined ? {} : { totalPages: whole(body.total_pages) }),
      last: body.last_page === true || body.empty === true || records.length === 0,
    };
  }
  if (Array.isArray(body.content) || 'totalElements' in body) {
    const records = Array.isArray(body.content) ? body.content : [];
    return {
      version: 'v1',
      records,
      ...(whole(body.totalPages) === undefined ? {} : { totalPages: whole(body.totalPages) }),
      last: body.last === true || records.length === 0,
    };
  }
  return undefined;
}

/**
 * Whether a list record is too shallow to import as it stands: no place, no way to contact it and no times.
 * List pages often leave these out even with full=true; the service's own address has them.
 */
export function needsDetail(record: unknown): boolean {
  if (!isPlainObject(record)) return false;
  const has = (field: string) => Array.isArray(record[field]) && (record[field] as unknown[]).length > 0;
  const placed = has('service_at_locations') || has('locations');
  const reachable = has('contacts') || has('phones');
  const timed = has('schedules') || has('regular_schedules');
  return !placed && !reachable && !timed;
}
