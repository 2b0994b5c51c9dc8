/*
 * Learners are known by a first name or nickname, and notes are about learning, not about the person:
 * a shared device must not collect contact details. These checks catch the common shapes, not every one.
 */

const EMAIL = /[^\s@]+@[^\s@]+/;

/*
 * Groups of two or more digits, joined by a space, a dash or brackets: "07700 900123", "(0114) 273 4400",
 * "+44 7700 900123", "943 476 5919". UK phone numbers have 10 or 11 digits (Ofcom numbering plan) and an
 * NHS number has 10 (NHS Data Dictionary), so 10 digits in one run is treated as one of them.
 */
const NUMBER_RUN = /\+?\(?\d{2,}\)?(?:[ -]?\(?\d{2,}\)?)*/g;
const DIGITS_IN_PHONE_OR_NHS_NUMBER = 10;

/** True when `text` looks like it holds an email address, a phone number or an NHS number. */
export function hasContactDetails(text: string): boolean {
  if (EMAIL.test(text)) return true;
  return [...text.matchAll(NUMBER_RUN)].some(
    (run) => run[0].replace(/\D/g, '').length >= DIGITS_IN_PHONE_OR_NHS_NUMBER,
  );
}
