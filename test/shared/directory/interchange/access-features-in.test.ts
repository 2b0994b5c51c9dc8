import { describe, expect, it } from 'vitest';
import { accessFeaturesIn } from '../../../../shared/directory/interchange/access-features-in.ts';

describe('accessFeaturesIn', () => {
  it('finds the features an ORUK accessibility description names', () => {
    expect(
      accessFeaturesIn('Step-free access from the street; accessible toilet; hearing loop at the help desk.'),
    ).toEqual(['step-free', 'accessible-toilet', 'hearing-loop']);
  });

  it('reads other clear wording for each feature', () => {
    expect(
      accessFeaturesIn(
        'Level access at the front. Induction loops for hearing aids. British Sign Language interpreter on request. Leaflets in large print. A quiet room is free to use. Free car park.',
      ),
    ).toEqual(['step-free', 'hearing-loop', 'bsl', 'large-print', 'quiet-space', 'parking']);
  });

  it.each([
    'Step free entrance',
    'There are no steps into the building',
    'The building is wheelchair accessible',
    'Wheelchair-accessible entrance on Ash Street',
  ])('counts "%s" as step-free', (text) => {
    expect(accessFeaturesIn(text)).toEqual(['step-free']);
  });

  it.each([
    'There is one step at the door. If you use a wheelchair, staff will bring a ramp.',
    'The lift is out of order.',
    'Wheelchair users: there are 3 steps at the entrance.',
    'Ramp at the side door.',
    'Lift to all floors.',
    'Wheelchair access is limited.',
  ])('does not count "%s" as step-free, because it does not plainly say there are no steps', (text) => {
    expect(accessFeaturesIn(text)).not.toContain('step-free');
  });

  it.each([
    'The entrance is not step-free.',
    'No step-free access.',
    'The building is not wheelchair accessible.',
    'There is no lift.',
    'Step-free access is unavailable while the ramp is repaired.',
  ])('never reads a feature from a negative: "%s"', (text) => {
    expect(accessFeaturesIn(text)).toEqual([]);
  });

  it.each([
    ['No accessible toilet.', 'accessible-toilet'],
    ['The accessible toilet is closed for repairs.', 'accessible-toilet'],
    ['The hearing loop is broken.', 'hearing-loop'],
    ["The hearing loop isn't working.", 'hearing-loop'],
    ['We cannot offer BSL interpreters.', 'bsl'],
    ['Large print is not available.', 'large-print'],
    ['There is no quiet space.', 'quiet-space'],
    ['Parking is not available.', 'parking'],
    ['No parking on site.', 'parking'],
  ])('does not read "%s" as %s', (text, feature) => {
    expect(accessFeaturesIn(text)).not.toContain(feature);
  });

  it('keeps a feature said in one part of a sentence when another part says "no"', () => {
    expect(accessFeaturesIn('Step-free access, but there is no lift to the first floor.')).toEqual(['step-free']);
    expect(accessFeaturesIn('No parking but there is a hearing loop.')).toEqual(['hearing-loop']);
  });

  it('does not count a loop or a room on their own', () => {
    expect(accessFeaturesIn('Walk round the loop road to the meeting room.')).toEqual([]);
  });
});
