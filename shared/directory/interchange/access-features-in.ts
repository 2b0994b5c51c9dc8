import type { AccessFeature } from '../resource.ts';

/*
 * Access features named in free text, like an ORUK accessibility description ("Step-free access from the
 * street; hearing loop at the help desk") or a spreadsheet cell. A resident who uses a wheelchair may set
 * off on the strength of "step-free", so only wording that says the feature is there counts: a ramp staff
 * bring out, a lift or "wheelchair users" say nothing about steps. A part of a sentence that also says no,
 * not, closed, broken and the like is skipped ("not step-free", "the hearing loop is broken"), so a miss
 * costs a feature, never a false promise. Callers keep the original text as the access note.
 */

const WORDING: ReadonlyArray<readonly [AccessFeature, RegExp]> = [
  [
    'step-free',
    /\bstep[- ]?free\b|\blevel (access|entrance|entry)\b|\bno steps\b|\bwheelchair[- ]accessible\b|\baccessible (to|for) wheelchair users\b/gi,
  ],
  ['accessible-toilet', /\b(accessible|disabled) (toilets?|loos?|wcs?)\b|\bchanging places\b/gi],
  ['hearing-loop', /\b(hearing|induction|audio) loops?\b|\bloop system\b/gi],
  ['bsl', /\bbsl\b|\bsign language\b/gi],
  ['large-print', /\blarge[- ]print\b/gi],
  ['quiet-space', /\bquiet (space|room|area|corner)s?\b/gi],
  ['parking', /\bparking\b|\bcar park\b/gi],
];

const NEGATIVE =
  /\b(no|not|none|nor|never|without|cannot|unavailable|inaccessible|closed|broken|partly|partially)\b|\b(ca|is|are|was|were|does|do|did|has|have|wo)n['’]t\b|\bout of (order|use|service)\b|\bnot working\b/i;

/** Full stops, semicolons, commas and "but" part a sentence: "Step-free, but no lift" says two things. */
const PARTS = /[.;,:\n]+|\b(?:but|although|though|however|whereas)\b/i;

/** The access features a text plainly names, in the order of `ACCESS_FEATURES`, without repeats. Never throws. */
export function accessFeaturesIn(text: string): AccessFeature[] {
  const parts = text.split(PARTS);
  return WORDING.filter(([, wording]) => parts.some((part) => saysPlainly(part, wording))).map(([feature]) => feature);
}

/** The part names the feature and, once its own words are taken out ("no steps"), says nothing negative. */
function saysPlainly(part: string, wording: RegExp): boolean {
  const rest = part.replace(wording, ' ');
  return rest !== part && !NEGATIVE.test(rest);
}
