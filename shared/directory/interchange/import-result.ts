import type { Resource } from '../resource.ts';
import type { InputProblem, LoadReport } from '../load-report.ts';
import type { PlacedResource } from '../leave-out-duplicate-ids.ts';
import type { ImportNotes } from './import-notes.ts';

export interface ImportResult extends LoadReport {
  resources: Resource[];
  /** The same resources with the file and record each came from, so merging files can report repeats exactly. */
  placed: PlacedResource[];
  unreadable: InputProblem[];
  /** What the import learned about the whole input: category sources, unmapped terms, unused fields. */
  notes: ImportNotes;
}

/**
 * Finds where a postcode is, e.g. the centre of its outcode from shared/postcode's table. Coordinates are
 * degrees (WGS84). Undefined when it does not know the postcode.
 */
export type Locate = (postcode: string) => { latitude: number; longitude: number } | undefined;
