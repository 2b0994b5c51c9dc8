import { beforeAll, describe, expect, it } from 'vitest';
import { LearningPathSchema } from '../../../shared/paths/learning-path.ts';
import {
  pathReadability,
  READING_AGE_LIMITS,
  readabilityProblems,
  readingAge,
  splitSentences,
} from '../../../shared/paths/readability.ts';
import { BUILT_IN_FILES } from './built-in-content.ts';
import { examplePath, exampleStep } from './example-path.ts';

describe('readingAge', () => {
  it('is the Flesch-Kincaid grade plus 5', () => {
    // "The cat sat.": 1 sentence, 3 words, 3 syllables. 0.39 × 3 + 11.8 × 1 − 15.59 = −2.62; + 5 = 2.38.
    expect(readingAge('The cat sat.')).toBe(2.4);
  });

  it('scores long sentences of long words well above short plain ones', () => {
    const plain = 'Tap the green button. Then wait.';
    const dense =
      'Subsequently, authenticate utilising your organisational credentials before navigating to the configuration interface.';
    expect(readingAge(dense) - readingAge(plain)).toBeGreaterThan(10);
  });

  it('counts a number as a spoken word, not as nothing', () => {
    expect(readingAge('Call 111 now.')).toBeGreaterThan(readingAge('Call now.') - 5);
    expect(Number.isFinite(readingAge('Call 111 now.'))).toBe(true);
  });

  it('scores text with no words as 0 rather than failing', () => {
    expect(readingAge('...')).toBe(0);
  });
});

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(splitSentences('Open it. Is it on? Good! Now tap')).toEqual(['Open it.', 'Is it on?', 'Good!', 'Now tap']);
  });

  it('keeps a web address in one piece', () => {
    expect(splitSentences('Type 111.nhs.uk at the top.')).toEqual(['Type 111.nhs.uk at the top.']);
  });
});

describe('readabilityProblems', () => {
  it('names the step and its hardest sentence', () => {
    const hard =
      'Subsequently, authenticate utilising your organisational credentials and navigate to the configuration interface.';
    const step = exampleStep('record', { say: `Open the app. ${hard}` });
    const [problem] = readabilityProblems(examplePath({ steps: [step, exampleStep('two')] }));
    expect(problem?.where).toBe('step 1 (record), say');
    expect(problem?.message).toContain(`Hardest sentence: "${hard}"`);
  });

  it('passes a path of short, plain steps', () => {
    expect(readabilityProblems(examplePath())).toEqual([]);
  });
});

describe('built-in paths read at the target reading age', () => {
  beforeAll(() => {
    console.info(
      `Reading age = Flesch-Kincaid grade + 5 (Kincaid et al. 1975). Limits: each path's steps together ≤ ${READING_AGE_LIMITS.path}, ` +
        `any one step ≤ ${READING_AGE_LIMITS.step} (Patient Information Forum: write for a reading age of 9 to 11).`,
    );
  });

  for (const [file, json] of Object.entries(BUILT_IN_FILES)) {
    it(`${file} reads at age ${READING_AGE_LIMITS.path} or under, with no step over ${READING_AGE_LIMITS.step}`, () => {
      const parsed = LearningPathSchema.safeParse(json);
      expect(parsed.success, `${file} does not match the learning path schema: run signpost check-path on it`).toBe(
        true,
      );
      if (!parsed.success) return;
      const scores = pathReadability(parsed.data);
      const hardest = Math.max(...scores.steps.map((step) => step.readingAge));
      console.info(`${parsed.data.id}: reading age ${scores.readingAge}, hardest step ${hardest}`);
      const problems = readabilityProblems(parsed.data).map(
        (problem) => `${parsed.data.id}, ${problem.where}: ${problem.message}`,
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
