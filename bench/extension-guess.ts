/**
 * How often the page guide's first guess at a step with no mark is right (shared/guide/guess-target.ts),
 * in a real Chromium: on the practice pages with the practice path's marks taken away, and on pages that
 * draw their content late, as single-page apps do, with the built-in paths' own words and wording seen on
 * NHS services (../shared/notes/domain.md). "Right" is the thing a helper would point at. A figure, not
 * pass/fail: the guess is only offered as "Is it this one?".
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { allPaths } from '../shared/paths/all-paths.ts';
import { isOnPage } from '../shared/paths/is-on-page.ts';
import type { StepAction, Target } from '../shared/paths/learning-path.ts';
import { launchBrowser, serveFolders } from '../test/browser/chromium.ts';
import { row } from './measure.ts';

const PRACTICE_PAGES = '../shared/data/pages';
/** How long the late pages wait before drawing, as a single-page app waits for its data; in ms. */
const LATE_MS = 700;

/** A page that says "Loading" and draws `body` after LATE_MS (the markup is this bench's own). */
function latePage(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head>
<body><p id="loading">Loading…</p><div id="app"></div>
<template id="later">${body}</template>
<script>setTimeout(() => { document.getElementById('loading').remove(); document.getElementById('app').append(document.getElementById('later').content.cloneNode(true)); }, ${LATE_MS});</script>
</body></html>`;
}

const APP_MENU = `<nav aria-label="Menu"><ul>
<li><a id="advice" href="advice.html">Advice</a></li><li><a id="appointments" href="appointments.html">Appointments</a></li>
<li><a id="prescriptions" href="prescriptions.html">Prescriptions</a></li><li><a id="your-health" href="health.html">Your health</a></li>
<li><a id="messages" href="messages.html">Messages</a></li><li><a id="more" href="more.html">More</a></li></ul></nav>`;

/** NHS App-like pages, drawn late, in the app's own wording (domain.md, "Real button wording"). */
const LATE_PAGES: Record<string, string> = {
  'app/login.html': latePage(
    'NHS App',
    `<h1>NHS App</h1><p>You must be aged 13 or over to use the app, and registered at a GP surgery in England.</p>
<a id="nhs-login" href="home.html" class="button">Continue with NHS login</a>`,
  ),
  'app/home.html': latePage(
    'Home',
    `${APP_MENU}<h1>Hello Sam</h1><p>Your NHS number is 485 777 3456.</p><a href="#help">Help and support</a>`,
  ),
  'app/prescriptions.html': latePage(
    'Prescriptions',
    `${APP_MENU}<h1>Prescriptions</h1><ul><li><a id="order" href="order.html">Order a prescription</a></li>
<li><a id="orders" href="orders.html">View your orders</a></li><li><a id="nominate" href="pharmacy.html">Nominate a pharmacy</a></li></ul>`,
  ),
  'app/order.html': latePage(
    'Order a prescription',
    `<h1>A repeat prescription</h1><fieldset><legend>Choose what you need</legend>
<label><input type="checkbox" id="amlodipine"> Amlodipine 5mg tablets</label>
<label><input type="checkbox" id="salbutamol"> Salbutamol 100mcg inhaler</label></fieldset>
<label for="notes">Add notes for your GP surgery (optional)</label><textarea id="notes"></textarea>
<button id="continue" type="button">Continue</button>`,
  ),
  'app/confirm.html': latePage(
    'Check your order',
    `<h1>Check your prescription details before you order</h1><p>Amlodipine 5mg tablets</p>
<button id="confirm" type="button">Confirm and order prescriptions</button><a href="order.html">Change</a>`,
  ),
  'app/appointments.html': latePage(
    'Appointments',
    `${APP_MENU}<h1>Appointments</h1><a id="book" href="book.html">Book an appointment</a>
<h2>Upcoming</h2><p>Tuesday 3 March, 10:20am, Dr Patel</p><button id="cancel" type="button">Cancel this appointment</button>`,
  ),
  'nhs111/start.html': latePage(
    'NHS 111 online',
    `<h1>Get help for your symptoms</h1><p>Answer questions about your main symptom.</p><button id="start" type="button">Start now</button>`,
  ),
  'library/account.html': latePage(
    'Your library account',
    `<h1>Your library account</h1><p>You have 3 books on loan.</p>
<button id="reserve" type="button">Reserve a book</button><button id="renew" type="button">Renew my books</button>
<button id="log-out" type="button">Log out</button>`,
  ),
};

interface Case {
  page: string;
  title: string;
  say: string;
  action: StepAction;
  /** What a helper would point at: an element id, a CSS selector (starting "css:"), or the practice step's own target. */
  expected: string | Target;
}

/** A built-in path's step, its title and words as the guide gets them. */
function stepWords(pathId: string, stepId: string): { title: string; say: string; action: StepAction } {
  const step = allPaths()
    .find((path) => path.id === pathId)!
    .steps.find((each) => each.id === stepId)!;
  return { title: step.title, say: step.say, action: step.onPage!.action };
}

function lateCases(): Case[] {
  const builtIn = (page: string, pathId: string, stepId: string, expected: string): Case => ({
    page,
    ...stepWords(pathId, stepId),
    expected,
  });
  return [
    builtIn('app/login.html', 'ordering-a-repeat-prescription', 'log-in', 'nhs-login'),
    builtIn('app/login.html', 'getting-the-nhs-app', 'start', 'nhs-login'),
    builtIn('app/home.html', 'ordering-a-repeat-prescription', 'find-prescriptions', 'prescriptions'),
    builtIn('app/home.html', 'booking-a-gp-appointment', 'find-appointments', 'appointments'),
    builtIn('app/home.html', 'seeing-your-gp-record', 'find-your-record', 'your-health'),
    builtIn('app/prescriptions.html', 'ordering-a-repeat-prescription', 'choose-to-order', 'order'),
    builtIn('app/prescriptions.html', 'choosing-a-pharmacy', 'find-pharmacy-setting', 'nominate'),
    builtIn('app/order.html', 'ordering-a-repeat-prescription', 'pick-medicines', 'amlodipine'),
    builtIn('app/confirm.html', 'ordering-a-repeat-prescription', 'send-order', 'confirm'),
    builtIn('app/appointments.html', 'booking-a-gp-appointment', 'cancel', 'cancel'),
    builtIn('nhs111/start.html', 'using-nhs-111-online', 'start', 'start'),
    {
      page: 'library/account.html',
      title: 'Renew your books',
      say: 'Find the button that renews your books. Press it.',
      action: 'click',
      expected: 'renew',
    },
    {
      page: 'library/account.html',
      title: 'Reserve a book',
      say: 'Press the button to reserve a book you want.',
      action: 'click',
      expected: 'reserve',
    },
    {
      page: 'library/account.html',
      title: 'Log out',
      say: 'Press Log out when you are done.',
      action: 'click',
      expected: 'log-out',
    },
  ];
}

/** The practice path's steps on their practice pages, each with its mark taken away: only its words are left. */
function practiceCases(): Case[] {
  const practice = allPaths().find((path) => path.practice === true)!;
  return practice.steps.map((step) => ({
    page: ['login.html', 'login-error.html'].find((page) => isOnPage(step.onPage!, `http://localhost/${page}`))!,
    title: step.title,
    say: step.say,
    action: step.onPage!.action,
    expected: step.onPage!.target!,
  }));
}

/**
 * Steps a curator might write for the other practice pages, written after the guess was tuned on the cases
 * above and never tuned on: how the guess does on words it has not seen.
 */
function heldOutCases(): Case[] {
  const step = (page: string, title: string, say: string, action: StepAction, expected: string | Target): Case => ({
    page,
    title,
    say,
    action,
    expected,
  });
  return [
    step(
      'search.html',
      'Search for help',
      'Type what you are looking for in the search box. Then press the search button.',
      'type',
      'example',
    ),
    step(
      'search.html',
      'See more results',
      'Go to the next page of results.',
      'click',
      'css:.nhsuk-pagination__link--next',
    ),
    step(
      'form.html',
      'Type your postcode',
      'Type your postcode in the box. It looks like S1 2HE.',
      'type',
      'address-postcode',
    ),
    step(
      'form.html',
      'Choose how we contact you',
      'Pick one way for us to get in touch with you.',
      'choose',
      'contact-example',
    ),
    step(
      'form.html',
      'Type your date of birth',
      'Type the day, month and year you were born.',
      'type',
      'dob-example-day',
    ),
    step(
      'form.html',
      'Send the form',
      'Check your answers. Then press the button to send them.',
      'click',
      'css:main button[type=submit]',
    ),
    step('index.html', 'Find mental health help', 'Look for mental health at the top of the page. Click it.', 'click', {
      role: 'link',
      name: 'Mental health',
    }),
    // index.html's back link is drawn only on narrow screens (NHS.UK's breadcrumb), so no "Go back" step here.
  ];
}

/** shared/guide's guess and finder, bundled for the page's own window (the same code teach.js runs). */
async function guessScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'bench/guess-in-page.ts', formats: ['iife'], name: 'signpostGuess', fileName: 'guess' },
    },
  });
  const output = (Array.isArray(built) ? built[0]! : built) as { output: { code?: string }[] };
  return output.output[0]!.code!;
}

/** In the page: the first guess, once the page has settled, and whether it is the thing expected. */
const GUESS_IN_PAGE = `async ({ title, say, action, expected }) => {
  const guess = await window.signpostGuess.guessWhenSettled(document, { title, say }, action, { quietMs: 300, mostMs: 3000 });
  const wanted = typeof expected !== 'string' ? window.signpostGuess.findTarget(document, expected)
    : expected.startsWith('css:') ? document.querySelector(expected.slice(4)) : document.getElementById(expected);
  return { right: guess !== undefined && guess === wanted, guessed: guess ? (guess.id || guess.textContent.trim().slice(0, 40)) : '(nothing)' };
}`;

/** Prints how often the first guess is right, on the practice pages and on late pages. */
export async function benchGuess(): Promise<{
  right: number;
  of: number;
  practice: string;
  late: string;
  heldOut: string;
}> {
  const folder = mkdtempSync(join(tmpdir(), 'signpost-bench-guess-'));
  for (const [file, html] of Object.entries(LATE_PAGES)) {
    mkdirSync(join(folder, file, '..'), { recursive: true });
    writeFileSync(join(folder, file), html);
  }
  const [browser, site, script] = await Promise.all([
    launchBrowser(),
    serveFolders({ '/late/': folder, '/': PRACTICE_PAGES }),
    guessScript(),
  ]);
  try {
    const page = await browser.newPage();
    const tally = async (cases: Case[], prefix: string) => {
      const misses: string[] = [];
      let right = 0;
      for (const each of cases) {
        await page.goto(`${site.url}${prefix}${each.page}`);
        await page.addScriptTag({ content: script });
        const result = (await page.evaluate(`(${GUESS_IN_PAGE})(${JSON.stringify(each)})`)) as {
          right: boolean;
          guessed: string;
        };
        if (result.right) right += 1;
        else misses.push(`"${each.title}" guessed ${result.guessed}`);
      }
      return { right, of: cases.length, misses };
    };
    const practice = await tally(practiceCases(), '/');
    const late = await tally(lateCases(), '/late/');
    const heldOut = await tally(heldOutCases(), '/');
    row('First guess right, practice pages with their marks taken away', `${practice.right} of ${practice.of}`);
    row('First guess right, pages that draw late (NHS App wording, a library app)', `${late.right} of ${late.of}`);
    row('First guess right, held-out steps on the other practice pages', `${heldOut.right} of ${heldOut.of}`);
    for (const miss of [...practice.misses, ...late.misses, ...heldOut.misses]) row('  missed', miss);
    return {
      right: practice.right + late.right + heldOut.right,
      of: practice.of + late.of + heldOut.of,
      practice: `${practice.right} of ${practice.of}`,
      late: `${late.right} of ${late.of}`,
      heldOut: `${heldOut.right} of ${heldOut.of}`,
    };
  } finally {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
