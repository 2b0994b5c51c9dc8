import { checkPathShape } from './check-path-shape.ts';
import type { LearningPath } from './learning-path.ts';
import touchScreen from './content/using-a-touch-screen.json';
import mouseAndKeyboard from './content/using-a-mouse-and-keyboard.json';
import stayingSafe from './content/staying-safe-online.json';
import email from './content/setting-up-email.json';
import videoCalling from './content/video-calling-family.json';
import nhsApp from './content/getting-the-nhs-app.json';
import repeatPrescription from './content/ordering-a-repeat-prescription.json';
import gpAppointment from './content/booking-a-gp-appointment.json';
import gpRecord from './content/seeing-your-gp-record.json';
import pharmacy from './content/choosing-a-pharmacy.json';
import nhs111 from './content/using-nhs-111-online.json';
import someoneElse from './content/managing-someone-elses-health.json';
import localHelp from './content/finding-local-help.json';
import practiceSignIn from './content/practice-signing-in.json';
import deviceEasier from './content/making-your-device-easier.json';
import onlineCheaply from './content/getting-online-cheaply.json';
import healthSearch from './content/searching-for-health-information.json';
import accountsSafe from './content/keeping-your-accounts-safe.json';
import messagesPhotos from './content/messages-and-photos-with-family.json';
import peerSupport from './content/finding-people-like-you-online.json';
import contactGp from './content/contacting-your-gp-online.json';
import hospital from './content/hospital-appointments-in-the-nhs-app.json';
import govUkSignIn from './content/signing-in-to-gov-uk.json';
import universalCredit from './content/universal-credit-journal.json';
import banking from './content/banking-online-safely.json';

/*
 * Static imports, not a folder scan: the widget and the extension are bundled and cannot read folders at
 * run time, and a bundler then includes exactly these files. Order here is the order paths are offered.
 */
const BUILT_IN_CONTENT: readonly unknown[] = [
  touchScreen,
  mouseAndKeyboard,
  deviceEasier,
  onlineCheaply,
  stayingSafe,
  healthSearch,
  accountsSafe,
  email,
  messagesPhotos,
  videoCalling,
  peerSupport,
  nhsApp,
  contactGp,
  repeatPrescription,
  gpAppointment,
  hospital,
  gpRecord,
  pharmacy,
  nhs111,
  someoneElse,
  govUkSignIn,
  universalCredit,
  banking,
  localHelp,
  practiceSignIn,
];

let checked: readonly LearningPath[] | undefined;

function idOf(json: unknown): string {
  const id = (json as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(no id)';
}

function checkBuiltInPaths(): readonly LearningPath[] {
  const knownPathIds = BUILT_IN_CONTENT.map(idOf);
  return BUILT_IN_CONTENT.map((json) => {
    const check = checkPathShape(json, { knownPathIds });
    // Built-in content ships with the code: a broken file is a bug to stop the build, not a value to pass on.
    if (!check.ok) {
      const problems = check.problems.map((problem) => `  - ${problem.where}: ${problem.message}`).join('\n');
      throw new Error(`Built-in path "${idOf(json)}" is broken:\n${problems}`);
    }
    return check.path;
  });
}

/**
 * The learning paths that come with Signpost, their shape checked (checkPathShape) on first use and then
 * kept. The wording checks (checkPath) run in the test suite instead, so the readability libraries never
 * ship in the widget or the extension. Throws on a broken built-in file, naming the path and each problem.
 */
export function allPaths(): readonly LearningPath[] {
  checked ??= checkBuiltInPaths();
  return checked;
}
