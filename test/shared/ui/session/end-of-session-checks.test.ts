import { describe, expect, it } from 'vitest';
import { unansweredChecks } from '../../../../shared/ui/session/end-of-session-checks.ts';

describe('the checks before the person leaves', () => {
  it('asks all three at first: signed out, no saved passwords, their own email', () => {
    expect(unansweredChecks({}).map((check) => check.label)).toEqual([
      'They are signed out of their accounts',
      "Nothing was saved in the browser's password manager for them",
      'They used their own email address',
    ]);
  });

  it('counts "not needed" as an answer', () => {
    expect(
      unansweredChecks({ 'signed-out': 'done', 'no-saved-passwords': 'not-needed', 'own-email': 'not-needed' }),
    ).toEqual([]);
  });

  it('names the one still to answer', () => {
    expect(unansweredChecks({ 'signed-out': 'done', 'own-email': 'done' }).map((check) => check.id)).toEqual([
      'no-saved-passwords',
    ]);
  });
});
