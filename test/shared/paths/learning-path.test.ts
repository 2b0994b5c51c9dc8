import { describe, expect, it } from 'vitest';
import { LearningPathSchema, StepSchema } from '../../../shared/paths/learning-path.ts';
import { examplePath, exampleStep } from './example-path.ts';

function messages(result: { success: boolean; error?: { issues: { message: string }[] } }): string[] {
  return result.error?.issues.map((issue) => issue.message) ?? [];
}

describe('LearningPathSchema', () => {
  it('accepts a path with no highlight on any step', () => {
    expect(LearningPathSchema.safeParse(examplePath()).success).toBe(true);
  });

  it('asks why the helper steps back on a hands-off step', () => {
    const result = StepSchema.safeParse(exampleStep('face-scan', { who: 'hands-off' }));
    expect(messages(result)).toContain('A hands-off step needs whyHandsOff: say why the helper steps back.');
  });

  it('accepts a hands-off step that gives its reason', () => {
    const step = exampleStep('face-scan', { who: 'hands-off', whyHandsOff: 'The NHS must see it is really you.' });
    expect(StepSchema.safeParse(step).success).toBe(true);
  });

  it('refuses a target with a role but no name', () => {
    const step = {
      ...exampleStep('press'),
      onPage: { site: 'https://111.nhs.uk', action: 'click', target: { role: 'button' } },
    };
    expect(messages(StepSchema.safeParse(step))).toContain(
      'A target needs role and name, or label, or text, or (as a last resort) selector.',
    );
  });

  it('accepts a local test site with no port, and a real NHS origin', () => {
    for (const site of ['http://localhost', 'https://www.nhsapp.service.nhs.uk', 'https://*.nhs.uk']) {
      const step = { ...exampleStep('press'), onPage: { site, action: 'click', target: { label: 'Email address' } } };
      expect(StepSchema.safeParse(step).success, site).toBe(true);
    }
  });

  it('refuses a site with a path or a javascript: address', () => {
    for (const site of ['https://111.nhs.uk/start', 'javascript:alert(1)']) {
      const step = { ...exampleStep('press'), onPage: { site, action: 'click' } };
      expect(StepSchema.safeParse(step).success, site).toBe(false);
    }
  });

  it('refuses an unknown field, so a misspelt curatorNote is not lost', () => {
    const result = LearningPathSchema.safeParse({ ...examplePath(), curatorNotes: 'typo' });
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('says a missing helper tip is missing', () => {
    const step: Partial<ReturnType<typeof exampleStep>> = exampleStep('first');
    delete step.helperTip;
    expect(messages(StepSchema.safeParse(step))).toContain('The helper tip is missing.');
  });

  it('refuses support categories that do not exist', () => {
    const step = exampleStep('first', { ifStuck: { say: 'Ask.', categories: ['pets' as never] } });
    expect(StepSchema.safeParse(step).success).toBe(false);
  });
});
