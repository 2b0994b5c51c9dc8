import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findTarget } from '../../../shared/guide/find-target.ts';
import { guessTarget } from '../../../shared/guide/guess-target.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { isOnPage } from '../../../shared/paths/is-on-page.ts';
import { showPage } from './show-page.ts';

const byId = (id: string) => document.getElementById(id);

afterEach(() => document.body.replaceChildren());

/** An NHS App-like menu, with the wording seen on the app (../shared/notes/domain.md). */
const APP_MENU = `<nav><ul>
  <li><a id="advice" href="/advice">Advice</a></li>
  <li><a id="appointments" href="/appointments">Appointments</a></li>
  <li><a id="prescriptions" href="/prescriptions">Prescriptions</a></li>
  <li><a id="health" href="/your-health">Your health</a></li>
  <li><a id="messages" href="/messages">Messages</a></li></ul></nav>
  <main><h1 id="title">Prescriptions</h1>
  <a id="order" href="/order">Order a prescription</a> <a id="orders" href="/orders">View your orders</a>
  <a id="nominate" href="/pharmacy">Nominate a pharmacy</a></main>`;

describe('guessing what a step with no mark means', () => {
  it('takes the link whose name the step says: "Look for prescriptions" is the Prescriptions link', () => {
    showPage(APP_MENU);
    expect(guessTarget(document, 'Find prescriptions. Look for prescriptions in the app. Tap it.', 'click')).toBe(
      byId('prescriptions'),
    );
  });

  it('prefers the name the step covers best', () => {
    showPage(APP_MENU);
    expect(guessTarget(document, 'Choose to order. Choose to order a repeat prescription.', 'click')?.id).toBe('order');
    expect(guessTarget(document, 'Look for appointments in the app. Tap it.', 'click')).toBe(byId('appointments'));
  });

  it('points a reading step at a heading, and a clicking step at something to click', () => {
    showPage(APP_MENU);
    expect(guessTarget(document, 'Read about prescriptions', 'read')).toBe(byId('title'));
    expect(guessTarget(document, 'Tap prescriptions', 'click')).toBe(byId('prescriptions'));
  });

  it('takes a name in quotes exactly', () => {
    showPage('<button id="a">Start</button><button id="b">Start now</button>');
    expect(guessTarget(document, "Press the 'Start now' button to start", 'click')).toBe(byId('b'));
  });

  it('never guesses a hidden thing, and guesses nothing when no name shares a word with the step', () => {
    showPage('<button hidden>Prescriptions</button><button>Log out</button>');
    expect(guessTarget(document, 'Look for prescriptions', 'click')).toBeUndefined();
    expect(guessTarget(document, 'Tap it', 'click')).toBeUndefined();
  });
});

describe('on the practice pages, with the practice path’s marks taken away', () => {
  const PAGES = resolve(import.meta.dirname, '../../../../shared/data/pages');
  const practice = allPaths().find((path) => path.practice === true)!;

  function openPage(file: string): void {
    const html = readFileSync(resolve(PAGES, file), 'utf8').replace(/<link\b[^>]*>/g, '');
    document.open();
    document.write(html);
    document.close();
  }

  // Step 1 ("Look at the page") names nothing on the page in its words, so no guess is expected to fit it.
  for (const step of practice.steps.slice(1)) {
    it(`guesses what the step "${step.id}" points at from its words alone`, () => {
      const onPage = step.onPage!;
      openPage(['login.html', 'login-error.html'].find((name) => isOnPage(onPage, `http://localhost/${name}`))!);
      const marked = findTarget(document, onPage.target!);
      expect(marked).toBeDefined();
      expect(guessTarget(document, `${step.title}. ${step.say}`, onPage.action)).toBe(marked);
    });
  }
});
