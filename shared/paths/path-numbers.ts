/**
 * Every path id ever shipped, in the order paths were added. A path's number is its place in this list,
 * and resume codes (resume-code.ts) carry the number, not the id, to stay short.
 *
 * The rule: only ever add to the end. Never reorder, rename or remove an entry, even when a path is
 * retired, or codes people have written down will open the wrong path. Packs' own paths have no number
 * and cannot make a resume code.
 */
export const PATH_NUMBERS: readonly string[] = [
  'using-a-touch-screen',
  'using-a-mouse-and-keyboard',
  'staying-safe-online',
  'setting-up-email',
  'video-calling-family',
  'getting-the-nhs-app',
  'ordering-a-repeat-prescription',
  'booking-a-gp-appointment',
  'seeing-your-gp-record',
  'choosing-a-pharmacy',
  'using-nhs-111-online',
  'managing-someone-elses-health',
  'finding-local-help',
  'practice-signing-in',
  'getting-online-cheaply',
  'searching-for-health-information',
  'contacting-your-gp-online',
  'hospital-appointments-in-the-nhs-app',
  'keeping-your-accounts-safe',
  'messages-and-photos-with-family',
  'signing-in-to-gov-uk',
  'universal-credit-journal',
  'banking-online-safely',
  'making-your-device-easier',
  'finding-people-like-you-online',
];
