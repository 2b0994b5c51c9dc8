import { describe, expect, it } from 'vitest';
import { find } from '../../../cli/commands/find.ts';
import { fakeIo } from './fake-io.ts';

const PACK = 'test/fixtures/packs/two-places-one-broken.json';

describe('signpost find', () => {
  it('lists the built-in places nearest a postcode first, then phone and online help', async () => {
    const io = fakeIo();
    expect(await find(['S1 2HE', '--limit', '3'], io)).toBe(0);
    const text = io.outText.join('\n');
    expect(text).toMatch(/^Places near S1 2HE:\n 1\. /);
    // The libraries sit at their postcode district's centre, so their distances are "about".
    const miles = [...text.matchAll(/^ {4}(?:about )?([\d.]+) miles?/gm)].map((match) => Number(match[1]));
    expect(miles).toHaveLength(3);
    expect(miles).toEqual([...miles].sort((a, b) => a - b));
    expect(text).toContain('Help by phone or online:');
    expect(text).toContain('Phone 116 123');
  });

  it('searches only the packs given, keeps only the asked-for category, and reports the broken record', async () => {
    const io = fakeIo();
    expect(await find(['S1 2HE', '--pack', PACK, '--category', 'food', '--json'], io)).toBe(1);
    const results = JSON.parse(io.outText.join(''));
    expect(results.nearby.map((found: { resource: { id: string } }) => found.resource.id)).toEqual(['far']);
    expect(io.errText.join('\n')).toContain('Record 3 (id "broken"), contact.website');
  });

  it('keeps markup in a name as plain text', async () => {
    const io = fakeIo();
    await find(['S1', '--pack', PACK], io);
    expect(io.outText.join('\n')).toContain('Near drop-in <b>bold</b>');
  });

  it('says what is wrong with the postcode and exits 1', async () => {
    const io = fakeIo();
    expect(await find(['hello'], io)).toBe(1);
    expect(io.outText.join('\n')).toContain("That doesn't look like a postcode.");
  });

  it('says kindly when a pack file does not exist', async () => {
    const io = fakeIo();
    expect(await find(['S1', '--pack', 'no-such-pack.json'], io)).toBe(1);
    expect(io.errText.join('\n')).toContain('There is no file called no-such-pack.json.');
  });

  it('prints usage and exits 2 for an unknown category or a bad limit', async () => {
    for (const args of [['S1', '--category', 'cake'], ['S1', '--limit', 'ten'], []]) {
      const io = fakeIo();
      expect(await find(args, io)).toBe(2);
      expect(io.errText.join('\n')).toContain('Usage: signpost find');
    }
  });
});

describe('signpost find anywhere in England and Wales (issue 10)', () => {
  it.each([
    ['Leeds', 'LS1 1UR'],
    ['Cardiff', 'CF10 1EP'],
    ['Truro', 'TR1 2SN'],
    ['central London', 'WC2N 5DN'],
  ])('lists a library within 5 miles in %s', async (_town, postcode) => {
    const io = fakeIo();
    expect(await find([postcode, '--category', 'wifi-and-computers', '--json'], io)).toBe(0);
    const results = JSON.parse(io.outText.join(''));
    const libraries = results.nearby.filter(
      (found: { resource: { id: string }; miles: number }) =>
        found.resource.id.startsWith('library-') && found.miles <= 5,
    );
    expect(libraries.length).toBeGreaterThan(0);
  });

  it('says "about" for a library, and "Ask about cost" where nobody said', async () => {
    const io = fakeIo();
    await find(['TR1 2SN', '--category', 'wifi-and-computers', '--limit', '1'], io);
    expect(io.outText.join('\n')).toMatch(/ {4}about \d+ miles? · .*Ask about cost/);
  });
});
