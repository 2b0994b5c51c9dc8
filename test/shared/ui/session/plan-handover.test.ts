import { describe, expect, it } from 'vitest';
import { planHandover } from '../../../../shared/ui/session/plan-handover.ts';
import { examplePath, exampleStep } from '../../paths/example-path.ts';

const NOW = new Date('2025-06-30T10:00:00Z');
const email = examplePath({
  id: 'email',
  title: 'Set up email',
  next: ['video', 'email', 'safety'],
  steps: [
    exampleStep('first'),
    exampleStep('second', { title: 'Type a password', ifStuck: { say: 'Ask.', categories: ['digital-skills'] } }),
    exampleStep('third'),
  ],
});
const video = examplePath({ id: 'video', title: 'Video call', next: ['safety'] });
const safety = examplePath({ id: 'safety', title: 'Stay safe' });
const paths = [email, video, safety];

describe('the plan on a handover note', () => {
  it('says how each path went today, counting only steps done today', () => {
    const plan = planHandover(
      [
        {
          pathId: 'email',
          outcomes: { first: 'done', second: 'needed-help', third: 'skipped' },
          today: { second: 'needed-help', third: 'skipped' },
          atStart: { first: 'done' },
        },
      ],
      paths,
      NOW,
    );
    expect(plan.paths.map(({ path, today, finished }) => ({ id: path.id, today, finished }))).toEqual([
      { id: 'email', today: { done: 0, 'needed-help': 1, skipped: 1 }, finished: true },
    ]);
  });

  it('lists steps to practise from before too, and the kinds of local help the path points to', () => {
    const plan = planHandover(
      [
        {
          pathId: 'email',
          outcomes: { first: 'skipped', second: 'needed-help' },
          today: { second: 'needed-help' },
          atStart: {},
        },
      ],
      paths,
      NOW,
    );
    expect(plan.paths[0]?.toPractise.map((step) => step.id)).toEqual(['first', 'second']);
    expect(plan.helpCategories).toEqual(['devices-and-data', 'digital-skills']);
  });

  it('puts unfinished paths first in the next steps, then the paths they lead to, not ones done today', () => {
    const plan = planHandover(
      [
        { pathId: 'email', outcomes: { first: 'done' }, today: { first: 'done' }, atStart: {} },
        {
          pathId: 'video',
          outcomes: { first: 'done', second: 'done', third: 'done' },
          today: { third: 'done' },
          atStart: {},
        },
      ],
      paths,
      NOW,
    );
    expect(plan.toFinish.map((path) => path.id)).toEqual(['email']);
    expect(plan.toTry.map((path) => path.id)).toEqual(['safety']);
  });

  it('leaves out paths only looked at, and paths no longer offered', () => {
    const plan = planHandover(
      [
        { pathId: 'video', outcomes: { first: 'done' }, today: {}, atStart: {} },
        { pathId: 'gone', outcomes: { first: 'done' }, today: { first: 'done' }, atStart: {} },
      ],
      paths,
      NOW,
    );
    expect(plan.paths).toEqual([]);
    expect(plan.toTry).toEqual([]);
  });
});
