import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { LearningPath } from './learning-path.ts';
import type { PathProblem } from './path-problem.ts';
import { describePlace } from './resident-texts.ts';

/*
 * Reading age = Flesch-Kincaid grade + 5.
 * The Flesch-Kincaid grade (Kincaid et al. 1975, computed by wooorm's `flesch-kincaid`) is
 *   0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59
 * and names a US school grade. US children start grade 1 at about age 6, so a UK reading age is the
 * grade plus 5 (the conversion readability tools such as Readable and Hemingway use).
 * The limits follow the Patient Information Forum's advice to write health information for a reading
 * age of 9 to 11 (../shared/notes/domain.md): a whole path aims for 9, and no one step may go above 11.
 * Only the `say` text is scored: titles are a few words, and on a handful of words the formula swings
 * wildly (a button name like "Continue" alone scores as age 13).
 */
export const READING_AGE_LIMITS = {
  /** The most a whole path's `say` texts may score, read as one text. */
  path: 9,
  /** The most any one step's `say` text may score. */
  step: 11,
} as const;

/** Sentences end at . ! or ? followed by a space or the end. A text with no full stop is one sentence. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

type TextCounts = {
  sentence: number;
  word: number;
  syllable: number;
};

function countText(text: string): TextCounts {
  const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
  return {
    sentence: Math.max(1, splitSentences(text).length),
    word: words.length,
    // `syllable` counts "111" as none; a number is read aloud as at least one syllable.
    syllable: words.reduce((total, word) => total + Math.max(1, syllable(word)), 0),
  };
}

function readingAgeOfCounts(counts: TextCounts): number {
  if (counts.word === 0) return 0;
  return Math.round((fleschKincaid(counts) + 5) * 10) / 10;
}

/** The UK reading age of a text in years, to one decimal place. A text with no words scores 0. */
export function readingAge(text: string): number {
  return readingAgeOfCounts(countText(text));
}

export interface StepReadability {
  readonly stepId: string;
  readonly readingAge: number;
}

export interface PathReadability {
  readonly pathId: string;
  /** All the steps' `say` texts read as one text. */
  readonly readingAge: number;
  readonly steps: readonly StepReadability[];
}

/** Reading ages of each step's `say` text and of the path as a whole, in years. */
export function pathReadability(path: LearningPath): PathReadability {
  const stepCounts = path.steps.map((step) => ({ stepId: step.id, counts: countText(step.say) }));
  const total = stepCounts
    .map(({ counts }) => counts)
    .reduce(
      (sum, counts) => ({
        sentence: sum.sentence + counts.sentence,
        word: sum.word + counts.word,
        syllable: sum.syllable + counts.syllable,
      }),
      { sentence: 0, word: 0, syllable: 0 },
    );
  return {
    pathId: path.id,
    readingAge: readingAgeOfCounts(total),
    steps: stepCounts.map(({ stepId, counts }) => ({ stepId, readingAge: readingAgeOfCounts(counts) })),
  };
}

function hardestSentence(text: string): string {
  const ranked = splitSentences(text).sort((a, b) => readingAge(b) - readingAge(a));
  return ranked[0] ?? text;
}

/** Steps and paths that read above READING_AGE_LIMITS, naming the hardest sentence so a curator can fix it. */
export function readabilityProblems(path: LearningPath): PathProblem[] {
  const scores = pathReadability(path);
  const stepProblems = path.steps.flatMap((step, stepIndex): PathProblem[] => {
    const age = scores.steps[stepIndex]?.readingAge ?? 0;
    if (age <= READING_AGE_LIMITS.step) return [];
    return [
      {
        where: describePlace(path, { stepIndex, field: 'say' }),
        message:
          `Reads at age ${age}; a step may read at age ${READING_AGE_LIMITS.step} at most. ` +
          `Use shorter sentences and shorter words. Hardest sentence: "${hardestSentence(step.say)}"`,
      },
    ];
  });
  if (scores.readingAge <= READING_AGE_LIMITS.path) return stepProblems;
  const hardestStep = [...scores.steps].sort((a, b) => b.readingAge - a.readingAge)[0];
  return [
    ...stepProblems,
    {
      where: 'whole path',
      message:
        `The steps read at age ${scores.readingAge} together; a path may read at age ${READING_AGE_LIMITS.path} at most. ` +
        `Start with the hardest step, "${hardestStep?.stepId}" (age ${hardestStep?.readingAge}).`,
    },
  ];
}
