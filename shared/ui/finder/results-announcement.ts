import type { SupportResults } from '../services.ts';

/** One sentence for screen readers when results arrive, after any notice about the list itself. */
export function resultsAnnouncement(results: SupportResults): string {
  const notice = results.notice ? `${results.notice} ` : '';
  if (!results.ok) return notice + results.message;
  const places = results.nearby.length === 1 ? '1 place' : `${results.nearby.length} places`;
  const remote = results.remote.length;
  const byPhone =
    remote === 0 ? '' : `, and ${remote === 1 ? '1 way' : `${remote} ways`} to get help by phone or online`;
  return `${notice}Found ${places} near ${results.placeLabel}${byPhone}.`;
}
