import type { LearningPath } from './learning-path.ts';
import { PATH_NUMBERS } from './path-numbers.ts';

/*
 * A resume code lets a learner carry on elsewhere (at home, at the library) by typing or scanning a few
 * characters, like 05AY-00B. It holds only the path's number and which steps are done: nothing
 * about the person.
 *
 * Characters are Crockford's base 32 (crockford.com/base32.html): digits and capitals without I, L, O
 * and U, so nothing looks like something else. Each character carries 5 bits:
 *   2 characters  path number (PATH_NUMBERS, up to 1023)
 *   1 character   number of steps − 1 (paths have at most 32 steps)
 *   n characters  one bit per step, 1 = done, first step in the highest bit
 *   1 character   check character
 * The check character is the Damm algorithm over GF(32), with x∘y = 2x + y: it catches every single
 * wrong character and every swap of two neighbours (Damm 2004; the proof needs only 2 ≠ 1 in GF(32)).
 */

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const RESUME_CODE_MISTAKE = 'That code has a mistake in it. Check each letter and try again.';
const EMPTY_CODE = 'Type the code you were given. It is made of letters and numbers, like 05AY-00B.';
const UNKNOWN_PATH =
  'That code is for a path this copy of Signpost does not have yet. Signpost here may need updating.';
const PATH_CHANGED = 'This path has changed since the code was made. Please start it again from step 1.';

/** Multiplies by 2 in GF(32), using the field polynomial x⁵ + x² + 1. */
function timesTwo(value: number): number {
  const shifted = value << 1;
  return shifted & 0b100000 ? shifted ^ 0b100101 : shifted;
}

/** The Damm interim value after reading `values`; a code is whole when this is 0. */
function dammInterim(values: readonly number[]): number {
  return values.reduce((interim, value) => timesTwo(interim) ^ value, 0);
}

/** The check value that brings the interim back to 0. */
function checkValue(values: readonly number[]): number {
  return timesTwo(dammInterim(values));
}

export type ResumeCodeMade =
  { readonly ok: true; readonly code: string } | { readonly ok: false; readonly message: string };

/**
 * The resume code for a path, given one flag per step (true = done; see `completedSteps` in progress.ts).
 * Fails, with a message, for a path with no number (a pack's own path) or flags that don't fit the path.
 */
export function makeResumeCode(path: LearningPath, done: readonly boolean[]): ResumeCodeMade {
  const number = PATH_NUMBERS.indexOf(path.id);
  if (number === -1)
    return { ok: false, message: 'This path cannot be saved as a code. Write down the step you got to instead.' };
  if (done.length !== path.steps.length)
    return { ok: false, message: `Give one flag for each of the ${path.steps.length} steps.` };
  const bits = Array.from({ length: Math.ceil(done.length / 5) }, (_, group) =>
    [0, 1, 2, 3, 4].reduce((value, bit) => value | (done[group * 5 + bit] === true ? 16 >> bit : 0), 0),
  );
  const values = [number >> 5, number & 31, done.length - 1, ...bits];
  const characters = [...values, checkValue(values)].map((value) => ALPHABET[value]).join('');
  return { ok: true, code: formatResumeCode(characters) };
}

/** Upper case, no spaces, dashes or dots; I and L read as 1, O as 0 (Crockford's rules). */
export function normaliseResumeCode(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s.\-_]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
}

/** A code as we show it: normalised, in groups of four joined by dashes (05AY-00B), easier to read aloud. */
export function formatResumeCode(code: string): string {
  const characters = normaliseResumeCode(code);
  return characters.match(/.{1,4}/g)?.join('-') ?? characters;
}

export type ResumeCodeRead =
  | { readonly ok: true; readonly path: LearningPath; readonly done: readonly boolean[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a code a learner typed or scanned, forgiving case, spaces and dashes. Finds its path among
 * `paths` and returns one flag per step. Never throws: a typo, an unknown path or a path that has
 * changed since (a different number of steps) comes back as a kind message to show as it is.
 */
export function readResumeCode(typed: string, paths: readonly LearningPath[]): ResumeCodeRead {
  const characters = normaliseResumeCode(typed);
  if (characters === '') return { ok: false, message: EMPTY_CODE };
  const values = [...characters].map((character) => ALPHABET.indexOf(character));
  if (values.includes(-1) || values.length < 5 || dammInterim(values) !== 0)
    return { ok: false, message: RESUME_CODE_MISTAKE };
  const [high = 0, low = 0, countLessOne = 0, ...rest] = values;
  const bits = rest.slice(0, -1);
  const stepCount = countLessOne + 1;
  if (bits.length !== Math.ceil(stepCount / 5)) return { ok: false, message: RESUME_CODE_MISTAKE };
  const done = Array.from(
    { length: stepCount },
    (_, step) => ((bits[Math.floor(step / 5)] ?? 0) & (16 >> (step % 5))) !== 0,
  );
  const path = paths.find((candidate) => candidate.id === PATH_NUMBERS[(high << 5) | low]);
  if (path === undefined) return { ok: false, message: UNKNOWN_PATH };
  if (path.steps.length !== stepCount) return { ok: false, message: PATH_CHANGED };
  return { ok: true, path, done };
}
