import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCommand } from '../../../cli/commands/import.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { fakeIo } from './fake-io.ts';

const ORUK_PAGE = '../shared/data/openreferral-uk/examples-realistic/services_page_digital_inclusion.json';
const ORUK_SERVICE = '../shared/data/openreferral-uk/examples-realistic/service_full_digital_inclusion.json';
const CSV = 'test/fixtures/practice-directory.csv';

function outPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'signpost-import-')), 'pack.json');
}

describe('signpost import', () => {
  it('merges an Open Referral UK page and a spreadsheet into one pack that validates', async () => {
    const io = fakeIo();
    const out = outPath();
    const code = await importCommand([ORUK_PAGE, CSV, '--out', out, '--area', 'Sheffield'], io);
    const loaded = loadPack(JSON.parse(readFileSync(out, 'utf8')));
    expect(loaded.ok && loaded.counts.leftOut).toBe(0);
    expect(loaded.ok && loaded.pack.area).toBe('Sheffield');
    const ids = loaded.ok ? loaded.pack.resources.map((resource) => resource.id) : [];
    expect(ids).toContain('2e767e7f-e75c-516f-a9a9-7c68a7f2b7a1');
    expect(ids).toContain('library-get-online');
    // The spreadsheet has rows that must be left out, so the command says so with its exit code.
    expect(code).toBe(1);
    expect(io.outText.join('\n')).toMatch(/\[left out\]/);
    expect(io.outText.join('\n')).toContain(`to ${out}.`);
  });

  it('never lets a javascript: link through', async () => {
    const out = outPath();
    await importCommand([CSV, '--out', out], fakeIo());
    expect(readFileSync(out, 'utf8')).not.toContain('javascript:');
  });

  it('keeps the first of two records with the same id from different files, and reports the second', async () => {
    const io = fakeIo();
    const out = outPath();
    expect(await importCommand([ORUK_PAGE, ORUK_SERVICE, '--out', out], io)).toBe(1);
    // The realistic page's first service is the single-service file's service: named by file and record.
    expect(io.outText.join('\n')).toMatch(
      /service_full_digital_inclusion\.json: Record 1 \(id "2e767e7f[^"]*"\), id \[left out\]: The id "2e767e7f[^"]*" is already used by record 1 of services_page_digital_inclusion\.json\./,
    );
  });

  it('reports a file that does not exist, and still writes the others', async () => {
    const io = fakeIo();
    const out = outPath();
    expect(await importCommand([ORUK_SERVICE, 'missing.json', '--out', out], io)).toBe(1);
    expect(io.outText.join('\n')).toContain('There is no such file.');
    const loaded = loadPack(JSON.parse(readFileSync(out, 'utf8')));
    expect(loaded.ok && loaded.pack.resources).toHaveLength(1);
  });

  it('prints usage and exits 2 without --out or without files', async () => {
    for (const args of [[CSV], ['--out', 'x.json']]) {
      const io = fakeIo();
      expect(await importCommand(args, io)).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost import');
    }
  });
});
