import type { Resource } from './resource.ts';
import type { InputProblem, LoadReport } from './load-report.ts';

export interface ImportResult extends LoadReport {
  resources: Resource[];
  unreadable: InputProblem[];
}

/**
 * Finds where a postcode is, e.g. the centre of its outcode from shared/postcode's table. Coordinates are
 * degrees (WGS84). Undefined when it does not know the postcode.
 */
export type Locate = (postcode: string) => { latitude: number; longitude: number } | undefined;
