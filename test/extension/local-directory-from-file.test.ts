import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDirectoryFromFile, MAX_DIRECTORY_FILE_BYTES } from '../../extension/local-directory-from-file.ts';
import type { AreaCentroids, OutcodeTable } from '../../shared/postcode/outcode-table.ts';
import { readExample, SERVICES_PAGE } from '../shared/directory/interchange/open-referral-examples.ts';

const fixture = (path: string) => readFileSync(resolve(import.meta.dirname, '../fixtures', path), 'utf8');
const fileOf = (name: string, text: string) => new File([text], name);

/** Sheffield's S2 district only, so a row with postcode S2 4AB can be placed. */
const sheffieldS2: OutcodeTable = async (area) => {
  const centroids: AreaCentroids = area === 'S' ? { S2: [53.37, -1.45] } : {};
  return { ok: true, centroids };
};

describe('reading a local directory file', () => {
  it('reads a spreadsheet, places rows by their postcode district, and says which rows were left out and why', async () => {
    const read = await localDirectoryFromFile(
      fileOf('practice-directory.csv', fixture('practice-directory.csv')),
      sheffieldS2,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.value.kind).toBe('csv');
    expect(read.value.resources.map((resource) => resource.id)).toContain('highfield-device-bank');
    expect(read.value.resources.find((resource) => resource.id === 'highfield-device-bank')?.place?.latitude).toBe(
      53.37,
    );
    const leftOut = read.value.problems.filter((problem) => problem.severity === 'error');
    // A row is never left out for its category now (issue 10): only the row whose id clashes is.
    expect(leftOut.map((problem) => problem.record)).toEqual([8]);
    expect(
      read.value.problems
        .filter((problem) => problem.record === 6)
        .map((problem) => problem.message)
        .join(' '),
    ).toContain('Knitting');
    expect(read.value.counts).toEqual({ total: 8, loaded: 7, leftOut: 1 });
  });

  it('reads a Signpost pack, leaving out its broken record', async () => {
    const read = await localDirectoryFromFile(
      fileOf('my-pack.json', fixture('packs/two-places-one-broken.json')),
      sheffieldS2,
    );
    expect(read.ok && read.value.kind).toBe('pack');
    if (!read.ok) return;
    expect(read.value.counts.leftOut).toBeGreaterThan(0);
    expect(read.value.resources.length).toBe(read.value.counts.loaded);
  });

  it('reads Open Referral UK JSON', async () => {
    const read = await localDirectoryFromFile(
      fileOf('services.json', JSON.stringify(readExample(SERVICES_PAGE))),
      sheffieldS2,
    );
    expect(read.ok && read.value.kind).toBe('open-referral');
    expect(read.ok && read.value.resources.length).toBeGreaterThan(0);
  });

  it('reads a spreadsheet saved without its .csv ending by looking at what is in it', async () => {
    const read = await localDirectoryFromFile(fileOf('directory', fixture('practice-directory.csv')), sheffieldS2);
    expect(read.ok && read.value.kind).toBe('csv');
  });

  it('says plainly what files work when the JSON is something else', async () => {
    const read = await localDirectoryFromFile(fileOf('settings.json', '{"colour":"blue"}'), sheffieldS2);
    expect(read).toEqual({ ok: false, message: expect.stringContaining('a spreadsheet saved as CSV (.csv)') });
  });

  it('refuses broken JSON, an empty spreadsheet and a file that is far too big, each with a reason', async () => {
    const broken = await localDirectoryFromFile(fileOf('list.json', '{"format": '), sheffieldS2);
    const empty = await localDirectoryFromFile(fileOf('list.csv', ''), sheffieldS2);
    const huge = await localDirectoryFromFile(
      { name: 'big.csv', size: MAX_DIRECTORY_FILE_BYTES + 1, text: () => Promise.resolve('') },
      sheffieldS2,
    );
    expect(broken).toEqual({ ok: false, message: expect.stringContaining('not JSON') });
    expect(empty).toEqual({ ok: false, message: expect.stringContaining('empty') });
    expect(huge).toEqual({ ok: false, message: expect.stringContaining('too big') });
  });

  it('asks for the file again when the browser cannot read it', async () => {
    const read = await localDirectoryFromFile(
      { name: 'gone.csv', size: 10, text: () => Promise.reject(new DOMException('gone', 'NotReadableError')) },
      sheffieldS2,
    );
    expect(read).toEqual({ ok: false, message: expect.stringContaining('Choose it again') });
  });
});
