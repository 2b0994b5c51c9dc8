import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPathCommand } from '../../../cli/commands/check-path.ts';
import { buildOrganisationFile } from '../../../shared/paths/organisation-file.ts';
import { exampleFix, examplePath, exampleStep } from '../../shared/paths/example-path.ts';
import { fakeIo } from './fake-io.ts';

const folder = mkdtempSync(join(tmpdir(), 'signpost-check-path-'));

function fileWith(name: string, text: string): string {
  const file = join(folder, name);
  writeFileSync(file, text);
  return file;
}

describe('signpost check-path', () => {
  it('passes a good path and gives its reading age', async () => {
    const io = fakeIo();
    const file = fileWith('good.json', JSON.stringify(examplePath({ next: ['finding-local-help'] })));
    expect(await checkPathCommand([file], io)).toBe(0);
    expect(io.outText.join('\n')).toMatch(
      /no problems found\.\nReads at age [\d.]+ \(limit 9\); hardest step [\d.]+ \(limit 11\)\./,
    );
    expect(io.outText.join('\n')).toContain(
      'Skills area: Communicating, for life. Counts as completed when step 1 is done, on their own or with help.',
    );
  });

  it('reports every problem and exits 1', async () => {
    const io = fakeIo();
    const path = examplePath({ next: ['no-such-path'], steps: [exampleStep('wave'), exampleStep('wave')] });
    expect(await checkPathCommand([fileWith('bad.json', JSON.stringify(path))], io)).toBe(1);
    const report = io.outText.join('\n');
    expect(report).toContain('2 problems to fix.');
    expect(report).toContain('  - steps: Two steps have the id "wave"');
    expect(report).toContain('  - next: There is no path with the id "no-such-path"');
  });

  it('says where the JSON is broken, and exits 1', async () => {
    const io = fakeIo();
    expect(await checkPathCommand([fileWith('broken.json', '{ "id": "x", }')], io)).toBe(1);
    expect(io.outText.join('\n')).toMatch(/broken\.json: The file is not JSON, so Signpost cannot read it \(.+\)/);
  });

  it('says a file does not exist, and exits 1 like the other commands', async () => {
    const io = fakeIo();
    expect(await checkPathCommand([join(folder, 'missing.json')], io)).toBe(1);
    expect(io.outText.join('\n')).toMatch(/There is no file called .*missing\.json\./);
  });

  it('shows how to use it, and exits 2, with no file or too many', async () => {
    for (const args of [[], ['a.json', 'b.json'], ['--strict']]) {
      const io = fakeIo();
      expect(await checkPathCommand(args, io)).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost check-path <file.json>');
    }
  });
});

describe('signpost check-path on a file of an organisation’s paths and fixes', () => {
  const fix = exampleFix({ lastSeenWorking: '2026-12-05' });
  const ours = examplePath({ id: 'our-own-path', madeBy: 'Sheffield Central Library', next: ['finding-local-help'] });
  const fileText = (paths: unknown[], fixes: unknown[]) =>
    JSON.stringify({
      ...buildOrganisationFile('Sheffield Central Library', [], [], new Date('2026-12-06')),
      paths,
      fixes,
    });

  it('passes a file the options page saves, with its paths and fixes', async () => {
    const io = fakeIo();
    const file = fileWith('ours.json', fileText([ours], [fix]));
    expect(await checkPathCommand([file], io)).toBe(0);
    expect(io.outText.join('\n')).toBe(`${file}: no problems found. 1 path and 1 fix ready.`);
  });

  it('checks each path as it checks one, each fix against its path, and exits 1', async () => {
    const io = fakeIo();
    const badPath = examplePath({ id: 'our-bad-path', steps: [exampleStep('wave'), exampleStep('wave')] });
    const lostFix = { ...fix, stepId: 'no-such-step' };
    const builtInId = examplePath({ id: 'finding-local-help' });
    const file = fileWith('mixed.json', fileText([ours, badPath, builtInId], [fix, lostFix, { pathId: 'x' }]));
    expect(await checkPathCommand([file], io)).toBe(1);
    const report = io.outText.join('\n');
    expect(report).toContain('1 path and 1 fix ready.');
    expect(report).toContain('  - paths[1] (our-bad-path): steps: Two steps have the id "wave"');
    expect(report).toContain('  - paths[2] (finding-local-help).id: A path that comes with Signpost has this id');
    expect(report).toContain(
      '  - fixes[1] (ordering-a-repeat-prescription/no-such-step): The path "ordering-a-repeat-prescription" has no step',
    );
    expect(report).toMatch(/ {2}- fixes\[2\]\.stepId: /);
  });
});
