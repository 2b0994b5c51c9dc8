import { describe, expect, it } from 'vitest';
import { accessFeaturesIn } from '../../../shared/directory/access-features-in.ts';

describe('accessFeaturesIn', () => {
  it('finds the features an ORUK accessibility description names', () => {
    expect(accessFeaturesIn('Step-free access from the street; accessible toilet; hearing loop at the help desk.')).toEqual([
      'step-free',
      'accessible-toilet',
      'hearing-loop',
    ]);
  });

  it('reads other common wording', () => {
    expect(accessFeaturesIn('Wheelchair access on all levels. Induction loops for hearing aids. BSL interpreter on request. Free car park.')).toEqual([
      'step-free',
      'hearing-loop',
      'bsl',
      'parking',
    ]);
  });

  it('never turns "no" into a feature', () => {
    expect(accessFeaturesIn('There is no lift. No accessible toilet; parking is not available.')).toEqual([]);
  });
});
