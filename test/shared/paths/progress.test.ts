import { describe, expect, it } from 'vitest';
import {
  completedSteps,
  currentStep,
  goBack,
  goForward,
  isFinished,
  recordOutcome,
  resumePath,
  startPath,
  stepCounter,
  stepsToPractise,
} from '../../../shared/paths/progress.ts';
import { examplePath, exampleStep } from './example-path.ts';

const path = examplePath({ steps: ['one', 'two', 'three', 'four'].map((id) => exampleStep(id)) });
const monday = new Date('2026-11-23T10:00:00Z');
const tuesday = new Date('2026-11-24T15:30:00Z');

describe('progress through a path', () => {
  it('starts on step 1, shown as "Step 1 of 4"', () => {
    const progress = startPath(path, monday);
    expect(currentStep(path, progress).id).toBe('one');
    expect(stepCounter(path, progress)).toEqual({ number: 1, total: 4, label: 'Step 1 of 4' });
    expect(progress.startedAt).toBe('2026-11-23T10:00:00.000Z');
  });

  it('moves to the next step once a step is done', () => {
    const progress = recordOutcome(path, startPath(path, monday), 'done', monday);
    expect(stepCounter(path, progress).label).toBe('Step 2 of 4');
    expect(progress.outcomes).toEqual({ one: 'done' });
  });

  it('goes back and forward without losing outcomes, and stops at each end', () => {
    const started = recordOutcome(path, startPath(path, monday), 'needed-help', monday);
    expect(currentStep(path, goBack(path, started)).id).toBe('one');
    expect(currentStep(path, goBack(path, goBack(path, started))).id).toBe('one');
    expect(goBack(path, started).outcomes).toEqual({ one: 'needed-help' });
    const atEnd = [1, 2, 3, 4].reduce((progress) => goForward(path, progress), started);
    expect(stepCounter(path, atEnd).label).toBe('Step 4 of 4');
  });

  it('comes back round to a step jumped over before finishing', () => {
    let progress = goForward(path, startPath(path, monday));
    for (let step = 0; step < 3; step += 1) progress = recordOutcome(path, progress, 'done', monday);
    expect(currentStep(path, progress).id).toBe('one');
    expect(isFinished(path, progress)).toBe(false);
  });

  it('finishes when every step has an outcome, dated with the time passed in', () => {
    let progress = startPath(path, monday);
    for (const outcome of ['done', 'skipped', 'needed-help', 'done'] as const)
      progress = recordOutcome(path, progress, outcome, tuesday);
    expect(isFinished(path, progress)).toBe(true);
    expect(progress.finishedAt).toBe('2026-11-24T15:30:00.000Z');
    expect(stepCounter(path, progress).label).toBe('Step 4 of 4');
  });

  it('keeps the first finishing time when a step is redone afterwards', () => {
    let progress = startPath(path, monday);
    for (let step = 0; step < 4; step += 1) progress = recordOutcome(path, progress, 'done', monday);
    const redone = recordOutcome(path, goBack(path, progress), 'needed-help', tuesday);
    expect(redone.finishedAt).toBe(progress.finishedAt);
    expect(redone.outcomes.three).toBe('needed-help');
  });

  it('suggests practising the steps where help was needed or that were skipped', () => {
    let progress = startPath(path, monday);
    for (const outcome of ['done', 'skipped', 'needed-help', 'done'] as const)
      progress = recordOutcome(path, progress, outcome, monday);
    expect(stepsToPractise(path, progress).map((step) => step.id)).toEqual(['two', 'three']);
  });

  it('counts a step done with help as completed, but not a skipped one', () => {
    let progress = startPath(path, monday);
    for (const outcome of ['done', 'skipped', 'needed-help'] as const)
      progress = recordOutcome(path, progress, outcome, monday);
    expect(completedSteps(path, progress)).toEqual([true, false, true, false]);
  });

  it('picks up from a resume code on the first step not done', () => {
    const progress = resumePath(path, [true, true, false, true], tuesday);
    expect(currentStep(path, progress).id).toBe('three');
    expect(progress.outcomes).toEqual({ one: 'done', two: 'done', four: 'done' });
    expect(progress.finishedAt).toBeUndefined();
  });

  it('treats a resume code with every step done as finished', () => {
    const progress = resumePath(path, [true, true, true, true], tuesday);
    expect(isFinished(path, progress)).toBe(true);
    expect(progress.finishedAt).toBe('2026-11-24T15:30:00.000Z');
  });

  it('stays on the last step when saved progress points past a path that has since got shorter', () => {
    const saved = { ...startPath(path, monday), current: 9 };
    expect(stepCounter(path, saved).label).toBe('Step 4 of 4');
  });
});
