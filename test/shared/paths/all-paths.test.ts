import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { checkPath, describePathCheck } from '../../../shared/paths/check-path.ts';
import { PATH_NUMBERS } from '../../../shared/paths/path-numbers.ts';
import { BUILT_IN_FILES } from './built-in-content.ts';

describe('allPaths', () => {
  it('offers at least 12 paths for real sites, and a practice path', () => {
    const paths = allPaths();
    expect(paths.filter((path) => path.practice !== true).length).toBeGreaterThanOrEqual(12);
    expect(paths.some((path) => path.practice === true)).toBe(true);
  });

  it('loads every file in the content folder, so none can silently go missing', () => {
    const fileIds = Object.keys(BUILT_IN_FILES).map((file) => file.replace(/\.json$/, ''));
    expect(
      allPaths()
        .map((path) => path.id)
        .sort(),
    ).toEqual(fileIds.sort());
  });

  it("passes every check a curator's path must pass, wording included", () => {
    const knownPathIds = allPaths().map((path) => path.id);
    const failing = Object.entries(BUILT_IN_FILES)
      .map(([file, json]) => ({ file, check: checkPath(json, { knownPathIds }) }))
      .filter(({ check }) => !check.ok)
      .map(({ file, check }) => describePathCheck(file, check));
    expect(failing).toEqual([]);
  });

  it('names each file after the path inside it', () => {
    for (const [file, json] of Object.entries(BUILT_IN_FILES))
      expect((json as { id: string }).id).toBe(file.replace(/\.json$/, ''));
  });

  it('suggests only paths that exist as the next thing to learn', () => {
    const ids = allPaths().map((path) => path.id);
    expect(
      allPaths()
        .flatMap((path) => path.next)
        .filter((id) => !ids.includes(id)),
    ).toEqual([]);
  });

  it('covers the hands-off face scan when proving who you are for the NHS App', () => {
    const nhsApp = allPaths().find((path) => path.id === 'getting-the-nhs-app');
    const faceScan = nhsApp?.steps.find((step) => step.id === 'face-scan');
    expect(faceScan?.who).toBe('hands-off');
    expect(faceScan?.whyHandsOff).toMatch(/helper must not be in the picture/);
  });
});

describe('broken built-in content', () => {
  afterEach(() => {
    vi.doUnmock('../../../shared/paths/content/finding-local-help.json');
    vi.resetModules();
  });

  it('stops loading with the path and the problem named', async () => {
    vi.resetModules();
    vi.doMock('../../../shared/paths/content/finding-local-help.json', async (importOriginal) => {
      const original = await importOriginal<{ default: object }>();
      return { default: { ...original.default, steps: [] } };
    });
    const { allPaths: freshAllPaths } = await import('../../../shared/paths/all-paths.ts');
    expect(() => freshAllPaths()).toThrow(
      /Built-in path "finding-local-help" is broken:\n {2}- steps: A path needs at least one step\.$/,
    );
  });
});

describe('PATH_NUMBERS', () => {
  it('gives every built-in path a number, so each can make a resume code', () => {
    expect(allPaths().filter((path) => !PATH_NUMBERS.includes(path.id))).toEqual([]);
  });

  it('never lists a path twice', () => {
    expect(new Set(PATH_NUMBERS).size).toBe(PATH_NUMBERS.length);
  });

  it('keeps the numbers of the paths shipped first, so old resume codes still open them', () => {
    // The append-only rule itself (path-numbers.ts): these entries may never move.
    expect(PATH_NUMBERS.slice(0, 14)).toEqual([
      'using-a-touch-screen',
      'using-a-mouse-and-keyboard',
      'staying-safe-online',
      'setting-up-email',
      'video-calling-family',
      'getting-the-nhs-app',
      'ordering-a-repeat-prescription',
      'booking-a-gp-appointment',
      'seeing-your-gp-record',
      'choosing-a-pharmacy',
      'using-nhs-111-online',
      'managing-someone-elses-health',
      'finding-local-help',
      'practice-signing-in',
    ]);
  });
});

describe('steps people have progress on', () => {
  it('keeps every step id the last release shipped, so saved progress and its outcomes still find their step', () => {
    // Frozen from the last release (0be737e): progress is saved by step id (shared/store/progress.ts).
    const shipped = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../fixtures/shipped-step-ids.json'), 'utf8'),
    ) as Record<string, string[]>;
    const lost = Object.entries(shipped).flatMap(([pathId, stepIds]) => {
      const path = allPaths().find((candidate) => candidate.id === pathId);
      return stepIds.filter((stepId) => !path?.steps.some((step) => step.id === stepId)).map((id) => `${pathId}/${id}`);
    });
    expect(lost).toEqual([]);
  });
});
