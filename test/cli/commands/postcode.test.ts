import { describe, expect, it } from 'vitest';
import { postcode } from '../../../cli/commands/postcode.ts';
import { fakeIo } from './fake-io.ts';

describe('signpost postcode', () => {
  it('tidies a postcode typed any old way and says where its district is', async () => {
    const io = fakeIo();
    expect(await postcode([' s12he '], io)).toBe(0);
    const text = io.outText.join('\n');
    expect(text).toContain('S1 2HE is a postcode.');
    expect(text).toContain('District (outcode): S1');
    expect(text).toContain('Place: 53.38060, -1.46950');
  });

  it('asks about a likely typo rather than changing it, and exits 1', async () => {
    const io = fakeIo();
    expect(await postcode(['SI 2HE'], io)).toBe(1);
    expect(io.outText.join('\n')).toBe('Did you mean S1 2HE?');
  });

  it('gives the place as JSON with --json', async () => {
    const io = fakeIo();
    expect(await postcode(['--json', 'sk149dj'], io)).toBe(0);
    expect(JSON.parse(io.outText.join(''))).toMatchObject({
      ok: true,
      label: 'SK14 9DJ',
      outcode: 'SK14',
      area: 'SK',
      precision: 'outcode',
    });
  });

  it('says plainly that Northern Ireland postcodes cannot be placed yet', async () => {
    const io = fakeIo();
    expect(await postcode(['BT1 1AA', '--json'], io)).toBe(1);
    expect(JSON.parse(io.outText.join(''))).toMatchObject({
      ok: false,
      kind: 'unsupported-region',
      showRemoteHelp: true,
    });
  });

  it('prints usage and exits 2 without a postcode or with an unknown option', async () => {
    for (const args of [[], ['S1', '--xml'], ['S1', 'S2']]) {
      const io = fakeIo();
      expect(await postcode(args, io)).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost postcode <text> [--json]');
    }
  });
});
