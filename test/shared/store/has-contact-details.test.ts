import { describe, expect, it } from 'vitest';
import { hasContactDetails } from '../../../shared/store/has-contact-details.ts';

describe('hasContactDetails', () => {
  it.each([
    ['an email address', 'write to sam.jones@example.org'],
    ['a mobile number', 'call 07700 900123'],
    ['a landline with brackets', '(0114) 273 4400'],
    ['an international number', '+44 7700 900123'],
    ['an NHS number in groups', 'NHS no 943 476 5919'],
    ['an NHS number run together', '9434765919'],
  ])('finds %s', (_what, text) => {
    expect(hasContactDetails(text)).toBe(true);
  });

  it.each([
    ['a nickname with a number', 'Sam 2'],
    ['a date and a time', 'Came on 30/06/2025 at 10:15'],
    ['step numbers', 'Did steps 1 2 3 4 5 6 7 8 9 10 11'],
    ['NHS 111', 'Showed how to use NHS 111 online'],
  ])('leaves %s alone', (_what, text) => {
    expect(hasContactDetails(text)).toBe(false);
  });
});
