import { hasContactDetails } from './has-contact-details.ts';
import { hasHiddenCharacters } from './hidden-characters.ts';
import { invalid, succeeded, type StoreResult } from './store-result.ts';

export const LEARNER_NAME_REFUSED = 'Please use a first name or nickname only.';
export const LEARNER_NAME_MISSING = 'Please type a first name or nickname.';
export const LEARNER_NAME_HIDDEN =
  'This name has a hidden character in it, which can make it show the wrong way round. Please type the name again.';

/** Long enough for any first name or nickname; a full name and address is longer. */
export const MAX_LEARNER_NAME_LENGTH = 40;

/**
 * The name to save for a learner, trimmed. Refused, with a kind message, when it is empty, longer than
 * 40 characters, holds an email address, phone number or NHS number, or holds a hidden character (a
 * control or right-to-left override character, which would show it reversed or disguised).
 */
export function checkLearnerName(name: string): StoreResult<string> {
  const trimmed = name.trim();
  if (trimmed === '') return invalid(LEARNER_NAME_MISSING);
  if (hasHiddenCharacters(trimmed)) return invalid(LEARNER_NAME_HIDDEN);
  if (trimmed.length > MAX_LEARNER_NAME_LENGTH || hasContactDetails(trimmed)) return invalid(LEARNER_NAME_REFUSED);
  return succeeded(trimmed);
}
