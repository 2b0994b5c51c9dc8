import { describe, expect, it } from 'vitest';
import { paths } from '../../../cli/commands/paths.ts';
import { allPaths } from '../../../shared/paths/all-paths.ts';
import { fakeIo } from './fake-io.ts';

describe('signpost paths', () => {
  it('lists every path with its steps and reading age, and states the limits', async () => {
    const io = fakeIo();
    expect(await paths([], io)).toBe(0);
    const text = io.outText.join('\n');
    for (const path of allPaths())
      expect(text).toMatch(
        new RegExp(`^${path.id}\\s+${path.steps.length}\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+${path.title}`, 'm'),
      );
    expect(text).toContain('Reading age = Flesch-Kincaid grade + 5. Limits: a path 9, any one step 11.');
  });

  it('prints JSON with --json', async () => {
    const io = fakeIo();
    expect(await paths(['--json'], io)).toBe(0);
    const rows = JSON.parse(io.outText.join('')) as { id: string; steps: number; readingAge: number }[];
    expect(rows.map((row) => row.id)).toEqual(allPaths().map((path) => path.id));
    expect(rows.every((row) => row.readingAge > 0 && row.readingAge <= 9)).toBe(true);
  });

  it('shows how to use it, and exits 2, for an unknown option', async () => {
    const io = fakeIo();
    expect(await paths(['--xml'], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('Usage: signpost paths [--json]');
  });
});
