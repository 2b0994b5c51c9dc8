import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import { isOnPage, pageMatches } from '../../../../shared/paths/is-on-page.ts';

// The NHS-styled test pages the extension's browser tests serve (../shared/data/pages/, read-only).
const PAGES = resolve(import.meta.dirname, '../../../../../shared/data/pages');
const PAGE_FILES = ['index.html', 'login.html', 'login-error.html', 'search.html', 'form.html'];

/** The page's markup, less its stylesheet link, which happy-dom would try (and fail, noisily) to fetch. */
function page(file: string): Document {
  const html = readFileSync(resolve(PAGES, file), 'utf8').replace(/<link\b[^>]*>/g, '');
  return new DOMParser().parseFromString(html, 'text/html');
}

const practice = allPaths().find((path) => path.practice === true);
const pageUrl = (file: string) => `http://localhost:5173/pages/${file}`;

describe('the practice path on the NHS-styled test pages', () => {
  it('exists and points at every step', () => {
    expect(practice?.steps.every((step) => step.onPage?.target !== undefined)).toBe(true);
  });

  for (const step of practice?.steps ?? []) {
    // That the guide finds each target on its page is tested with the guide itself (test/shared/guide/find-target.test.ts).
    it(`places "${step.id}" on exactly one test page`, () => {
      const onPage = step.onPage;
      const files = PAGE_FILES.filter((file) => onPage !== undefined && isOnPage(onPage, pageUrl(file)));
      expect(files).toHaveLength(1);
    });
  }

  it('moves on after Continue to the page the form really goes to', () => {
    for (const step of practice?.steps ?? []) {
      const doneWhen = step.onPage?.doneWhen;
      if (doneWhen === undefined || !('urlMatches' in doneWhen)) continue;
      const from = PAGE_FILES.find((file) => step.onPage !== undefined && isOnPage(step.onPage, pageUrl(file))) ?? '';
      const action = page(from).querySelector('main form')?.getAttribute('action') ?? '';
      expect(
        pageMatches(doneWhen.urlMatches, pageUrl(action)),
        `${step.id}: the form on ${from} goes to ${action}`,
      ).toBe(true);
    }
  });
});
