/*
 * Where the widget's own data sits, beside the script (scripts/build-site.ts copies it there): read by the
 * first script, which starts fetching it as soon as a resident shows they are about to search, and by the
 * search engine, which uses what was fetched. One list, so the two never disagree.
 */

/**
 * The built-in directory, relative to the data folder, used when the site names no directory of its own:
 * help by phone or online for anyone in the UK, and the public libraries of England and Wales by postcode
 * area. The Sheffield example pack is not in it: a page that wants it names it in data-directory, as the demo does.
 */
export const BUILT_IN_PACKS = ['packs/national.json'];
export const LIBRARIES_INDEX = 'packs/libraries/index.json';

/** Place names with their postcode districts, one file per first letter, for a town typed instead of a postcode. */
export const PLACE_NAMES_FOLDER = 'packs/places/';

/** The outcode table, one file per postcode area ("S.json"), relative to the data folder. */
export const OUTCODES_FOLDER = 'outcodes/';

/** A postcode area's outcode file: `signpost-data/outcodes/S.json`. */
export function outcodeFileUrl(dataUrl: string, area: string): string {
  return new URL(`${OUTCODES_FOLDER}${area}.json`, dataUrl).href;
}

/** The files every search of this widget fetches first: the site's directory (pack or shard index), or the built-in ones. */
export function directoryEntryUrls(dataUrl: string, directory: string | undefined): string[] {
  if (!directory) return [...BUILT_IN_PACKS, LIBRARIES_INDEX].map((path) => new URL(path, dataUrl).href);
  return [directory.endsWith('/') ? new URL('index.json', directory).href : directory];
}
