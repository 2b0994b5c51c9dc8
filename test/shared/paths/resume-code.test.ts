import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import {
  formatResumeCode,
  makeResumeCode,
  normaliseResumeCode,
  readResumeCode,
  RESUME_CODE_MISTAKE,
} from '../../../shared/paths/resume-code.ts';
import { examplePath } from './example-path.ts';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const paths = allPaths();
const nhsApp = paths.find((path) => path.id === 'getting-the-nhs-app') ?? paths[0]!;
const someDone = nhsApp.steps.map((_, index) => index % 3 !== 1);

function codeFor(done: readonly boolean[]): string {
  const made = makeResumeCode(nhsApp, done);
  if (!made.ok) throw new Error(made.message);
  return made.code;
}

describe('resume codes', () => {
  it('round-trips the path and the done steps of every built-in path', () => {
    for (const path of paths) {
      for (const done of [
        path.steps.map(() => false),
        path.steps.map(() => true),
        path.steps.map((_, index) => index % 2 === 0),
      ]) {
        const made = makeResumeCode(path, done);
        expect(made.ok && readResumeCode(made.code, paths)).toEqual({ ok: true, path, done });
      }
    }
  });

  it('is short, in groups of four, with no I, L, O or U', () => {
    const code = codeFor(someDone);
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.replace(/-/g, '').length).toBeLessThanOrEqual(2 + 1 + Math.ceil(nhsApp.steps.length / 5) + 1);
  });

  it('reads a code typed in lower case, with spaces instead of dashes', () => {
    const typed = ` ${codeFor(someDone).toLowerCase().replace(/-/g, ' ')} `;
    expect(readResumeCode(typed, paths)).toMatchObject({ ok: true, done: someDone });
  });

  it('reads the letter O as zero and I or L as one, as people often type them', () => {
    expect(normaliseResumeCode('o1-il')).toBe('0111');
  });

  it('catches every single wrong character, kindly', () => {
    const code = normaliseResumeCode(codeFor(someDone));
    for (let position = 0; position < code.length; position += 1) {
      for (const wrong of ALPHABET.replace(code[position] ?? '', '')) {
        const typo = code.slice(0, position) + wrong + code.slice(position + 1);
        expect(readResumeCode(typo, paths), typo).toEqual({ ok: false, message: RESUME_CODE_MISTAKE });
      }
    }
  });

  it('catches two neighbouring characters typed the wrong way round', () => {
    const code = normaliseResumeCode(codeFor(someDone));
    for (let position = 0; position + 1 < code.length; position += 1) {
      if (code[position] === code[position + 1]) continue;
      const swapped = code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2);
      expect(readResumeCode(swapped, paths).ok, swapped).toBe(false);
    }
  });

  it('catches a missing character and a character with no meaning', () => {
    const code = normaliseResumeCode(codeFor(someDone));
    expect(readResumeCode(code.slice(1), paths)).toEqual({ ok: false, message: RESUME_CODE_MISTAKE });
    expect(readResumeCode(`${code.slice(0, 3)}U${code.slice(4)}`, paths)).toEqual({
      ok: false,
      message: RESUME_CODE_MISTAKE,
    });
  });

  it('asks for a code when nothing was typed', () => {
    expect(readResumeCode(' - ', paths)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Type the code you were given/),
    });
  });

  it('says so when the path is not in this copy of Signpost', () => {
    const code = codeFor(someDone);
    const withoutNhsApp = paths.filter((path) => path !== nhsApp);
    expect(readResumeCode(code, withoutNhsApp)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/does not have/),
    });
  });

  it('says so when the path has changed since the code was made', () => {
    const code = codeFor(someDone);
    const shorter = paths.map((path) => (path === nhsApp ? { ...path, steps: path.steps.slice(1) } : path));
    expect(readResumeCode(code, shorter)).toMatchObject({ ok: false, message: expect.stringMatching(/has changed/) });
  });

  it('cannot make a code for a path without a number, or with the wrong number of flags', () => {
    expect(makeResumeCode(examplePath(), [true, false, false]).ok).toBe(false);
    expect(makeResumeCode(nhsApp, [true]).ok).toBe(false);
  });

  it('shows any typed form of a code the same way', () => {
    expect(formatResumeCode(codeFor(someDone).toLowerCase().replace(/-/g, ''))).toBe(codeFor(someDone));
  });
});
