import type { Resource } from '../directory/resource.ts';
import type { LoadedResources, ResourceSource } from '../directory/sources/resource-source.ts';
import { wholeDirectory } from '../directory/sources/whole-directory.ts';
import { openingState } from '../hours/opening-state.ts';
import { locate, type LocateResult } from '../postcode/locate.ts';
import type { OnlineLookup } from '../postcode/look-up-postcode-online.ts';
import type { OutcodeTable } from '../postcode/outcode-table.ts';
import type { DistrictChoice, FinderServices, Opening, SupportResults, SupportSearch } from './support-search.ts';
import { createDirectory, type Directory } from './create-directory.ts';
import type { CreateTextIndex } from './create-text-index.ts';
import { hasSearchWords } from './search-words.ts';
import { textIndexByArea, type TextIndexByArea } from './text-index-by-area.ts';
import { districtsNamed } from './districts-named.ts';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_MILES, findNearby } from './find-nearby.ts';
import type { Coordinates } from '../geo/coordinates.ts';
import { resourceFilter, type ResourceFilters } from './resource-filter.ts';

interface FinderSettings {
  outcodes: OutcodeTable;
  /** Only when the site owner set one: otherwise the postcode goes nowhere. */
  onlineLookup?: OnlineLookup;
  /** Miles; 10 unless set. */
  radiusMiles?: number;
  limit?: number;
  now?: () => Date;
  /**
   * Postcode districts for a town's name, from place names built with the directory (fetched-place-names.ts),
   * for a name the places already in hand do not know.
   */
  placesNamed?: (typed: string) => Promise<readonly DistrictChoice[]>;
  /**
   * The word index's builder, loaded the first time someone searches by words (load-text-index.ts, or the
   * widget's later part): a search without words never loads MiniSearch.
   */
  loadTextIndex: () => Promise<CreateTextIndex>;
}

export type SupportFinderOptions = FinderSettings &
  (
    | {
        /**
         * The whole directory, validated; called on the first search and kept. A rejection (the data could
         * not be fetched) is not kept: the resident is told, and the next search tries again.
         */
        loadResources: () => Promise<readonly Resource[]>;
      }
    | {
        /** A directory loaded for each place searched (area shards), or one that brings a notice with it. */
        source: ResourceSource;
      }
  );

const DIRECTORY_UNAVAILABLE = "We couldn't load the list of places just now. Check you are online, then try again.";
const WORDS_UNAVAILABLE = "We couldn't search by words just now. Check you are online, then try again.";
const LOCATION_UNKNOWN = "We couldn't tell where you are. Type your postcode instead.";
const YOUR_LOCATION = 'your location';
/** The furthest a resident may ask to look, in miles: beyond it a "nearby" list stops being near. */
const MOST_MILES = 50;

/**
 * Postcode (or the resident's own location) in, local and remote help out, with opening times worked out
 * for "now": the search that the widget and the extension share. Never throws for bad input: a problem
 * comes back as a message, and help by phone or online is still listed whenever it can be. A location
 * is used only here, on the page: it is never sent anywhere.
 */
export function createSupportFinder(options: SupportFinderOptions): FinderServices {
  const source =
    'source' in options ? options.source : wholeDirectory(async () => ({ resources: await options.loadResources() }));
  // Kept per list of resources: a national list costs 150 ms to index, and its word index seconds.
  const directories = new WeakMap<readonly Resource[], Directory>();
  const textIndexes = new WeakMap<readonly Resource[], TextIndexByArea>();
  const now = options.now ?? (() => new Date());
  const defaultRadiusMiles = options.radiusMiles ?? DEFAULT_RADIUS_MILES;

  const directoryOf = (resources: readonly Resource[]): Directory => cached(directories, resources, createDirectory);

  /**
   * Ids matching the words among these resources (the help by phone or online, and the places near
   * `point`), or undefined for no words at all. Word indexes are built per area of the map, as searches
   * need them, never for a whole national list at once.
   */
  function matchingIds(
    resources: readonly Resource[],
    words: string | undefined,
    createIndex: CreateTextIndex | undefined,
    radiusMiles: number,
    point?: Coordinates,
  ): Set<string> | undefined {
    if (!words || !createIndex) return undefined;
    const index = cached(textIndexes, resources, (listed) => textIndexByArea(listed, createIndex));
    return index.matching(words, point, radiusMiles);
  }

  /** The word index's builder when the search has words worth searching for; null when it could not load. */
  async function textIndexFor(words: string | undefined): Promise<CreateTextIndex | undefined | null> {
    if (!words || !hasSearchWords(words)) return undefined;
    return options.loadTextIndex().catch(() => null);
  }

  async function searchSupport(search: SupportSearch): Promise<SupportResults> {
    // Phone and online help is part of every answer: fetched while the postcode is being placed, and the
    // word index's code with them when the search has words.
    const [remote, place, createIndex] = await Promise.all([
      settled(source.remoteResources()),
      placeOf(search),
      textIndexFor(search.words),
    ]);
    if (!remote) return { ok: false, message: DIRECTORY_UNAVAILABLE, suggestions: [], remote: [] };
    if (createIndex === null) return { ok: false, message: WORDS_UNAVAILABLE, suggestions: [], remote: [] };
    const radiusMiles = milesAsked(search.radiusMiles) ?? defaultRadiusMiles;
    const at = now();
    const filtersFor = (resources: readonly Resource[], point?: Coordinates): ResourceFilters => ({
      categories: search.categories,
      freeOnly: search.freeOnly,
      openAt: search.openNow ? at : undefined,
      onlyIds: matchingIds(resources, search.words, createIndex, radiusMiles, point),
    });
    const withOpening = <T extends { resource: Resource }>(found: T) => ({
      ...found,
      opening: openingOf(found.resource, at),
    });
    if (!place.ok && place.kind === 'not-a-postcode') {
      // A town's name instead of a postcode: offer its districts, from the places in hand, else the place names.
      const inHand = districtsNamed(search.postcode, remote.resources);
      const districts = inHand.length > 0 ? inHand : [...((await options.placesNamed?.(search.postcode)) ?? [])];
      if (districts.length > 0)
        return withNotice(
          { ok: false, message: districtsMessage(districts), suggestions: [], districts, remote: [] },
          remote,
        );
    }
    if (!place.ok) {
      const wanted = place.showRemoteHelp
        ? directoryOf(remote.resources).remote.filter(resourceFilter(filtersFor(remote.resources)))
        : [];
      return withNotice(
        {
          ok: false,
          message: place.message,
          suggestions: place.suggestions ?? [],
          remote: wanted.map((resource) => withOpening({ resource })),
        },
        remote,
      );
    }
    const near = await settled(source.resourcesNear(place.point, radiusMiles));
    if (!near) return { ok: false, message: DIRECTORY_UNAVAILABLE, suggestions: [], remote: [] };
    const found = findNearby(directoryOf(near.resources), place.point, {
      ...filtersFor(near.resources, place.point),
      radiusMiles,
      limit: options.limit ?? DEFAULT_LIMIT,
    });
    return withNotice(
      {
        ok: true,
        placeLabel: place.label,
        radiusMiles,
        nearby: found.nearby.map(withOpening),
        remote: found.remote.map((resource) => withOpening({ resource })),
      },
      near,
    );
  }

  function placeOf(search: SupportSearch): Promise<SearchPlace> {
    return search.location
      ? Promise.resolve(placeFromLocation(search.location))
      : placeFromPostcode(search.postcode, options);
  }

  return { searchSupport };
}

type SearchPlace =
  | { ok: true; point: Coordinates; label: string }
  | { ok: false; kind?: string; message: string; showRemoteHelp: boolean; suggestions?: string[] };

/** A distance a resident asked for, when it is a usable one. */
function milesAsked(miles: number | undefined): number | undefined {
  return miles !== undefined && miles > 0 && miles <= MOST_MILES ? miles : undefined;
}

/** "Which part of Sheffield? …", or for a town in one district, "Hyde is in the postcode area SK14. …". */
function districtsMessage(districts: readonly DistrictChoice[]): string {
  const { town, outcode } = districts[0]!;
  return districts.length === 1
    ? `${town} is in the postcode area ${outcode}. Search there, or type your postcode.`
    : `Which part of ${town}? Choose your postcode area, or type your postcode.`;
}

async function placeFromPostcode(postcode: string, options: FinderSettings): Promise<SearchPlace> {
  const located: LocateResult = await locate(postcode, {
    outcodes: options.outcodes,
    onlineLookup: options.onlineLookup,
  });
  if (!located.ok) return located;
  const { latitude, longitude, label } = located.place;
  return { ok: true, point: { latitude, longitude }, label };
}

function placeFromLocation({ latitude, longitude }: Coordinates): SearchPlace {
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude))
    return { ok: false, message: LOCATION_UNKNOWN, showRemoteHelp: true };
  return { ok: true, point: { latitude, longitude }, label: YOUR_LOCATION };
}

/** The loaded resources, or undefined when they could not be loaded (the caller tells the resident). */
async function settled(loading: Promise<LoadedResources>): Promise<LoadedResources | undefined> {
  try {
    return await loading;
  } catch {
    return undefined;
  }
}

function withNotice<T extends SupportResults>(results: T, loaded: LoadedResources): T {
  return loaded.notice ? { ...results, notice: loaded.notice } : results;
}

function cached<V>(
  cache: WeakMap<readonly Resource[], V>,
  resources: readonly Resource[],
  build: (resources: readonly Resource[]) => V,
): V {
  let value = cache.get(resources);
  if (value === undefined) {
    value = build(resources);
    cache.set(resources, value);
  }
  return value;
}

function openingOf(resource: Resource, at: Date): Opening | undefined {
  const state = openingState(resource, at);
  return state.text ? { open: state.state === 'open', text: state.text } : undefined;
}
