import { resourcesFromPacks } from '../shared/directory/resources-from-packs.ts';
import { createSupportFinder } from '../shared/find/support-finder.ts';
import { fetchJson } from '../shared/fetch-json.ts';
import { fetchedOutcodes } from '../shared/postcode/fetched-outcodes.ts';
import type { FinderServices } from '../shared/ui/services.ts';

/** The built-in packs, served beside the script by `npm run build` (scripts/build-site.ts). */
const BUILT_IN_PACKS = ['packs/national.json', 'packs/sheffield-example.json'];
const PACK_TIMEOUT_MS = 8000;

/**
 * Everything the widget loads comes from `dataUrl`, on the site owner's own host, and only when the
 * resident searches: the first paint costs no data at all. A postcode goes to `postcodeLookup` only when
 * the site owner set one.
 */
export function widgetSupportFinder(dataUrl: string, postcodeLookup?: string): FinderServices {
  return createSupportFinder({
    outcodes: fetchedOutcodes(new URL('outcodes/', dataUrl).href),
    onlineLookup: postcodeLookup ? { baseUrl: postcodeLookup } : undefined,
    loadResources: () => loadPacks(BUILT_IN_PACKS.map((path) => new URL(path, dataUrl).href)),
  });
}

/** The packs' good records. Rejects when no pack could be fetched at all, so the finder can say so and retry. */
async function loadPacks(urls: string[]) {
  const fetched = await Promise.all(urls.map(async (url) => ({ name: url, response: await fetchJson(url, PACK_TIMEOUT_MS) })));
  if (fetched.every(({ response }) => !response.ok)) throw new Error('No directory pack could be fetched.');
  const { resources, reports } = resourcesFromPacks(fetched.map(({ name, response }) => ({ name, json: response.ok ? response.data : undefined })));
  // For the site owner: residents see results, never a report about files.
  for (const report of reports) console.warn(`Signpost: ${report}`);
  return resources;
}
