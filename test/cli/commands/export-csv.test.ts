import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../cli/commands/export.ts';
import { importCommand } from '../../../cli/commands/import.ts';
import { fakeIo } from './fake-io.ts';

const folder = () => mkdtempSync(join(tmpdir(), 'signpost-export-'));

describe('signpost export --csv', () => {
  it.each(['national', 'sheffield-example'])(
    'round-trips the %s pack through a spreadsheet: the same resources come back',
    async (name) => {
      const dir = folder();
      const pack = `shared/directory/packs/${name}.json`;
      expect(await exportCommand([pack, '--csv', '--out', join(dir, 'sheet.csv')], fakeIo())).toBe(0);
      expect(await importCommand([join(dir, 'sheet.csv'), '--out', join(dir, 'back.json')], fakeIo())).toBe(0);
      const before = JSON.parse(readFileSync(pack, 'utf8')).resources;
      const after = JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')).resources;
      expect(after).toEqual(before);
    },
  );

  it('writes the documented columns, and a formula in a name as text, not a formula', async () => {
    const dir = folder();
    const pack = JSON.parse(readFileSync('shared/directory/packs/national.json', 'utf8'));
    pack.resources[0].name = '=HYPERLINK("http://evil.example","Click")';
    writeFileSync(join(dir, 'pack.json'), JSON.stringify(pack));
    const io = fakeIo();
    expect(await exportCommand([join(dir, 'pack.json'), '--csv'], io)).toBe(0);
    const [header, first] = io.outText.join('').split('\r\n');
    expect(header).toBe(
      'id,name,organisation,description,categories,place_name,address,town,postcode,latitude,longitude,phone,text,email,website,hours,hours_note,free,cost_note,languages,access,access_note,eligibility,what_to_bring,how_to_get_in,last_verified,source',
    );
    expect(first).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
  });

  it('never writes over the pack it reads (exit 2)', async () => {
    const dir = folder();
    const pack = join(dir, 'pack.json');
    writeFileSync(pack, readFileSync('shared/directory/packs/national.json'));
    const io = fakeIo();
    expect(await exportCommand([pack, '--csv', '--out', pack], io)).toBe(2);
    expect(JSON.parse(readFileSync(pack, 'utf8')).format).toBe('signpost-pack');
  });
});
