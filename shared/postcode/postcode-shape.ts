import { isValid, toNormalised, validOutcode } from 'postcode';

/** A string with the shape of a full postcode ("S1 2HE") or an outcode ("S1"); not proof that it exists. */
export interface PostcodeShape {
  kind: 'full' | 'outcode';
  /** "S1 2HE" for a full postcode; undefined for an outcode on its own. */
  postcode: string | undefined;
  outcode: string;
  /** The letters the outcode starts with: "S", "SK". */
  area: string;
}

/** Reads `compact` (upper case, no spaces: "S12HE", "SK14") with the `postcode` package's patterns. */
export function postcodeShape(compact: string): PostcodeShape | undefined {
  if (isValid(compact)) {
    const postcode = toNormalised(compact) ?? compact;
    const outcode = postcode.slice(0, -4);
    return { kind: 'full', postcode, outcode, area: areaOf(outcode) };
  }
  if (validOutcode(compact)) return { kind: 'outcode', postcode: undefined, outcode: compact, area: areaOf(compact) };
  return undefined;
}

function areaOf(outcode: string): string {
  return /^[A-Z]{1,2}/.exec(outcode)?.[0] ?? outcode;
}

/** How the shape is written for people: "S1 2HE" or "S1". */
export function shapeLabel(shape: PostcodeShape): string {
  return shape.postcode ?? shape.outcode;
}
