import type { LearningPath } from '../shared/paths/learning-path.ts';
import { allPaths } from '../shared/paths/all-paths.ts';
import { checkPathShape } from '../shared/paths/check-path-shape.ts';
import { organisationStore } from '../shared/store/organisation-store.ts';

/**
 * The paths the side panel offers: the built-in ones the organisation chose to show (all when it chose
 * none, so new ones show too), then the organisation's own paths that were ready when saved, checked again
 * as they are read (a record may be from an older Signpost, or damaged). A path of its own that can't be
 * read, or takes a built-in path's id, is left out; the options page says why.
 */
export async function pathsOnOffer(shownIds: readonly string[] | null): Promise<LearningPath[]> {
  const builtIn = allPaths();
  const builtInIds = new Set(builtIn.map((path) => path.id));
  const shown = shownIds ? builtIn.filter((path) => shownIds.includes(path.id)) : [...builtIn];
  const saved = await organisationStore().listPaths();
  const own = (saved.ok ? saved.value : [])
    .filter((record) => record.ready)
    .flatMap((record) => {
      const checked = checkPathShape(record.json);
      return checked.ok && !builtInIds.has(checked.path.id) ? [checked.path] : [];
    });
  return [...shown, ...own];
}
