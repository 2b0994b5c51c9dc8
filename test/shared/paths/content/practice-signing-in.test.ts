import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { isOnPage, pageMatches } from '../../../../shared/paths/is-on-page.ts';
import type { Target } from '../../../../shared/paths/learning-path.ts';

// The NHS-styled test pages the extension's browser tests serve (../shared/data/pages/, read-only).
const PAGES = resolve(import.meta.dirname, '../../../../../shared/data/pages');
const PAGE_FILES = ['index.html', 'login.html', 'login-error.html', 'search.html', 'form.html'];

/** The page's markup, less its stylesheet link, which happy-dom would try (and fail, noisily) to fetch. */
function page(file: string): Document {
  const html = readFileSync(resolve(PAGES, file), 'utf8').replace(/<link\b[^>]*>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

function visibleText(element: Element): string {
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const ROLE_SELECTORS: Partial<Record<string, string>> = { button: 'button', heading: 'h1, h2, h3, h4, h5, h6', link: 'a[href]' };

/** A plain stand-in for the guide's finder: enough to prove each target is on its page, once. */
function findTarget(document: Document, target: Target): Element[] {
  if ('role' in target) {
    return [...document.querySelectorAll(ROLE_SELECTORS[target.role] ?? `[role="${target.role}"]`)].filter(
      (element) => (element.getAttribute('aria-label') ?? visibleText(element)) === target.name && !element.hasAttribute('hidden'),
    );
  }
  if ('label' in target) {
    return [...document.querySelectorAll('label')]
      .filter((label) => visibleText(label) === target.label)
      .map((label) => document.getElementById(label.htmlFor))
      .filter((control): control is HTMLElement => control !== null);
  }
  if ('text' in target) return [...document.querySelectorAll('body *')].filter((element) => visibleText(element) === target.text);
  return [...document.querySelectorAll(target.selector)];
}

const practice = allPaths().find((path) => path.practice === true);
const pageUrl = (file: string) => `http://localhost:5173/pages/${file}`;

describe('the practice path on the NHS-styled test pages', () => {
  it('exists and points at every step', () => {
    expect(practice?.steps.every((step) => step.onPage?.target !== undefined)).toBe(true);
  });

  for (const step of practice?.steps ?? []) {
    it(`finds exactly one target for "${step.id}" on its page`, () => {
      const onPage = step.onPage;
      const files = PAGE_FILES.filter((file) => onPage !== undefined && isOnPage(onPage, pageUrl(file)));
      expect(files, 'the page pattern should fit exactly one test page').toHaveLength(1);
      expect(onPage?.target && findTarget(page(files[0] ?? ''), onPage.target)).toHaveLength(1);
    });
  }

  it('moves on after Continue to the page the form really goes to', () => {
    for (const step of practice?.steps ?? []) {
      const doneWhen = step.onPage?.doneWhen;
      if (doneWhen === undefined || !('urlMatches' in doneWhen)) continue;
      const from = PAGE_FILES.find((file) => step.onPage !== undefined && isOnPage(step.onPage, pageUrl(file))) ?? '';
      const action = page(from).querySelector('main form')?.getAttribute('action') ?? '';
      expect(pageMatches(doneWhen.urlMatches, pageUrl(action)), `${step.id}: the form on ${from} goes to ${action}`).toBe(true);
    }
  });
});
