import { describe, expect, it } from 'vitest';
import {
  checkLearnerName,
  LEARNER_NAME_MISSING,
  LEARNER_NAME_REFUSED,
} from '../../../shared/store/check-learner-name.ts';

describe('checkLearnerName', () => {
  it('keeps a first name, without the spaces around it', () => {
    expect(checkLearnerName('  Maureen ')).toEqual({ ok: true, value: 'Maureen' });
  });

  it('keeps a nickname with a space or a dash', () => {
    expect(checkLearnerName('Big Dave')).toMatchObject({ ok: true, value: 'Big Dave' });
    expect(checkLearnerName('Mary-Ann')).toMatchObject({ ok: true, value: 'Mary-Ann' });
  });

  it.each([
    ['an email address', 'maureen@example.com'],
    ['a phone number', 'Maureen 07700 900123'],
    ['an NHS number', '943 476 5919'],
    ['more than 40 characters', 'Maureen Elizabeth Bartholomew-Smythe of Hillsborough'],
  ])('kindly refuses %s', (_what, name) => {
    expect(checkLearnerName(name)).toEqual({ ok: false, kind: 'invalid', message: LEARNER_NAME_REFUSED });
  });

  it('asks for a name when none is typed', () => {
    expect(checkLearnerName('   ')).toMatchObject({ ok: false, message: LEARNER_NAME_MISSING });
  });

  it('takes a name of exactly 40 characters', () => {
    expect(checkLearnerName('A'.repeat(40)).ok).toBe(true);
  });
});
