import type { AccessFeature } from './resource.ts';

/*
 * Access features named in free text, like an ORUK accessibility description ("Step-free access from the
 * street; hearing loop at the help desk") or a spreadsheet cell. Only obvious wording counts, and a clause
 * with "no", "not" or "without" in it is skipped ("no accessible toilet" must never become a feature).
 * Callers keep the original text as the access note, so nothing said is lost.
 */

const WORDING: ReadonlyArray<readonly [AccessFeature, RegExp]> = [
  ['step-free', /\bstep[- ]?free\b|\blevel access\b|\bwheelchair\b|\bramps?\b|\blifts?\b/i],
  ['accessible-toilet', /\b(accessible|disabled) (toilets?|loos?|wcs?)\b|\bchanging places\b/i],
  ['hearing-loop', /\b(hearing|induction|audio) loops?\b|\bloop system\b/i],
  ['bsl', /\bbsl\b|\bsign language\b/i],
  ['large-print', /\blarge print\b/i],
  ['quiet-space', /\bquiet (space|room|area)s?\b/i],
  ['parking', /\bparking\b|\bcar park\b/i],
];

const NEGATION = /\b(no|not|none|without|cannot|can't|isn't|aren't|unavailable)\b/i;

/** The access features a text plainly names, in the order of `ACCESS_FEATURES`, without repeats. */
export function accessFeaturesIn(text: string): AccessFeature[] {
  const clauses = text.split(/[.;,\n]+/).filter((clause) => !NEGATION.test(clause));
  return WORDING.filter(([, wording]) => clauses.some((clause) => wording.test(clause))).map(([feature]) => feature);
}
