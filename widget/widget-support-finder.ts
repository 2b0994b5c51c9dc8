import { resourcesFromPacks } from '../shared/directory/resources-from-packs.ts';
import { createSupportFinder } from '../shared/find/support-finder.ts';
import { fetchJson } from '../shared/postcode/fetch-json.ts';
import { fetchedOutcodes } from '../shared/postcode/fetched-outcodes.ts';
import type { FinderServices } from '../shared/ui/services.ts';

/** The built-in packs, served beside the script by `npm run build` (scripts/build-site.ts). */
const BUILT_IN_PACKS = ['packs/national.json', 'packs/sheffield-example.json'];
const PACK_TIMEOUT_MS = 8000;

/**
 * Everything the widget loads comes from `dataUrl`, on the site owner's own host, and only when the
 * resident searches: the first paint costs no data at all.
 */
export function widgetSupportFinder(dataUrl: string): FinderServices {
  return createSupportFinder({
    outcodes: fetchedOutcodes(new URL('outcodes/', dataUrl).href),
    loadResources: () => loadPacks(BUILT_IN_PACKS.map((path) => new URL(path, dataUrl).href)),
  });
}

async function loadPacks(urls: string[]) {
  const packs = await Promise.all(
    urls.map(async (url) => {
      const response = await fetchJson(url, PACK_TIMEOUT_MS);
      return { name: url, json: response.ok ? response.data : undefined };
    }),
  );
  const { resources, reports } = resourcesFromPacks(packs);
  // For the site owner: residents see results, never a report about files.
  for (const report of reports) console.warn(`Signpost: ${report}`);
  return resources;
}
