import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPILED_OUTCODES_FOLDER, outcodeFiles } from '../../cli/outcode-files.ts';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'signpost-outcodes-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

describe('outcodeFiles', () => {
  it('reads the compiled table by default', async () => {
    expect(COMPILED_OUTCODES_FOLDER).toMatch(/shared[\\/]postcode[\\/]outcodes[\\/]?$/);
    const sk = await outcodeFiles()('SK');
    expect(sk.ok && sk.centroids.SK14).toEqual([53.45295, -2.04701]);
  });

  it('answers an area missing from index.json with no outcodes', async () => {
    const folder = folderWith({ 'index.json': '["S"]', 'S.json': '{"S1":[53.3806,-1.4695]}' });
    expect(await outcodeFiles(folder)('BT')).toEqual({ ok: true, centroids: {} });
  });

  it.each([
    ['a folder that was never compiled', {}],
    ['a malformed area file', { 'index.json': '["S"]', 'S.json': '{"S1":' }],
    ['an area file of the wrong shape', { 'index.json': '["S"]', 'S.json': '{"S1":"Sheffield"}' }],
    ['an area listed but missing', { 'index.json': '["S"]' }],
  ])('says the table is unavailable for %s', async (_what, files: Record<string, string>) => {
    expect(await outcodeFiles(folderWith(files))('S')).toMatchObject({ ok: false, kind: 'table-unavailable' });
  });
});
