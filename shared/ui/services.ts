import type { CategoryId } from '../directory/categories.ts';
import type { Resource } from '../directory/resource.ts';

/*
 * The one interface the UI calls. The widget passes a direct implementation, the extension one that
 * runs in its own pages, the tests a fake: the same components render in all three.
 */

export interface SupportSearch {
  postcode: string;
  /** Empty means any kind of help. */
  categories: CategoryId[];
  openNow?: boolean;
  freeOnly?: boolean;
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
      /** "S1 2HE", or "S1" when only the district is known. */
      placeLabel: string;
      radiusMiles: number;
      nearby: NearbySupport[];
      remote: RemoteSupport[];
    }
  | {
      ok: false;
      /** Plain English, says what to do. */
      message: string;
      /** Corrected postcodes to offer, best first: never applied by themselves. */
      suggestions: string[];
      remote: RemoteSupport[];
    };

export interface FinderServices {
  searchSupport(search: SupportSearch): Promise<SupportResults>;
}
