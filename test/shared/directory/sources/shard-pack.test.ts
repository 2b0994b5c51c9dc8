import { describe, expect, it } from 'vitest';
import { loadPack } from '../../../../shared/directory/load-pack.ts';
import { readShardIndex } from '../../../../shared/directory/sources/shard-index.ts';
import { shardPack } from '../../../../shared/directory/sources/shard-pack.ts';
import { OUTCODES, packOf, resourceWith } from './shard-test-pack.ts';

const cityCentre = resourceWith('city-centre', { latitude: 53.381, longitude: -1.47 });
const hillsborough = resourceWith('hillsborough', { latitude: 53.402, longitude: -1.51 });
const hyde = resourceWith('hyde', { latitude: 53.452, longitude: -2.078 });
const helpline = resourceWith('helpline');

function sharded(resources = [hyde, cityCentre, helpline, hillsborough]) {
  const result = shardPack(packOf(resources), OUTCODES);
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('splitting a pack by postcode area', () => {
  it('puts each place in the file of its postcode area, keeping the pack order, and phone and online help in remote.json', () => {
    const { index, files } = sharded();
    const ids = Object.fromEntries(
      files.map(({ file, pack }) => [file, pack.resources.map((resource) => resource.id)]),
    );
    expect(ids).toEqual({
      'S.json': ['city-centre', 'hillsborough'],
      'SK.json': ['hyde'],
      'remote.json': ['helpline'],
    });
    expect(index.areas.map(({ area, file, count }) => ({ area, file, count }))).toEqual([
      { area: 'S', file: 'S.json', count: 2 },
      { area: 'SK', file: 'SK.json', count: 1 },
    ]);
    expect(index.remote).toEqual({ file: 'remote.json', count: 1 });
  });

  it('goes by where a place is, not by its postcode, so a mistyped postcode cannot stretch another area', () => {
    const misfiled = resourceWith('misfiled', { latitude: 53.381, longitude: -1.47, postcode: 'SK14 4AA' });
    const { index } = sharded([misfiled, hyde]);
    expect(index.areas.find((area) => area.area === 'S')?.count).toBe(1);
    expect(index.areas.find((area) => area.area === 'SK')?.bounds).toEqual({
      south: 53.452,
      west: -2.078,
      north: 53.452,
      east: -2.078,
    });
  });

  it('gives each area the smallest box holding its places', () => {
    const { index } = sharded();
    expect(index.areas[0]!.bounds).toEqual({ south: 53.381, west: -1.51, north: 53.402, east: -1.47 });
  });

  it('writes every file as a pack that loads cleanly, carrying the source pack credits', () => {
    const { index, files } = sharded();
    for (const { pack } of files) {
      const loaded = loadPack(JSON.parse(JSON.stringify(pack)));
      expect(loaded.ok && loaded.counts.leftOut).toBe(0);
      expect(pack.publisher).toBe('Peak Digital Network');
      expect(pack.note).toBe('Checked by phone.');
    }
    expect(files.find((file) => file.file === 'SK.json')?.pack.area).toBe('Sheffield and the Peak: postcode area SK');
    expect(index.source).toMatchObject({
      publisher: 'Peak Digital Network',
      area: 'Sheffield and the Peak',
      generated: '2026-11-01',
      note: 'Checked by phone.',
    });
  });

  it('writes an index that reads back as it was written', () => {
    const { index } = sharded();
    expect(readShardIndex(JSON.parse(JSON.stringify(index)))).toEqual({
      ok: true,
      index: JSON.parse(JSON.stringify(index)),
    });
  });

  it('writes an empty remote.json when every resource has a place', () => {
    const { index, files } = sharded([cityCentre]);
    expect(index.remote.count).toBe(0);
    expect(files.find((file) => file.file === 'remote.json')?.pack.resources).toEqual([]);
  });

  it('says so plainly when there is no postcode table to sort places by', () => {
    expect(shardPack(packOf([cityCentre]), [])).toEqual({
      ok: false,
      message: expect.stringContaining('postcode table is empty'),
    });
  });
});
