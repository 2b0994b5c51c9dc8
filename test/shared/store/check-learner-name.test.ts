import { describe, expect, it } from 'vitest';
import {
  checkLearnerName,
  LEARNER_NAME_HIDDEN,
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

  it.each([
    ['a right-to-left override, which shows "Sam" as "maS"', '\u202ESam'],
    ['a right-to-left mark', 'Sam\u200F'],
    ['a first-strong isolate', '\u2068Sam\u2069'],
    ['a line break', 'Sam\nJones'],
    ['a tab', 'Sam\tJones'],
    ['a bell', 'Sam\u0007'],
    ['an invisible tag letter', 'Sam\u{E0041}'],
    ['a zero-width no-break space', 'Sa\uFEFFm'],
    ['a line separator', 'Sa\u2028m'],
  ])('refuses a name with %s, saying a hidden character can turn it round', (_what, name) => {
    expect(checkLearnerName(name)).toEqual({ ok: false, kind: 'invalid', message: LEARNER_NAME_HIDDEN });
  });

  it('keeps names that need a joiner, and names in other scripts', () => {
    expect(checkLearnerName('می\u200Cخواهم').ok).toBe(true);
    expect(checkLearnerName('أحمد').ok).toBe(true);
    expect(checkLearnerName('Zoë').ok).toBe(true);
    expect(checkLearnerName('👩\u200D💻 Jo').ok).toBe(true);
  });
});
