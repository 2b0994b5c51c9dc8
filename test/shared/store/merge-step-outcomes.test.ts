import { describe, expect, it } from 'vitest';
import { mergeStepOutcomes } from '../../../shared/store/merge-step-outcomes.ts';

describe('mergeStepOutcomes', () => {
  it('keeps a step tried on only one side', () => {
    expect(mergeStepOutcomes({ first: 'skipped' }, { second: 'needed-help' })).toEqual({
      first: 'skipped',
      second: 'needed-help',
    });
  });

  it('counts a step done on either side as done', () => {
    expect(mergeStepOutcomes({ first: 'done' }, { first: 'needed-help' })).toEqual({ first: 'done' });
    expect(mergeStepOutcomes({ first: 'skipped' }, { first: 'done' })).toEqual({ first: 'done' });
  });

  it('counts a step done with help on one side and skipped on the other as done with help', () => {
    expect(mergeStepOutcomes({ first: 'needed-help' }, { first: 'skipped' })).toEqual({ first: 'needed-help' });
    expect(mergeStepOutcomes({ first: 'skipped' }, { first: 'needed-help' })).toEqual({ first: 'needed-help' });
  });

  it('gives the same answer whichever side is which', () => {
    const here = { first: 'done', second: 'skipped', third: 'needed-help' } as const;
    const there = { first: 'skipped', second: 'needed-help', fourth: 'done' } as const;
    expect(mergeStepOutcomes(here, there)).toEqual(mergeStepOutcomes(there, here));
  });
});
