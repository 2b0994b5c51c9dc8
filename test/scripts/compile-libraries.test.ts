import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { librariesPack } from '../../scripts/compile-libraries.ts';
import { LIBRARY_CREDIT } from '../../shared/directory/library-credits.ts';
import { loadPack } from '../../shared/directory/load-pack.ts';
import { districtsInFile, type PlaceNamesFile } from '../../shared/find/districts-named.ts';

const built = librariesPack(
  readFileSync('../shared/data/libraries/libraries.csv', 'utf8'),
  readFileSync('../shared/data/uk-outcodes.csv', 'utf8'),
);

describe('the built-in libraries pack, compiled from ../shared/data/libraries/libraries.csv', () => {
  it('holds the open, staffed libraries of England and Wales (SOURCE.md: 2,914 + 263 open, 29 book drops)', () => {
    if (!built.ok) throw new Error(built.message);
    expect(built.compiled.counts).toMatchObject({ kept: 3148, scotlandOrNorthernIreland: 582, bookDrops: 29 });
    expect(built.pack.resources.every((resource) => resource.place?.approximate === true)).toBe(true);
  });

  it('is a checked pack that carries the credit line the licences ask for', () => {
    if (!built.ok) throw new Error(built.message);
    const loaded = loadPack(JSON.parse(JSON.stringify(built.pack)));
    expect(loaded.ok && loaded.counts.leftOut).toBe(0);
    expect(built.pack).toMatchObject({ checked: true, note: LIBRARY_CREDIT, generated: '2025-04-28' });
  });

  it('is split by postcode area, each file small enough to fetch for one search', () => {
    const index = JSON.parse(readFileSync('shared/directory/packs/libraries/index.json', 'utf8')) as {
      areas: Array<{ file: string }>;
    };
    expect(index.areas.map((area) => area.file)).toEqual(
      expect.arrayContaining(['LS.json', 'CF.json', 'TR.json', 'WC.json']),
    );
    const largest = Math.max(
      ...index.areas.map(({ file }) => gzipSync(readFileSync(`shared/directory/packs/libraries/${file}`)).length),
    );
    expect(largest).toBeLessThan(16 * 1024);
  });

  it('names the places the libraries are in, so a town typed instead of a postcode finds its districts', () => {
    const placesIn = (letter: string) =>
      JSON.parse(readFileSync(`shared/directory/packs/places/${letter}.json`, 'utf8')) as PlaceNamesFile;
    // From the council ("Sheffield City Council"), an address line ("Hyde"), and a library's own name.
    expect(districtsInFile('sheffield', placesIn('s'))).toEqual(
      expect.arrayContaining([
        { outcode: 'S1', town: 'Sheffield' },
        { outcode: 'S10', town: 'Sheffield' },
      ]),
    );
    expect(districtsInFile('Hyde', placesIn('h'))).toEqual([{ outcode: 'SK14', town: 'Hyde' }]);
    expect(districtsInFile('Kempston', placesIn('k'))).toEqual([{ outcode: 'MK42', town: 'Kempston' }]);
    // Each file is small: a search fetches the one for its first letter only.
    for (const letter of ['a', 'b', 'c', 'l', 's'])
      expect(gzipSync(readFileSync(`shared/directory/packs/places/${letter}.json`)).length).toBeLessThan(8 * 1024);
  });
});
