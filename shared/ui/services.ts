import type { CategoryId } from '../directory/categories.ts';
import type { Resource } from '../directory/resource.ts';
import type { StepOutcomes } from '../store/progress.ts';

/*
 * The one interface the UI calls. The widget passes a direct implementation, the extension one that
 * runs in its own pages, the tests a fake: the same components render in all three.
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
      remote: RemoteSupport[];
      notice?: string;
    };

export interface FinderServices {
  searchSupport(search: SupportSearch): Promise<SupportResults>;
}

/** How each step of one path went: empty when nothing was saved. */
export type ProgressLoaded = { ok: true; outcomes: StepOutcomes } | { ok: false; message: string };

/** Whether progress was kept; a failure's message is plain English and can be shown as it is. */
export type ProgressSaved = { ok: true } | { ok: false; message: string };

/**
 * Where a learning path's progress is kept. The side panel saves to the learner store on this device,
 * "practise without saving" and the widget (before consent) keep it in memory only: the player never
 * knows which. Neither call throws.
 */
export interface LearningServices {
  loadProgress(pathId: string): Promise<ProgressLoaded>;
  /** Replaces how each step of a path went, so the path reopens where it was left and still knows what to practise. */
  saveProgress(pathId: string, outcomes: StepOutcomes): Promise<ProgressSaved>;
}
