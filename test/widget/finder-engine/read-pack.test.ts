import { describe, expect, it, vi } from 'vitest';
import { packReader } from '../../../widget/finder-engine/read-pack.ts';
import { loadPack } from '../../../shared/directory/load-pack.ts';

const header = { format: 'signpost-pack', version: 1, publisher: 'Test', area: 'Sheffield', generated: '2026-11-01' };
const record = {
  id: 'library',
  name: 'Central Library',
  description: 'Free computers.',
  categories: ['wifi-and-computers'],
  contact: {},
  free: true,
  lastVerified: '2026-11-01',
  source: 'Test',
};

describe('reading a pack in the widget', () => {
  it('checks a pack Signpost marked quickly, without loading the full check', async () => {
    const loadChunk = vi.fn();
    const readPack = packReader(loadChunk);
    const loaded = await readPack({
      ...header,
      checked: true,
      resources: [record, { ...record, id: 'x', categories: ['<script>'] }],
    });
    expect(loaded).toMatchObject({ ok: true, counts: { loaded: 1, leftOut: 1 } });
    expect(loadChunk).not.toHaveBeenCalled();
  });

  it('loads the full check for a pack with no mark, and says so when it cannot be loaded', async () => {
    const loadChunk = vi.fn();
    const readPack = packReader(loadChunk);
    loadChunk.mockResolvedValueOnce({ ok: true, api: { loadPack } });
    expect(await readPack({ ...header, resources: [record] })).toMatchObject({ ok: true, counts: { loaded: 1 } });
    expect(loadChunk).toHaveBeenCalledOnce();
    loadChunk.mockResolvedValueOnce({
      ok: false,
      message: 'Signpost: signpost-pack-check.js could not be loaded.',
    });
    await expect(readPack({ ...header, resources: [record] })).rejects.toThrow('could not be loaded');
  });
});
