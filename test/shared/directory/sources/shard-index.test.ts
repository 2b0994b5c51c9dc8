import { describe, expect, it } from 'vitest';
import { isShardIndex, readShardIndex } from '../../../../shared/directory/sources/shard-index.ts';

const index = {
  format: 'signpost-shards',
  version: 1,
  source: { publisher: 'Peak Digital Network', area: 'Peak', generated: '2026-11-01' },
  remote: { file: 'remote.json', count: 2 },
  areas: [{ area: 'S', file: 'S.json', count: 10, bounds: { south: 53.3, west: -1.6, north: 53.5, east: -1.3 } }],
};

describe('reading a shard index', () => {
  it('reads a good index', () => {
    expect(readShardIndex(index)).toEqual({ ok: true, index });
  });

  it('tells an index from a pack', () => {
    expect(isShardIndex(index)).toBe(true);
    expect(isShardIndex({ format: 'signpost-pack', version: 1, resources: [] })).toBe(false);
    expect(readShardIndex({ format: 'signpost-pack' })).toEqual({
      ok: false,
      message: expect.stringContaining('not a Signpost shard index'),
    });
  });

  it('refuses a file name that would send the widget to another site or another folder', () => {
    for (const file of ['https://evil.example/S.json', '../S.json', '//evil.example/S.json', 'S.js']) {
      const hostile = { ...index, areas: [{ ...index.areas[0]!, file }] };
      expect(readShardIndex(hostile)).toEqual({ ok: false, message: expect.stringContaining('areas.0.file') });
    }
    expect(readShardIndex({ ...index, remote: { file: 'javascript:alert(1)', count: 1 } }).ok).toBe(false);
  });

  it('refuses a later version it cannot read', () => {
    expect(readShardIndex({ ...index, version: 2 }).ok).toBe(false);
  });
});
