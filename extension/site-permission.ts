import type { LearningPath } from '../shared/paths/learning-path.ts';

/*
 * Host access is asked for one site at a time, when the helper first presses Show me on it. A path's site
 * is an origin like "https://*.nhs.uk" (see OnPageSchema), which is already a match pattern's scheme and
 * host. The port is dropped: Firefox match patterns may not name one, and a pattern with no port matches
 * every port in both browsers (MDN "Match patterns"), as a site with no port does in isOnPage.
 */

/** The match pattern that lets Signpost point at things on a path's site: "http://localhost" → "http://localhost/*". */
export function sitePermission(site: string): string {
  return `${site.replace(/:\d+$/, '')}/*`;
}

/** Every site the paths point at, as match patterns, each once and sorted: the host access the extension may ask for. */
export function pathSitePermissions(paths: readonly LearningPath[]): string[] {
  const sites = paths.flatMap((path) =>
    path.steps.flatMap((step) => (step.onPage ? [sitePermission(step.onPage.site)] : [])),
  );
  return [...new Set(sites)].sort();
}
