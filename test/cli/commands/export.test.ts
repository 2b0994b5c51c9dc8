import { describe, expect, it } from 'vitest';
import { exportCommand } from '../../../cli/commands/export.ts';
import { importOpenReferral } from '../../../shared/directory/interchange/import-open-referral.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import national from '../../../shared/directory/packs/national.json';
import { fakeIo } from './fake-io.ts';

describe('signpost export --oruk', () => {
  it('prints a /services page that imports back to the same resources', async () => {
    const io = fakeIo();
    expect(await exportCommand(['shared/directory/packs/national.json', '--oruk'], io)).toBe(0);
    const page = JSON.parse(io.outText.join(''));
    const pack = loadPack(national);
    expect(page.total_items).toBe(pack.ok ? pack.pack.resources.length : -1);
    const back = importOpenReferral([{ source: 'export', json: page }]);
    expect(back.counts.leftOut).toBe(0);
    expect(back.resources.map((resource) => resource.name).sort()).toEqual(
      pack.ok ? pack.pack.resources.map((resource) => resource.name).sort() : [],
    );
  });

  it('exports the good records of a pack with a broken one, and exits 1', async () => {
    const io = fakeIo();
    expect(await exportCommand(['test/fixtures/packs/two-places-one-broken.json', '--oruk'], io)).toBe(1);
    expect(JSON.parse(io.outText.join('')).total_items).toBe(2);
    expect(io.errText.join('\n')).toContain('Record 3 (id "broken")');
  });

  it('prints usage and exits 2 without --oruk', async () => {
    const io = fakeIo();
    expect(await exportCommand(['shared/directory/packs/national.json'], io)).toBe(2);
    expect(io.errText.join('\n')).toContain('Usage: signpost export <pack> --oruk');
  });
});
