import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
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
    // The realistic page's first service is the single-service file's service, fact for fact: a true
    // duplicate, reported as such and counted once (issue 10), named by file and record.
    expect(await importCommand([ORUK_PAGE, ORUK_SERVICE, '--out', out], io)).toBe(0);
    expect(io.outText.join('\n')).toMatch(
      /service_full_digital_inclusion\.json: Record 1 \(id "2e767e7f[^"]*"\) \[note\]: It is the same as record 1 of services_page_digital_inclusion\.json, so it was kept once\./,
    );
    const changed = JSON.parse(readFileSync(ORUK_SERVICE, 'utf8'));
    changed.name = 'Get Online Drop-in (new name)';
    const changedFile = join(dirname(out), 'changed.json');
    writeFileSync(changedFile, JSON.stringify(changed));
    const clash = fakeIo();
    expect(await importCommand([ORUK_PAGE, changedFile, '--out', out], clash)).toBe(1);
    expect(clash.outText.join('\n')).toMatch(
      /changed\.json: Record 1 \(id "2e767e7f[^"]*"\), id \[left out\]: The id "2e767e7f[^"]*" is already used by record 1 of services_page_digital_inclusion\.json\./,
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

describe('signpost import with real spreadsheets and feeds (issue 10)', () => {
  const folder = () => mkdtempSync(join(tmpdir(), 'signpost-sheets-'));
  const HEADER = ['name', 'description', 'categories', 'postcode', 'phone', 'cost_note', 'last_verified'];

  it('reads a spreadsheet Excel on Windows saved (Windows-1252, semicolons, CRLF), says so, and keeps £ and é', async () => {
    const dir = folder();
    const text = `${HEADER.join(';')}\r\nCafé Computers;Drop in – no need to book;digital-skills;;0114 496 0000;£2 a session;2026-01-01\r\n`;
    const bytes = Uint8Array.from(
      [...text].map((char) => ({ é: 0xe9, '–': 0x96, '£': 0xa3 })[char] ?? char.charCodeAt(0)),
    );
    writeFileSync(join(dir, 'excel.csv'), bytes);
    const io = fakeIo();
    expect(await importCommand([join(dir, 'excel.csv'), '--out', join(dir, 'pack.json')], io)).toBe(0);
    const [resource] = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')).resources;
    expect(resource).toMatchObject({
      name: 'Café Computers',
      description: 'Drop in – no need to book',
      costNote: '£2 a session',
    });
    expect(io.outText.join('\n')).toContain('excel.csv was read as Windows-1252');
  });

  it('reads UTF-8 with a byte-order mark, and tabs', async () => {
    const dir = folder();
    writeFileSync(
      join(dir, 'tabs.csv'),
      `\uFEFF${HEADER.join('\t')}\nTea bar\tChat\tsocial-and-community\t\t0114 496 0001\t\t2026-01-01\n`,
    );
    const io = fakeIo();
    expect(await importCommand([join(dir, 'tabs.csv'), '--out', join(dir, 'pack.json')], io)).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')).resources[0].name).toBe('Tea bar');
  });

  it("never overwrites one of its inputs: exit 2 with a plain message, the keeper's file untouched", async () => {
    const dir = folder();
    const sheet = join(dir, 'mine.csv');
    writeFileSync(sheet, readFileSync(CSV));
    const io = fakeIo();
    expect(await importCommand([sheet, '--out', join(dir, '.', 'mine.csv')], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('is one of the files being read');
    expect(readFileSync(sheet, 'utf8')).toBe(readFileSync(CSV, 'utf8'));
  });

  it('writes the pack whole or not at all, marked as checked, leaving no temporary file', async () => {
    const dir = folder();
    const io = fakeIo();
    expect(await importCommand([ORUK_SERVICE, '--out', join(dir, 'no-such-folder', 'pack.json')], io)).toBe(1);
    expect(io.errText.join('\n')).toContain('The folder does not exist. Nothing was changed.');
    expect(await importCommand([ORUK_SERVICE, '--out', join(dir, 'pack.json')], fakeIo())).toBe(0);
    expect(readdirSync(dir)).toEqual(['pack.json']);
    expect(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')).checked).toBe(true);
  });

  it('imports every service of the Open Referral UK examples, JSON and linked CSV tables alike', async () => {
    const examples = '../shared/data/openreferral-uk/examples';
    for (const input of [
      'service_full.json',
      'service_list.json',
      'service_at_location_full.json',
      'service_at_location_list.json',
      'organization_full.json',
      'csv',
    ]) {
      const io = fakeIo();
      await importCommand([join(examples, input), '--out', join(folder(), 'pack.json')], io);
      expect(io.outText[0]?.split('\n')[0], input).toBe('1 record: 1 loaded, 0 left out.');
    }
  });

  it("learns a keeper's own terms from --categories, and refuses a terms file it cannot use (exit 2)", async () => {
    const dir = folder();
    writeFileSync(join(dir, 'terms.csv'), 'term,category\nDevice lending,wifi-and-computers\n');
    const io = fakeIo();
    await importCommand([ORUK_SERVICE, '--categories', join(dir, 'terms.csv'), '--out', join(dir, 'pack.json')], io);
    expect(JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')).resources[0].categories).toContain(
      'wifi-and-computers',
    );
    expect(io.outText.join('\n')).toContain('your categories file');
    writeFileSync(join(dir, 'bad.csv'), 'Digital inclusion,computers\n');
    const bad = fakeIo();
    expect(
      await importCommand([ORUK_SERVICE, '--categories', join(dir, 'bad.csv'), '--out', join(dir, 'p.json')], bad),
    ).toBe(2);
    expect(bad.errText.join('\n')).toContain('each row needs a term and a category id');
  });
});
