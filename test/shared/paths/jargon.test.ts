import { describe, expect, it } from 'vitest';
import { jargonProblems, WORDS_TO_AVOID, WORDS_TO_EXPLAIN } from '../../../shared/paths/jargon.ts';
import { LearningPathSchema } from '../../../shared/paths/learning-path.ts';
import { BUILT_IN_FILES } from './built-in-content.ts';
import { examplePath, exampleStep } from './example-path.ts';

const proxyStep = exampleStep('ask', { say: 'Ask the practice for proxy access. They set it up.' });

describe('jargonProblems', () => {
  it('flags a hard word the first time it is used without an explanation', () => {
    const [problem] = jargonProblems(examplePath({ steps: [exampleStep('start'), proxyStep] }));
    expect(problem?.where).toBe('step 2 (ask), say');
    expect(problem?.message).toContain('"proxy" is used here for the first time but not explained.');
    expect(problem?.message).toContain('Sentence: "Ask the practice for proxy access."');
  });

  it('accepts the word once the step explains it', () => {
    const explained = {
      ...proxyStep,
      glossary: [{ term: 'proxy access', meaning: 'Doing things online for someone else.' }],
    };
    expect(jargonProblems(examplePath({ steps: [explained] }))).toEqual([]);
  });

  it("accepts the word when the path's own glossary explains it", () => {
    const path = examplePath({
      steps: [proxyStep],
      glossary: [{ term: 'proxy', meaning: 'Someone who acts for you.' }],
    });
    expect(jargonProblems(path)).toEqual([]);
  });

  it('does not accept an explanation that only comes in a later step', () => {
    const later = exampleStep('later', { glossary: [{ term: 'proxy', meaning: 'Someone who acts for you.' }] });
    expect(jargonProblems(examplePath({ steps: [proxyStep, later] }))).toHaveLength(1);
  });

  it('asks for the path glossary when the word is on the start screen', () => {
    const [problem] = jargonProblems(examplePath({ goal: 'I want proxy access for my dad.' }));
    expect(problem?.where).toBe('start screen, goal');
    expect(problem?.message).toContain("the path's glossary");
  });

  it('flags a word to avoid wherever a resident reads it, with a plain swap', () => {
    const step = exampleStep('log-in', { ifStuck: { say: 'Check your credentials and try again.' } });
    const [problem] = jargonProblems(examplePath({ steps: [step] }));
    expect(problem).toEqual({
      where: 'step 1 (log-in), ifStuck.say',
      message:
        'Avoid "credentials": say "your email address and password" instead. Sentence: "Check your credentials and try again."',
    });
  });

  it('leaves helper tips alone: helpers may read harder words', () => {
    const step = exampleStep('log-in', { helperTip: 'They may need to authenticate with two-factor codes.' });
    expect(jargonProblems(examplePath({ steps: [step] }))).toEqual([]);
  });

  it('matches words whole and with their endings', () => {
    const nominate = WORDS_TO_EXPLAIN.find((entry) => entry.word === 'nominated');
    expect(
      ['nominated pharmacy', 'Nominate one', 'your nomination'].every((text) => nominate?.pattern.test(text)),
    ).toBe(true);
    expect(WORDS_TO_AVOID.some(({ pattern }) => pattern.test('curly'))).toBe(false);
  });
});

describe('built-in paths explain their hard words', () => {
  for (const [file, json] of Object.entries(BUILT_IN_FILES)) {
    it(`${file} uses no word to avoid and explains each hard word where it first appears`, () => {
      const parsed = LearningPathSchema.safeParse(json);
      expect(parsed.success, `${file} does not match the learning path schema`).toBe(true);
      if (!parsed.success) return;
      const problems = jargonProblems(parsed.data).map(
        (problem) => `${parsed.data.id}, ${problem.where}: ${problem.message}`,
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
