import { isOnPage } from '../shared/paths/is-on-page.ts';
import type { OnPage } from '../shared/paths/learning-path.ts';

/** A local test server's port changes from run to run, so "http://localhost" alone names no address. */
const LOCAL_SITE = /^http:\/\/(localhost|127\.0\.0\.1)$/;

/**
 * The address that opens a step's page: the newest address in `seen` that fits the step, or else the
 * site and page when both are exact (no "*", not a local test server). Undefined when Signpost cannot know one.
 */
export function pageAddress(onPage: Pick<OnPage, 'site' | 'page'>, seen: readonly string[]): string | undefined {
  const visited = seen.find((url) => isOnPage(onPage, url));
  if (visited !== undefined) return visited;
  const page = onPage.page ?? '/';
  const exact = !onPage.site.includes('*') && !page.includes('*') && !LOCAL_SITE.test(onPage.site);
  return exact ? `${onPage.site}${page}` : undefined;
}
