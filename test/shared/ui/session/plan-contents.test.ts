import { describe, expect, it } from 'vitest';
import { planContents } from '../../../../shared/ui/session/plan-contents.ts';
import { examplePath, exampleStep } from '../../paths/example-path.ts';

const NOW = new Date('2026-12-06T10:00:00Z');
const steps = [
  exampleStep('one', { title: 'One' }),
  exampleStep('two', { title: 'Two' }),
  exampleStep('three', { title: 'Three' }),
];
// Real path ids, so each has a resume code.
const app = examplePath({
  id: 'getting-the-nhs-app',
  title: 'Get the NHS App',
  steps,
  keySteps: ['one', 'two'],
  nowUsing: 'NHS App: set up, identity proved',
  next: ['ordering-a-repeat-prescription'],
});
const order = examplePath({
  id: 'ordering-a-repeat-prescription',
  title: 'Order a repeat prescription',
  steps,
  keySteps: ['two'],
});
const email = examplePath({
  id: 'setting-up-email',
  title: 'Set up your own email',
  steps,
  keySteps: ['one'],
  nowUsing: 'Email',
});
const paths = [app, order, email];
const progress = (pathId: string, outcomes: Record<string, 'done' | 'needed-help' | 'skipped'>) => ({
  learnerId: 'sam',
  pathId,
  outcomes,
});

describe("what the plan says from a learner's progress", () => {
  it('lists what they now use from completed paths only, whether steps after the key ones were done or not', () => {
    const contents = planContents(
      [
        progress('getting-the-nhs-app', { one: 'done', two: 'needed-help' }),
        progress('setting-up-email', { two: 'done' }),
      ],
      paths,
      NOW,
    );
    expect(contents.nowUsing).toEqual(['NHS App: set up, identity proved']);
    expect(contents.toFinish.map((path) => path.id)).toEqual(['setting-up-email']);
  });

  it('lists what to practise, paths still to finish first, and suggests what completed paths lead to', () => {
    const contents = planContents(
      [
        progress('getting-the-nhs-app', { one: 'done', two: 'needed-help' }),
        progress('setting-up-email', { one: 'skipped' }),
      ],
      paths,
      NOW,
    );
    expect(contents.toPractise.map(({ path, step }) => `${path.id}/${step.id}`)).toEqual([
      'setting-up-email/one',
      'getting-the-nhs-app/two',
    ]);
    expect(contents.toTry.map((path) => path.id)).toEqual(['ordering-a-repeat-prescription']);
  });

  it("gives codes for today's paths first, then those to finish, two at most", () => {
    const contents = planContents(
      [
        progress('setting-up-email', { one: 'skipped' }),
        progress('ordering-a-repeat-prescription', { one: 'done' }),
        progress('getting-the-nhs-app', { one: 'done', two: 'done' }),
      ],
      paths,
      NOW,
      ['getting-the-nhs-app'],
    );
    expect(contents.codes.map(({ path }) => path.id)).toEqual([
      'getting-the-nhs-app',
      'ordering-a-repeat-prescription',
    ]);
  });

  it('leaves out paths it does not know and paths with nothing done', () => {
    const contents = planContents([progress('gone', { a: 'done' }), progress('setting-up-email', {})], paths, NOW);
    expect(contents).toMatchObject({ nowUsing: [], toPractise: [], toFinish: [], codes: [] });
  });
});
