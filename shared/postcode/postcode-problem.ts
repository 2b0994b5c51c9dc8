import type { OutcodeTableUnavailable } from './outcode-table.ts';

/*
 * What can be wrong with a typed postcode, each with a message a resident can act on (reading age about 9).
 * `showRemoteHelp` says the search can't place them, but phone and online help should still be shown.
 */

export const EXAMPLE_POSTCODE = 'S1 2HE';

/** Places our outcode table can't cover yet (uk-outcodes.SOURCE.md, "Missing" and "Northern Ireland"). */
export type UnsupportedRegion = 'northern-ireland' | 'channel-islands' | 'isle-of-man' | 'bfpo' | 'girobank';

/** What can be wrong with the text itself. */
export type ParseProblem =
  | { ok: false; kind: 'empty'; message: string; showRemoteHelp: false }
  | { ok: false; kind: 'not-a-postcode'; message: string; showRemoteHelp: false }
  | { ok: false; kind: 'typo'; message: string; suggestions: string[]; showRemoteHelp: false }
  | {
      ok: false;
      kind: 'unknown-outcode';
      message: string;
      outcode: string;
      suggestions: string[];
      showRemoteHelp: true;
    }
  | { ok: false; kind: 'unsupported-region'; message: string; region: UnsupportedRegion; showRemoteHelp: true };

/** Why a postcode could not be located: a problem with the text, or an outcode table we couldn't load. */
export type PostcodeProblem = ParseProblem | OutcodeTableUnavailable;

const STILL_HELP = 'Phone and online help still work.';

export function emptyPostcode(): ParseProblem {
  return { ok: false, kind: 'empty', message: `Type a postcode, like ${EXAMPLE_POSTCODE}.`, showRemoteHelp: false };
}

export function notAPostcode(): ParseProblem {
  return {
    ok: false,
    kind: 'not-a-postcode',
    message: `That doesn't look like a postcode. A postcode looks like ${EXAMPLE_POSTCODE}.`,
    showRemoteHelp: false,
  };
}

/** "S1 2HE", "S1 2HE or S10 2HE", "S1 2HE, S10 2HE or S11 2HE". */
function oneOf(suggestions: string[]): string {
  const last = suggestions.at(-1) ?? '';
  return suggestions.length < 2 ? last : `${suggestions.slice(0, -1).join(', ')} or ${last}`;
}

/** A slip we can see: we ask, never change it silently. `suggestions` must not be empty (best first, up to three). */
export function likelyTypo(suggestions: string[]): ParseProblem {
  return {
    ok: false,
    kind: 'typo',
    message: `Did you mean ${oneOf(suggestions)}?`,
    suggestions,
    showRemoteHelp: false,
  };
}

/** A real-looking outcode that is not in our table: a closed district, a PO box, or a slip (then we suggest). */
export function unknownOutcode(outcode: string, suggestions: string[]): ParseProblem {
  const didYouMean = suggestions.length > 0 ? ` Did you mean ${oneOf(suggestions)}?` : '';
  return {
    ok: false,
    kind: 'unknown-outcode',
    message: `We don't know where ${outcode} is, so we can't find places near it.${didYouMean} ${STILL_HELP}`,
    outcode,
    suggestions,
    showRemoteHelp: true,
  };
}

const REGION_MESSAGES: Record<UnsupportedRegion, string> = {
  'northern-ireland': "We can't find places near Northern Ireland postcodes yet.",
  'channel-islands': "We can't find places near Channel Islands postcodes yet.",
  'isle-of-man': "We can't find places near Isle of Man postcodes yet.",
  bfpo: "We can't find places near BFPO (forces post) addresses.",
  girobank: "GIR 0AA is a postcode for a bank, not a place, so we can't find places near it.",
};

export function unsupportedRegion(region: UnsupportedRegion): ParseProblem {
  return {
    ok: false,
    kind: 'unsupported-region',
    message: `${REGION_MESSAGES[region]} ${STILL_HELP}`,
    region,
    showRemoteHelp: true,
  };
}
