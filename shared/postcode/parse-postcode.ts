import { postcodeCandidates, type PostcodeCandidate } from './postcode-candidates.ts';
import {
  emptyPostcode,
  likelyTypo,
  notAPostcode,
  unknownOutcode,
  unsupportedRegion,
  type ParseProblem,
} from './postcode-problem.ts';
import { postcodeShape, shapeLabel, type PostcodeShape } from './postcode-shape.ts';
import { unsupportedRegionOf } from './unsupported-region-of.ts';

/** A typed postcode, normalised: `{ postcode: 'S1 2HE', outcode: 'S1', area: 'S', kind: 'full' }`. */
export type ParsedPostcode = PostcodeShape & { ok: true };

export interface ParsePostcodeOptions {
  /**
   * Whether our outcode table has a location for an outcode ("S1"). When given, an outcode it doesn't know
   * is a problem, and typo suggestions are limited to outcodes it knows, so every suggestion is a real place.
   */
  isKnownOutcode?: (outcode: string) => boolean;
}

// Longer than any postcode with generous spacing: not worth correcting, and keeps hostile input cheap.
const MAX_INPUT_LENGTH = 20;
const MAX_SUGGESTIONS = 3;

/** Upper case, no spaces at all: "s1  2he" → "S12HE". */
function compactOf(text: string): string {
  return text.toUpperCase().replace(/\s+/g, '');
}

/** A space is only right between the outcode and the last three characters: "S1 2HE", not "S12 HE". */
function isSpacedWell(trimmed: string, shape: PostcodeShape): boolean {
  const words = trimmed.toUpperCase().split(/\s+/);
  return words.length === 1 || (words.length === 2 && shape.kind === 'full' && words[0] === shape.outcode);
}

/**
 * The best corrections that pass `isKnown`: only the fewest-slips tier, at most three. Within a tier, those
 * that keep the outcode as typed come first ("S1 2HEE" → S1 2HE before S1H 2EE).
 */
function bestSuggestions(
  candidates: PostcodeCandidate[],
  typedOutcode: string,
  isKnown: (outcode: string) => boolean,
): string[] {
  const known = candidates.filter((candidate) => isKnown(candidate.shape.outcode));
  const fewestSlips = Math.min(...known.map((candidate) => candidate.slips));
  const keepsOutcode = (candidate: PostcodeCandidate) => (candidate.shape.outcode === typedOutcode ? 0 : 1);
  return known
    .filter((candidate) => candidate.slips === fewestSlips)
    .sort((a, b) => keepsOutcode(a) - keepsOutcode(b))
    .slice(0, MAX_SUGGESTIONS)
    .map((candidate) => shapeLabel(candidate.shape));
}

/** What was typed, tidied: `wellWritten` when it is a postcode or outcode with its spaces in the right place. */
interface Typed {
  trimmed: string;
  compact: string;
  shape: PostcodeShape | undefined;
  wellWritten: boolean;
}

function readTyped(text: string): Typed | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_INPUT_LENGTH) return undefined;
  const compact = compactOf(trimmed);
  const shape = postcodeShape(compact);
  return { trimmed, compact, shape, wellWritten: shape !== undefined && isSpacedWell(trimmed, shape) };
}

/** What the typed text could have meant: the text re-spaced (if only its spaces were wrong), then its slips. */
function correctionsOf({ compact, shape, wellWritten }: Typed): PostcodeCandidate[] {
  const respaced = shape && !wellWritten ? [{ shape, slips: 0 }] : [];
  return [...respaced, ...postcodeCandidates(compact)];
}

/**
 * Reads a typed UK postcode or outcode ("s12he", " S1  2HE ", "S1", "sk149dj") into its normalised parts.
 * Never throws and never corrects silently: a problem value says what is wrong in plain English, suggests
 * likely corrections ("Did you mean S1 2HE?"), and flags places we can't cover (Northern Ireland, Jersey...).
 */
export function parsePostcode(text: string, options: ParsePostcodeOptions = {}): ParsedPostcode | ParseProblem {
  const typed = readTyped(text);
  if (!typed) return text.trim() === '' ? emptyPostcode() : notAPostcode();
  const { trimmed, compact, shape } = typed;
  const region = unsupportedRegionOf(compact, shape?.area);
  if (region) return unsupportedRegion(region);
  const isKnown = options.isKnownOutcode ?? (() => true);

  if (shape && typed.wellWritten) {
    if (isKnown(shape.outcode)) return { ok: true, ...shape };
    return unknownOutcode(shape.outcode, bestSuggestions(correctionsOf(typed), shape.outcode, isKnown));
  }
  const typedOutcode = trimmed.toUpperCase().split(/\s+/)[0] ?? '';
  const suggestions = bestSuggestions(correctionsOf(typed), typedOutcode, isKnown);
  return suggestions.length > 0 ? likelyTypo(suggestions) : notAPostcode();
}

/**
 * The postcode areas ("S", "SK") that `parsePostcode` may suggest corrections in for `text`. Load their
 * outcodes before passing `isKnownOutcode`, so that every suggestion can be checked to be a real place.
 */
export function suggestionAreas(text: string): string[] {
  const typed = readTyped(text);
  return typed ? [...new Set(correctionsOf(typed).map((candidate) => candidate.shape.area))] : [];
}
