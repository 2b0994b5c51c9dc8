import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { librariesPack } from '../../scripts/compile-libraries.ts';
import { LIBRARY_CREDIT } from '../../shared/directory/library-credits.ts';
import { loadPack } from '../../shared/directory/load-pack.ts';

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
});
