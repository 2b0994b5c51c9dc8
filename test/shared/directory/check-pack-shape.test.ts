import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkShardIndexShape, loadCheckedPack } from '../../../shared/directory/check-pack-shape.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';
import { readShardIndex } from '../../../shared/directory/sources/shard-index.ts';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const marked = (resources: unknown[]) => ({
  ...readJson('shared/directory/packs/national.json'),
  checked: true,
  resources,
});
const good = () =>
  structuredClone((readJson('shared/directory/packs/national.json').resources as unknown[])[0]) as Record<
    string,
    unknown
  >;

describe('loadCheckedPack: the quick check for packs Signpost marked as checked', () => {
  it('leaves an unmarked pack (a site’s own file) to the full check', () => {
    expect(loadCheckedPack(readJson('shared/directory/packs/national.json'))).toBeUndefined();
    expect(loadCheckedPack({ ...readJson('shared/directory/packs/national.json'), checked: 'yes' })).toBeUndefined();
  });

  it('gives the same resources as the full check for the built-in packs and a libraries area', () => {
    for (const path of [
      'shared/directory/packs/national.json',
      'shared/directory/packs/sheffield-example.json',
      'shared/directory/packs/libraries/TR.json',
    ]) {
      const json = { ...readJson(path), checked: true };
      const quick = loadCheckedPack(json);
      const full = loadPack(json);
      expect(quick && quick.ok && quick.pack.resources, path).toEqual(full.ok && full.pack.resources);
    }
  });

  it.each([
    [
      'a javascript: website',
      (record: Record<string, unknown>) => (record.contact = { website: 'javascript:alert(1)' }),
    ],
    [
      'a data: website',
      (record: Record<string, unknown>) => (record.contact = { website: 'data:text/html,<script>1</script>' }),
    ],
    [
      'a latitude given as text',
      (record: Record<string, unknown>) => (record.place = { latitude: '53.38', longitude: -1.47 }),
    ],
    ['a point off Africa', (record: Record<string, unknown>) => (record.place = { latitude: 10, longitude: -17 })],
    ['a category Signpost does not know', (record: Record<string, unknown>) => (record.categories = ['<img src=x>'])],
    ['a name that is an object', (record: Record<string, unknown>) => (record.name = { toString: 'x' })],
    ['an extra field', (record: Record<string, unknown>) => (record.onclick = 'alert(1)')],
    [
      'a __proto__ key',
      (record: Record<string, unknown>) =>
        Object.defineProperty(record, '__proto__', { value: { polluted: true }, enumerable: true }),
    ],
    [
      'hours that are not rules',
      (record: Record<string, unknown>) => (record.hours = [{ days: ['XX'], opens: '9', closes: '5' }]),
    ],
    ['a contact that is a list', (record: Record<string, unknown>) => (record.contact = [])],
  ])('refuses a record with %s and keeps the rest', (_what, spoil) => {
    const bad = good();
    spoil(bad);
    const loaded = loadCheckedPack(JSON.parse(JSON.stringify(marked([bad, { ...good(), id: 'other' }]))));
    expect(loaded && loaded.ok && loaded.pack.resources.map((resource) => resource.id)).toEqual(['other']);
    expect(loaded && loaded.ok && loaded.problems[0]).toMatchObject({ record: 1, severity: 'error' });
  });

  it('refuses a marked pack whose header is not a pack header, and a record that is not an object', () => {
    expect(loadCheckedPack({ checked: true, format: 'signpost-pack', version: 1, resources: 'no' })).toMatchObject({
      ok: false,
    });
    const loaded = loadCheckedPack(marked([42, null, 'x', good()]));
    expect(loaded && loaded.ok && loaded.counts).toEqual({ total: 4, loaded: 1, leftOut: 3 });
  });

  it("gives each resource the publisher's e-mail for corrections, as the full check does", () => {
    const loaded = loadCheckedPack({
      ...marked([good()]),
      publisher: { name: 'Us', email: 'fixes@directory.example.org' },
    });
    expect(loaded && loaded.ok && loaded.pack.resources[0]?.correctionsEmail).toBe('fixes@directory.example.org');
  });
});

describe('checkShardIndexShape', () => {
  it('reads the libraries index as the full check does, and refuses file names that leave the folder', () => {
    const index = readJson('shared/directory/packs/libraries/index.json');
    const quick = checkShardIndexShape(index);
    const full = readShardIndex(index);
    expect(quick.ok && quick.index).toEqual(full.ok && full.index);
    expect(checkShardIndexShape({ ...index, remote: { file: '../secrets.json', count: 1 } }).ok).toBe(false);
    expect(checkShardIndexShape({ ...index, remote: { file: 'https://tracker.example/r.json', count: 1 } }).ok).toBe(
      false,
    );
  });
});
