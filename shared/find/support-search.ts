import type { CategoryId } from '../directory/categories.ts';
import type { Resource } from '../directory/resource.ts';

/*
 * The finder's contract: what a search asks and what it gives back. The search engine (support-finder.ts)
 * implements it; the UI calls it through shared/ui/services.ts, which re-exports it.
 */

export interface SupportSearch {
  postcode: string;
  /**
   * Where the resident is, from "use my location" (degrees, WGS84). When set it is used instead of the
   * postcode, and it never leaves the page.
   */
  location?: { latitude: number; longitude: number };
  /** Empty means any kind of help. */
  categories: CategoryId[];
  /** Words to look for in names and descriptions, small typos allowed; blank means any. */
  words?: string;
  openNow?: boolean;
  freeOnly?: boolean;
  /** How far to look, in miles: the finder's own distance when absent (a resident may ask to look further). */
  radiusMiles?: number;
}

export interface Opening {
  open: boolean;
  /** "Open now, closes 4pm" */
  text: string;
}

export interface NearbySupport {
  resource: Resource;
  miles: number;
  opening?: Opening;
}

export interface RemoteSupport {
  resource: Resource;
  opening?: Opening;
}

export type SupportResults =
  | {
      ok: true;
      /** "S1 2HE", or "S1" when only the district is known, or "your location". */
      placeLabel: string;
      radiusMiles: number;
      nearby: NearbySupport[];
      remote: RemoteSupport[];
      /** Plain English, about the list itself, e.g. "We couldn't load this practice's list, so ...". */
      notice?: string;
    }
  | {
      ok: false;
      /** Plain English, says what to do. */
      message: string;
      /** Corrected postcodes to offer, best first: never applied by themselves. */
      suggestions: string[];
      /**
       * For a town or area's name ("Sheffield") typed in place of a postcode: the postcode districts where the
       * directory has places in a town of that name, to choose from. Absent when the text names no town we know.
       */
      districts?: DistrictChoice[];
      remote: RemoteSupport[];
      notice?: string;
    };

/** A postcode district in a town the resident named: "S10" in "Sheffield". */
export interface DistrictChoice {
  outcode: string;
  /** The town as the directory writes it. */
  town: string;
}

export interface FinderServices {
  searchSupport(search: SupportSearch): Promise<SupportResults>;
}
