import { computeAccessibleName, getRole } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { findTarget } from '../../../shared/guide/find-target.ts';
import { tidyWords } from '../../../shared/guide/match-words.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { isOnPage } from '../../../shared/paths/is-on-page.ts';
import type { Target } from '../../../shared/paths/learning-path.ts';
import { openPracticePage, showPage } from './show-page.ts';

const byId = (id: string) => document.getElementById(id);

afterEach(() => document.body.replaceChildren());

describe('finding a target by role and name', () => {
  it('finds a button by what it is called, whatever the case and spacing', () => {
    showPage('<a href="#" id="link">Continue</a><button id="go">\n  Continue\n</button>');
    expect(findTarget(document, { role: 'button', name: 'continue' })).toBe(byId('go'));
  });

  it('prefers the exact name to one that only starts with it', () => {
    showPage('<button id="longer">Continue to payment</button><button id="exact">Continue</button>');
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBe(byId('exact'));
  });

  it('takes a name that starts with the words when none is exact, but not half a word', () => {
    showPage('<button>Continued</button><button id="longer">Continue to sign in</button>');
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBe(byId('longer'));
  });

  it('finds an icon button by its aria-label, as a screen reader names it', () => {
    showPage('<button id="search" aria-label="Search"><svg aria-hidden="true"></svg></button>');
    expect(findTarget(document, { role: 'button', name: 'Search' })).toBe(byId('search'));
  });

  it('finds a heading and a link by their roles, including a div that says it is a button', () => {
    showPage(
      '<h2 id="problem">There is a problem</h2><div role="button" id="fake" tabindex="0">Next</div><a id="help" href="/help">Get help</a>',
    );
    expect(findTarget(document, { role: 'heading', name: 'There is a problem' })).toBe(byId('problem'));
    expect(findTarget(document, { role: 'button', name: 'Next' })).toBe(byId('fake'));
    expect(findTarget(document, { role: 'link', name: 'Get help' })).toBe(byId('help'));
  });

  it('finds nothing when the only thing with the name has another role', () => {
    showPage('<a href="#">Continue</a>');
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBeUndefined();
  });
});

describe('a target seen under other names', () => {
  it('finds the button by another name when the site changed its words', () => {
    showPage('<button id="login">Continue to NHS login</button>');
    const target: Target = { role: 'button', name: 'Continue with NHS login', alsoNamed: ['Continue to NHS login'] };
    expect(findTarget(document, target)).toBe(byId('login'));
  });

  it('prefers its own name when both are on the page', () => {
    showPage('<button id="old">Continue to NHS login</button><button id="new">Continue with NHS login</button>');
    const target: Target = { role: 'button', name: 'Continue with NHS login', alsoNamed: ['Continue to NHS login'] };
    expect(findTarget(document, target)).toBe(byId('new'));
  });

  it('tries other names for labels and words too, in the order given', () => {
    showPage('<label for="e">Email</label><input id="e"><p id="words">Check before you order</p>');
    expect(findTarget(document, { label: 'Email address', alsoNamed: ['Your email', 'Email'] })).toBe(byId('e'));
    expect(
      findTarget(document, { text: 'Check your prescription before ordering', alsoNamed: ['Check before you order'] }),
    ).toBe(byId('words'));
  });

  it('finds nothing when no name fits', () => {
    showPage('<button>Start now</button>');
    expect(findTarget(document, { role: 'button', name: 'Continue', alsoNamed: ['Next'] })).toBeUndefined();
  });
});

describe('finding a target by label', () => {
  it('finds the box a label names, not the label', () => {
    showPage('<label for="email">Email address</label><input id="email" type="text">');
    expect(findTarget(document, { label: 'email address' })).toBe(byId('email'));
  });

  it('finds a box inside its label, and boxes named by aria-label and aria-labelledby', () => {
    showPage(`<label>Postcode <input id="postcode"></label>
      <input id="phone" aria-label="Phone number">
      <span id="nhs-words">NHS number</span><input id="nhs" aria-labelledby="nhs-words">`);
    expect(findTarget(document, { label: 'Postcode' })).toBe(byId('postcode'));
    expect(findTarget(document, { label: 'Phone number' })).toBe(byId('phone'));
    expect(findTarget(document, { label: 'NHS number' })).toBe(byId('nhs'));
  });

  it('points at the label when the box itself is styled away, as custom checkboxes are', () => {
    showPage(
      '<input type="checkbox" id="agree" style="display:none"><label for="agree" id="agree-label">I agree</label>',
    );
    expect(findTarget(document, { label: 'I agree' })).toBe(byId('agree-label'));
  });
});

describe('finding a target by its words', () => {
  it('points at the link around the words', () => {
    showPage('<p>Or <a id="forgot" href="#"><span>I have forgotten my password</span></a></p>');
    expect(findTarget(document, { text: 'I have forgotten my password' })).toBe(byId('forgot'));
  });

  it('points at the smallest thing holding the words when nothing around them is clickable', () => {
    showPage('<div><section><p id="warning">Do not share this code</p></section></div>');
    expect(findTarget(document, { text: 'do not share this code' })).toBe(byId('warning'));
  });

  it('reads words split across tags as one sentence', () => {
    showPage('<p id="sentence">Press <strong>Continue</strong> when ready</p>');
    expect(findTarget(document, { text: 'Press Continue when ready' })).toBe(byId('sentence'));
  });
});

describe('finding a target by selector', () => {
  it('finds the first visible element the selector matches', () => {
    showPage('<div class="card" hidden></div><div class="card" id="shown"></div>');
    expect(findTarget(document, { selector: '.card' })).toBe(byId('shown'));
  });

  it('finds nothing, rather than failing, for a selector the browser cannot read', () => {
    showPage('<div class="card"></div>');
    expect(findTarget(document, { selector: 'div[[' })).toBeUndefined();
  });
});

describe('only what a person can see', () => {
  it.each([
    ['inside something not displayed', '<div style="display:none"><button>Continue</button></div>'],
    ['marked hidden', '<button hidden>Continue</button>'],
    ['inside something hidden from screen readers', '<div aria-hidden="true"><button>Continue</button></div>'],
    ['invisible', '<button style="visibility:hidden">Continue</button>'],
    ['behind an open dialog (inert)', '<main inert><button>Continue</button></main>'],
  ])('skips a button %s and finds the one on show', (_why, hiddenOne) => {
    showPage(`${hiddenOne}<button id="shown">Continue</button>`);
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBe(byId('shown'));
  });

  it('finds nothing when the only match is hidden', () => {
    showPage('<button hidden>Continue</button>');
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBeUndefined();
  });
});

describe('inside web components and frames', () => {
  it('finds a button inside an open shadow root, two components deep', () => {
    showPage('<sign-in id="outer"></sign-in>');
    const outer = byId('outer')!.attachShadow({ mode: 'open' });
    outer.append(document.createElement('login-form'));
    const inner = outer.querySelector('login-form')!.attachShadow({ mode: 'open' });
    const button = Object.assign(document.createElement('button'), { textContent: 'Continue' });
    inner.append(button);
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBe(button);
  });

  it('does not see a button hidden by its shadow host', () => {
    showPage('<sign-in id="outer" hidden></sign-in>');
    byId('outer')!
      .attachShadow({ mode: 'open' })
      .append(Object.assign(document.createElement('button'), { textContent: 'Continue' }));
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBeUndefined();
  });

  it('finds a box inside a same-origin iframe', () => {
    showPage('<iframe id="frame" srcdoc="<label for=nhs>NHS number</label><input id=nhs>"></iframe>');
    const frameDocument = (byId('frame') as HTMLIFrameElement).contentDocument!;
    expect(findTarget(document, { label: 'NHS number' })).toBe(frameDocument.getElementById('nhs'));
  });

  it.each([
    ['gives no document', () => null],
    [
      'throws, as older browsers do',
      () => {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    ],
  ])('passes over a cross-origin iframe that %s, and still finds what is outside it', (_how, contentDocument) => {
    showPage(
      '<iframe id="frame" srcdoc="<button>Continue</button>"></iframe><button id="shown">Continue to payment</button>',
    );
    // Cross-origin, as a browser sees it: happy-dom loads no pages from elsewhere.
    Object.defineProperty(byId('frame'), 'contentDocument', { get: contentDocument });
    expect(findTarget(document, { role: 'button', name: 'Continue' })).toBe(byId('shown'));
  });
});

describe('on the NHS-styled test pages', () => {
  const practice = allPaths().find((path) => path.practice === true)!;

  /** What a person would check: the thing found is what the step names, not merely something. */
  function expectToBeWhatTheStepNames(element: Element | undefined, target: Target): void {
    expect(element, 'found nothing').toBeDefined();
    const found = element!;
    const name = tidyWords(computeAccessibleName(found));
    if ('role' in target) {
      expect(getRole(found)).toBe(target.role);
      expect(name).toBe(tidyWords(target.name));
    } else if ('label' in target) {
      expect(found.localName).toBe('input');
      expect(name).toBe(tidyWords(target.label));
    } else if ('text' in target) {
      // The smallest thing holding the words, or the button or link around them: never the page itself.
      expect(tidyWords(found.textContent ?? '')).toContain(tidyWords(target.text));
      expect(['html', 'body', 'main']).not.toContain(found.localName);
    } else {
      expect(found).toBe(document.querySelector(target.selector));
    }
  }

  for (const step of practice.steps) {
    it(`points at the right thing for the practice step "${step.id}"`, () => {
      const onPage = step.onPage!;
      const file = ['login.html', 'login-error.html'].find((name) =>
        isOnPage(onPage, `http://localhost:8080/${name}`),
      )!;
      openPracticePage(file);
      expectToBeWhatTheStepNames(findTarget(document, onPage.target!), onPage.target!);
    });
  }

  it('leaves out the hidden "Show password" button on the sign-in page', () => {
    openPracticePage('login.html');
    expect(findTarget(document, { role: 'button', name: 'Show password' })).toBeUndefined();
  });
});
