import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../../cli/commands/validate.ts';
import { fakeIo } from './fake-io.ts';

function tempFile(name: string, text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'signpost-validate-')), name);
  writeFileSync(path, text);
  return path;
}

describe('signpost validate', () => {
  it('passes a good pack and counts its records', async () => {
    const io = fakeIo();
    expect(await validate(['shared/directory/packs/national.json'], io)).toBe(0);
    expect(io.outText.join('\n')).toMatch(/(\d+) records: \1 loaded, 0 left out\./);
  });

  it('names the broken record, its field and a plain reason, and exits 1', async () => {
    const io = fakeIo();
    expect(await validate(['test/fixtures/packs/two-places-one-broken.json'], io)).toBe(1);
    const text = io.outText.join('\n');
    expect(text).toContain('3 records: 2 loaded, 1 left out.');
    expect(text).toMatch(/Record 3 \(id "broken"\), contact\.website.*https:\/\//);
  });

  it('explains a file that is not JSON', async () => {
    const io = fakeIo();
    expect(await validate([tempFile('pack.json', '{ not json')], io)).toBe(1);
    expect(io.outText.join('\n')).toContain('The file is not JSON');
  });

  it('explains a JSON file that is not a pack', async () => {
    const io = fakeIo();
    expect(await validate([tempFile('pack.json', '[1, 2, 3]')], io)).toBe(1);
    expect(io.outText.join('\n')).toMatch(/pack/i);
  });

  it('prints usage and exits 2 without a file', async () => {
    const io = fakeIo();
    expect(await validate([], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('Usage: signpost validate <file>');
  });
});
