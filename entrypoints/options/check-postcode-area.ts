import { AREA_PATTERN, type OutcodeTable } from '../../shared/postcode/outcode-table.ts';
import { parsePostcode } from '../../shared/postcode/parse-postcode.ts';
import type { ParseProblem } from '../../shared/postcode/postcode-problem.ts';

export type PostcodeAreaCheck = { ok: true; area: string } | { ok: false; message: string };

const WHAT_TO_TYPE = 'Type a postcode district like S1, or an area like S.';

/** The finder's messages speak to a resident ("phone help still works"); this one speaks to whoever sets Signpost up. */
function areaProblem(problem: ParseProblem): string {
  switch (problem.kind) {
    case 'typo':
      return problem.message;
    case 'unknown-outcode':
      return `We don't know where ${problem.outcode} is. ${WHAT_TO_TYPE}`;
    case 'unsupported-region':
      return `Signpost can't find places there yet. ${WHAT_TO_TYPE}`;
    default:
      return `That doesn't look like a postcode area. ${WHAT_TO_TYPE}`;
  }
}

/**
 * Reads the organisation's default postcode area: an area ("S", "sk"), a district ("S1") or a whole
 * postcode ("S1 1XZ", kept as its district S1). Empty means none. Never throws: text that is not one of
 * these, or a place the outcode table does not know, gives a plain message saying what to type.
 */
export async function checkPostcodeArea(text: string, outcodes: OutcodeTable): Promise<PostcodeAreaCheck> {
  const typed = text.trim().toUpperCase();
  if (typed === '') return { ok: true, area: '' };
  const area = /^[A-Z]{1,2}/.exec(typed)?.[0];
  const table = area === undefined ? undefined : await outcodes(area);
  if (table !== undefined && !table.ok)
    return { ok: false, message: "Signpost couldn't check that area just now. Try again." };
  const known = table?.centroids ?? {};
  if (AREA_PATTERN.test(typed)) {
    return Object.keys(known).length > 0
      ? { ok: true, area: typed }
      : { ok: false, message: `We don't know the postcode area ${typed}. ${WHAT_TO_TYPE}` };
  }
  const parsed = parsePostcode(typed, { isKnownOutcode: (outcode) => Object.hasOwn(known, outcode) });
  return parsed.ok ? { ok: true, area: parsed.outcode } : { ok: false, message: areaProblem(parsed) };
}
