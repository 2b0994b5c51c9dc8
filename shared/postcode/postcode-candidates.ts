import { postcodeShape, type PostcodeShape } from './postcode-shape.ts';

/** A postcode-shaped correction of what was typed. */
export interface PostcodeCandidate {
  shape: PostcodeShape;
  /** How many characters it changes: 0 when only the spaces move, up to 2. Fewer is likelier. */
  slips: number;
}

// Characters people swap for their look-alikes when typing a postcode: O/0, I/1, L/1, S/5, Z/2, B/8.
const LOOK_ALIKES: Readonly<Record<string, readonly string[]>> = {
  O: ['0'],
  '0': ['O'],
  I: ['1'],
  L: ['1'],
  '1': ['I', 'L'],
  S: ['5'],
  '5': ['S'],
  Z: ['2'],
  '2': ['Z'],
  B: ['8'],
  '8': ['B'],
};

function swapLookAlikes(text: string): string[] {
  return [...text].flatMap((char, i) =>
    (LOOK_ALIKES[char] ?? []).map((other) => text.slice(0, i) + other + text.slice(i + 1)),
  );
}

function transposePairs(text: string): string[] {
  return [...text].slice(1).map((char, i) => text.slice(0, i) + char + text.charAt(i) + text.slice(i + 2));
}

function dropOneCharacter(text: string): string[] {
  return [...text].map((_, i) => text.slice(0, i) + text.slice(i + 1));
}

/**
 * Postcode-shaped corrections of `compact` (upper case, no spaces), best first: one look-alike swap,
 * a transposed pair, an extra character, then two look-alike swaps ("SO1O" → "S10"). Shape only: whether
 * a candidate is a real place is the outcode table's call. The typed text itself is never a candidate.
 */
export function postcodeCandidates(compact: string): PostcodeCandidate[] {
  const oneSlip = [...swapLookAlikes(compact), ...transposePairs(compact), ...dropOneCharacter(compact)];
  const twoSlips = swapLookAlikes(compact).flatMap(swapLookAlikes);
  const seen = new Set<string>([compact]);
  const candidates: PostcodeCandidate[] = [];
  for (const [texts, slips] of [
    [oneSlip, 1],
    [twoSlips, 2],
  ] as const) {
    for (const text of texts) {
      if (seen.has(text)) continue;
      seen.add(text);
      const shape = postcodeShape(text);
      if (shape) candidates.push({ shape, slips });
    }
  }
  return candidates;
}
