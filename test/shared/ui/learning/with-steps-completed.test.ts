import { describe, expect, it } from 'vitest';
import { withStepsCompleted } from '../../../../shared/ui/learning/with-steps-completed.ts';

describe('withStepsCompleted', () => {
  it('counts the steps a resume code names as done', () => {
    expect(withStepsCompleted({}, ['first', 'second'])).toEqual({ first: 'done', second: 'done' });
  });

  it('keeps a step done with help as done with help, as a code cannot say', () => {
    expect(withStepsCompleted({ first: 'needed-help' }, ['first'])).toEqual({ first: 'needed-help' });
  });

  it('counts a step skipped here but completed in the code as done, and keeps the other steps as they were', () => {
    expect(withStepsCompleted({ first: 'skipped', third: 'skipped' }, ['first'])).toEqual({
      first: 'done',
      third: 'skipped',
    });
  });
});
