import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../../shared/paths/all-paths.ts';
import type { LearningPath } from '../../../../shared/paths/learning-path.ts';
import { residentTexts, textsForSomeoneAlone } from '../../../../shared/paths/resident-texts.ts';
import { createFinderStore } from '../../../../shared/ui/finder/finder-store.ts';
import { SearchForHelp } from '../../../../shared/ui/finder/search-for-help.tsx';
import { nameOf, show } from '../../ui/render-for-test.tsx';
import { builtInPath } from '../built-in-path.ts';

/*
 * Wording that was wrong once (issue 13) and must not come back: each test names the fact it guards and
 * where it comes from (the path's sources, or ../shared/notes/domain.md).
 */

/** A finder that is never searched: only its form is drawn. */
function quietFinder() {
  return createFinderStore(
    { searchSupport: async () => ({ ok: false, message: '', suggestions: [], remote: [] }) },
    '',
  );
}

/** Everything a resident reads in the path, with someone-alone words too, as one text. */
function wordsOf(path: LearningPath): string {
  return [...residentTexts(path), ...textsForSomeoneAlone(path)].map((text) => text.text).join('\n');
}

describe('the paths as a whole', () => {
  it('offer at least 24 paths, each and every step tagged with a skills area and life or work', () => {
    expect(allPaths().length).toBeGreaterThanOrEqual(24);
    for (const path of allPaths()) {
      expect(path.skill.area, path.id).toBeTruthy();
      expect(['life', 'work']).toContain(path.skill.for);
      for (const step of path.steps) expect(step.skill, `${path.id}/${step.id}`).toBeDefined();
    }
  });

  it('say something specific to each step when the resident is stuck, never only "ask your helper"', () => {
    for (const path of allPaths()) {
      const stuck = path.steps.map((step) => step.ifStuck.say);
      expect(
        stuck.filter((say) => /^Ask your helper to show you once/i.test(say)),
        path.id,
      ).toEqual([]);
      expect(
        stuck.filter((say, index) => stuck.indexOf(say) !== index),
        `${path.id}: steps share the same help`,
      ).toEqual([]);
    }
  });

  it('name the thing to look for instead of a vague "look for it" or "the button to go on"', () => {
    for (const path of allPaths()) {
      expect(wordsOf(path), path.id).not.toMatch(
        /look for (prescriptions|appointments|your gp health record) in the app/i,
      );
      expect(wordsOf(path), path.id).not.toMatch(/the button to go on/i);
    }
  });
});

describe('Find local help with Signpost', () => {
  const path = builtInPath('finding-local-help');

  it("names the form's button as the form draws it, Find help, and never Search", async () => {
    const root = await show(<SearchForHelp store={quietFinder()} idPrefix="t" />);
    const submit = root.querySelector('button[type="submit"]');
    expect(submit && nameOf(submit)).toBe('Find help');
    expect(wordsOf(path)).toContain('Find help');
    expect(wordsOf(path)).not.toMatch(/\bpress Search\b|\bSearch button\b/i);
    expect(root.querySelector('label[for="t-postcode"]')?.textContent).toContain('Your postcode');
    expect(wordsOf(path)).toContain('Your postcode');
  });

  it('says one kind of help can be picked, as the form has one list to pick from', async () => {
    const root = await show(<SearchForHelp store={quietFinder()} idPrefix="t" />);
    const kinds = root.querySelector('select#t-category') as HTMLSelectElement | null;
    expect(kinds?.multiple).toBe(false);
    expect(wordsOf(path)).toMatch(/pick one kind of help/);
    expect(wordsOf(path)).not.toMatch(/more than one/i);
    expect(kinds?.options[0]?.textContent).toBe('Anything');
    expect(wordsOf(path)).toContain('Anything');
  });
});

describe('Book or ask for a GP appointment online', () => {
  const path = builtInPath('booking-a-gp-appointment');

  it('no longer sends people to ring early in the morning, and covers the online form as well as picking a time', () => {
    expect(wordsOf(path)).not.toMatch(/early in the morning/i);
    expect(wordsOf(path)).toMatch(/form/);
    expect(wordsOf(path)).toMatch(/pick a time/i);
    // From 1 October 2025 the online form stays open through core hours (DHSC, healthmedia.blog.gov.uk).
    expect(wordsOf(path)).toContain('8am to 6:30pm');
    expect(path.sources).toContain('https://healthmedia.blog.gov.uk/2025/09/29/gp-contract-what-you-need-to-know');
  });
});

describe('See your GP health record', () => {
  it('says new entries show by default, not that the practice chooses what you see', () => {
    const path = builtInPath('seeing-your-gp-record');
    expect(wordsOf(path)).not.toMatch(/chooses what you (can )?see/i);
    expect(wordsOf(path)).toMatch(/New things your GP adds show up here by themselves/);
    expect(wordsOf(path)).toMatch(/Older parts may not show/);
  });
});

describe('Get the NHS App', () => {
  const path = builtInPath('getting-the-nhs-app');

  it('has the details step: date of birth, NHS number or name, and postcode', () => {
    const details = path.steps.find((step) => /date of birth/.test(step.say));
    expect(details?.say).toMatch(/NHS number/);
    expect(details?.say).toMatch(/type your name instead/);
    expect(details?.say).toMatch(/postcode/);
  });

  it('has agreeing to the terms, the age limit and England', () => {
    expect(path.steps.some((step) => /terms/.test(step.say) && /agree/.test(step.say))).toBe(true);
    const needs = path.needs.map((need) => need.say).join(' ');
    expect(needs).toMatch(/13 or older/);
    expect(needs).toMatch(/England/);
  });
});

describe("Manage someone else's health online", () => {
  const path = builtInPath('managing-someone-elses-health');

  it('states the same-surgery rule from the NHS website, which settles it', () => {
    expect(path.needs.find((need) => need.id === 'same-practice')?.say).toMatch(/same GP surgery/);
    expect(path.sources).toContain(
      'https://www.nhs.uk/nhs-app/nhs-app-help-and-support/linked-profiles-in-the-nhs-app/',
    );
  });

  it("says never to log in with the other person's details", () => {
    expect(wordsOf(path)).toMatch(/Do not log in with the other person's email and password/);
  });

  it('covers children, a lasting power of attorney and care homes', () => {
    expect(wordsOf(path)).toMatch(/child under 16/);
    expect(wordsOf(path)).toMatch(/lasting power of attorney/);
    expect(wordsOf(path)).toMatch(/care home/);
  });
});

describe('Stay safe online and spot scams', () => {
  const path = builtInPath('staying-safe-online');

  it('has 7726 for scam texts, 159 for the bank, and Report Fraud by its current name', () => {
    expect(wordsOf(path)).toMatch(/Forward it to 7726/);
    expect(wordsOf(path)).toMatch(/call 159/);
    expect(wordsOf(path)).toMatch(/Report Fraud at reportfraud\.police\.uk, or call 0300 123 2040/);
    expect(path.sources).toContain('https://www.reportfraud.police.uk/how-to-report-suspicious-activity/');
  });

  it('never sends anyone to Action Fraud, which Report Fraud replaced on 4 December 2025', () => {
    for (const every of allPaths()) expect(wordsOf(every), every.id).not.toMatch(/Action Fraud/);
  });
});

describe('the practice path', () => {
  it('calls the Continue button by the colour the practice page gives it', () => {
    const css = readFileSync(
      resolve(import.meta.dirname, '../../../../../shared/data/pages/css/nhsuk-frontend.min.css'),
      'utf8',
    );
    const html = readFileSync(resolve(import.meta.dirname, '../../../../../shared/data/pages/login.html'), 'utf8');
    expect(html).toMatch(/class="nhsuk-button nhsuk-button--login"[^>]*type="submit">\s*Continue/);
    // #005eb8 is NHS blue.
    expect(css).toMatch(/\.nhsuk-button--login\{background-color:#005eb8/);
    const press = builtInPath('practice-signing-in').steps.find((step) => step.id === 'press-continue');
    expect(press?.say).toBe('Click the blue Continue button.');
    expect(wordsOf(builtInPath('practice-signing-in'))).not.toMatch(/green Continue/);
  });
});
