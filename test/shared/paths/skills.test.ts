import { describe, expect, it } from 'vitest';
import {
  completionText,
  isPathCompleted,
  keyStepNumbers,
  keyStepsLeft,
  skillText,
} from '../../../shared/paths/skills.ts';
import { examplePath, exampleStep } from './example-path.ts';

const path = examplePath({
  steps: [exampleStep('open'), exampleStep('explain'), exampleStep('send'), exampleStep('log-out')],
  keySteps: ['open', 'send'],
});

describe('when a path counts as completed', () => {
  it('needs every key step done, on their own or with help, and no other step', () => {
    expect(isPathCompleted(path, { open: 'done', send: 'needed-help', explain: 'skipped' })).toBe(true);
    expect(isPathCompleted(path, { open: 'done', explain: 'done', 'log-out': 'done' })).toBe(false);
  });

  it('does not count a skipped key step', () => {
    expect(isPathCompleted(path, { open: 'done', send: 'skipped' })).toBe(false);
    expect(keyStepsLeft(path, { open: 'done', send: 'skipped' }).map((step) => step.id)).toEqual(['send']);
  });

  it('says which steps count, as people count them', () => {
    expect(keyStepNumbers(path)).toBe('Steps 1 and 3');
    expect(completionText(path)).toBe('Counts as completed when steps 1 and 3 are done, on their own or with help.');
    expect(completionText({ ...path, keySteps: ['send'] })).toBe(
      'Counts as completed when step 3 is done, on their own or with help.',
    );
  });
});

describe('skillText', () => {
  it('names the area as the framework does, and life or work', () => {
    expect(skillText({ area: 'being-safe-and-legal-online', for: 'life' })).toBe(
      'Being safe and legal online, for life',
    );
    expect(skillText({ area: 'handling-information-and-content', for: 'work' })).toBe(
      'Handling information and content, for work',
    );
  });
});
