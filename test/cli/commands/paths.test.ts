import { describe, expect, it } from 'vitest';
import { paths } from '../../../cli/commands/paths.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { skillText } from '../../../shared/paths/skills.ts';
import { fakeIo } from './fake-io.ts';

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('signpost paths', () => {
  it('lists every path with its steps, reading age, skills area and when it counts as completed, and states the limits', async () => {
    const io = fakeIo();
    expect(await paths([], io)).toBe(0);
    const text = io.outText.join('\n');
    for (const path of allPaths()) {
      expect(text).toMatch(
        new RegExp(
          `^${path.id}\\s+${path.steps.length}\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+${escaped(skillText(path.skill))}\\s+${escaped(path.title)}`,
          'm',
        ),
      );
    }
    expect(text).toMatch(/^\s+Counts as completed when steps 2, 4 and 5 are done, on their own or with help\.$/m);
    expect(text).toContain('Reading age = Flesch-Kincaid grade + 5. Limits: a path 9, any one step 11.');
    expect(text).toContain('Skills areas (Essential Digital Skills framework): Foundation skills; Communicating;');
  });

  it('lists each step with its skills area and key steps marked, with --steps', async () => {
    const io = fakeIo();
    expect(await paths(['--steps'], io)).toBe(0);
    const text = io.outText.join('\n');
    const nhsApp = allPaths().find((path) => path.id === 'getting-the-nhs-app')!;
    const terms = nhsApp.steps.findIndex((step) => step.id === 'agree-to-the-terms');
    expect(text).toContain(`${terms + 1}. Agree to the terms (Being safe and legal online, for life) key step`);
    expect(text).toContain('1. Get the app (Foundation skills, for life)\n');
    const stepLines = text.split('\n').filter((line) => /^\s+\d+\. /.test(line));
    expect(stepLines).toHaveLength(allPaths().reduce((total, path) => total + path.steps.length, 0));
  });

  it('prints JSON with --json, every step tagged', async () => {
    const io = fakeIo();
    expect(await paths(['--json'], io)).toBe(0);
    const rows = JSON.parse(io.outText.join('')) as {
      id: string;
      readingAge: number;
      skill: { area: string; for: string };
      keySteps: string[];
      completedWhen: string;
      stepSkills: { id: string; skill: { area: string; for: string }; key: boolean }[];
    }[];
    expect(rows.map((row) => row.id)).toEqual(allPaths().map((path) => path.id));
    expect(rows.every((row) => row.readingAge > 0 && row.readingAge <= 9)).toBe(true);
    for (const row of rows) {
      expect(['life', 'work']).toContain(row.skill.for);
      expect(row.stepSkills.filter((step) => step.key).map((step) => step.id)).toEqual(
        row.stepSkills.filter((step) => row.keySteps.includes(step.id)).map((step) => step.id),
      );
      expect(row.stepSkills.every((step) => step.skill.area.length > 0)).toBe(true);
      expect(row.completedWhen).toMatch(
        /^Counts as completed when steps? [\d, and]+ (is|are) done, on their own or with help\.$/,
      );
    }
  });

  it('shows how to use it, and exits 2, for an unknown option', async () => {
    const io = fakeIo();
    expect(await paths(['--xml'], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('Usage: signpost paths [--steps] [--json]');
  });
});
