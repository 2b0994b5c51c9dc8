import { computeAccessibleName } from 'dom-accessibility-api';
import { afterEach, describe, expect, it } from 'vitest';
import { couldBeNamed, labelWords } from '../../../shared/guide/could-be-named.ts';
import { showPage } from './show-page.ts';

afterEach(() => document.body.replaceChildren());

describe('ruling out elements cheaply before naming them exactly', () => {
  it.each([
    ['words split across blocks', '<button id="it"><div>Save</div><div>and continue</div></button>'],
    ['a picture’s alt text', '<button id="it"><img alt="Search" src="data:,"></button>'],
    ['an aria-label', '<a id="it" href="#" aria-label="Close cookie banner">×</a>'],
    ['words elsewhere on the page', '<span id="words">Your NHS number</span><input id="it" aria-labelledby="words">'],
    ['a label', '<label for="it">Postcode</label><input id="it">'],
    ['a title', '<button id="it" title="Print this page"></button>'],
    ['an icon’s title', '<button id="it"><svg><title>Menu</title></svg></button>'],
    ['the browser’s own word', '<input id="it" type="submit">'],
  ])('keeps an element named by %s', (_how, html) => {
    showPage(html);
    const element = document.getElementById('it')!;
    const name = computeAccessibleName(element);
    expect(name).not.toBe('');
    expect(couldBeNamed(element, name, labelWords([document]))).toBe(true);
  });

  it('rules out an element whose words are all different', () => {
    showPage('<button id="it" title="Keep this result">Save 12</button>');
    expect(couldBeNamed(document.getElementById('it')!, 'Continue', labelWords([document]))).toBe(false);
  });
});
