import { afterEach, describe, expect, it } from 'vitest';
import { findTarget } from '../../../shared/guide/find-target.ts';
import { guessTarget } from '../../../shared/guide/guess-target.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { isOnPage } from '../../../shared/paths/is-on-page.ts';
import { openPracticePage, showPage } from './show-page.ts';

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
    expect(
      guessTarget(
        document,
        { title: 'Find prescriptions', say: 'Look for prescriptions in the app. Tap it.' },
        'click',
      ),
    ).toBe(byId('prescriptions'));
  });

  it('prefers the name the step covers best', () => {
    showPage(APP_MENU);
    const order = { title: 'Choose to order', say: 'Choose to order a repeat prescription.' };
    expect(guessTarget(document, order, 'click')?.id).toBe('order');
    expect(
      guessTarget(document, { title: 'Find appointments', say: 'Look for appointments in the app. Tap it.' }, 'click'),
    ).toBe(byId('appointments'));
  });

  it('points a reading step at a heading, and a clicking step at something to click', () => {
    showPage(APP_MENU);
    expect(guessTarget(document, { title: 'Read about prescriptions', say: '' }, 'read')).toBe(byId('title'));
    expect(guessTarget(document, { title: 'Tap prescriptions', say: '' }, 'click')).toBe(byId('prescriptions'));
  });

  it('takes a name in quotes exactly', () => {
    showPage('<button id="a">Start</button><button id="b">Start now</button>');
    expect(guessTarget(document, { title: 'Start', say: "Press the 'Start now' button to start." }, 'click')).toBe(
      byId('b'),
    );
  });

  it('never guesses a hidden thing, and guesses nothing when no name shares a word with the step', () => {
    showPage('<button hidden>Prescriptions</button><button>Log out</button>');
    expect(guessTarget(document, { title: 'Look for prescriptions', say: '' }, 'click')).toBeUndefined();
    expect(guessTarget(document, { title: 'Tap it', say: '' }, 'click')).toBeUndefined();
  });
});

describe('when no name shares a word with the step', () => {
  it("points a step about reading the page at the page's main heading", () => {
    showPage('<header><a href="/">Home</a></header><h1 id="main">Sign in to your account</h1><h2>Other</h2>');
    expect(guessTarget(document, { title: 'Look at the page', say: 'This is a practice page.' }, 'read')).toBe(
      byId('main'),
    );
  });

  it('points a step about choosing at the first thing to tick', () => {
    showPage('<h1>A repeat prescription</h1><label><input type="checkbox" id="first"> Amlodipine 5mg tablets</label>');
    expect(guessTarget(document, { title: 'Pick your medicines', say: 'Tick each medicine you need.' }, 'choose')).toBe(
      byId('first'),
    );
  });

  it('goes by a word of the title first: "Find your pharmacy" is the pharmacy link, not Prescriptions', () => {
    showPage(APP_MENU);
    const step = {
      title: 'Find your pharmacy',
      say: 'Look for prescriptions in the app. Then look for your pharmacy. Choose to change it.',
    };
    expect(guessTarget(document, step, 'click')).toBe(byId('nominate'));
  });
});

describe('on the practice pages, with the practice path’s marks taken away', () => {
  const practice = allPaths().find((path) => path.practice === true)!;

  for (const step of practice.steps) {
    it(`guesses what the step "${step.id}" points at from its words alone`, () => {
      const onPage = step.onPage!;
      openPracticePage(
        ['login.html', 'login-error.html'].find((name) => isOnPage(onPage, `http://localhost/${name}`))!,
      );
      const marked = findTarget(document, onPage.target!);
      expect(marked).toBeDefined();
      expect(guessTarget(document, step, onPage.action)).toBe(marked);
    });
  }
});
